import { PATIENT_DETAILS } from "@/content/questions/patient-details";
import { definePage } from "./page";
import { formDate as date, formText as text } from "../form-values";
import { formatNhsNumber } from "@/lib/answers/nhs-number";

export const view = definePage({
  id: "patient-details",
  title: (ctx) => PATIENT_DETAILS.title(ctx.v),
  toForm: (a) => ({
    fullName: text(a.patient?.fullName),
    dateOfBirth: date(a.patient?.dateOfBirth),
    nhsNumber: a.patient?.nhsNumber ? formatNhsNumber(a.patient.nhsNumber) : "",
    hospitalNumber: text(a.patient?.hospitalNumber),
  }),
});
