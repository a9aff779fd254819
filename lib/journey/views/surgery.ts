import { SURGERY } from "@/content/questions/surgery";
import { definePage } from "./page";
import { formDate as date, formText as text, fromYesNo } from "../form-values";

export const view = definePage({
  id: "surgery",
  title: (ctx) => SURGERY.title(ctx.v),
  toForm: (a) => ({
    toldWhat: a.surgery?.toldWhat ?? null,
    reasonGiven: text(a.surgery?.reasonGiven),
    toldOn: date(a.surgery?.toldOn),
    askAboutTreatmentFirst: fromYesNo(a.surgery?.askAboutTreatmentFirst) || null,
  }),
});
