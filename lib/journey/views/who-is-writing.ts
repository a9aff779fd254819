import { WRITER } from "@/content/questions/who-is-writing";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "who-is-writing",
  title: () => WRITER.title,
  toForm: (a) => ({
    role: a.writer?.role ?? null,
    fullName: a.writer?.role === "helper" ? text(a.writer.fullName) : "",
    relationship: a.writer?.role === "helper" ? text(a.writer.relationship) : "",
    consent: a.writer?.role === "helper" ? a.writer.consent === true : false,
  }),
});
