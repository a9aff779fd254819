import { PATIENT_ADDRESS } from "@/content/questions/patient-address";
import { definePage } from "./page";
import { formText as text } from "../form-values";

export const view = definePage({
  id: "patient-address",
  title: (ctx) => PATIENT_ADDRESS.title(ctx.v),
  toForm: (a) => ({
    line1: text(a.patient?.address?.line1),
    line2: text(a.patient?.address?.line2),
    town: text(a.patient?.address?.town),
    postcode: text(a.patient?.address?.postcode),
  }),
});
