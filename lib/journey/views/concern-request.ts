import { CONCERN_REQUEST } from "@/content/questions/concern-request";
import { definePage } from "./page";
import { formDate as date, formText as text } from "../form-values";

export const view = definePage({
  id: "concern-request",
  title: () => CONCERN_REQUEST.title,
  toForm: (a) => ({
    requestedOn: date(a.concern?.requestedOn),
    requestedFrom: a.concern?.requestedFrom ?? null,
    requestedFromName: text(a.concern?.requestedFromName),
  }),
});
