import { CONTACT } from "@/content/questions/contact";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "contact",
  title: (ctx) => CONTACT.title(ctx.v),
  toForm: (a) => ({ phone: text(a.patient?.phone), email: text(a.patient?.email), preferredContact: a.patient?.preferredContact ?? null }),
});
