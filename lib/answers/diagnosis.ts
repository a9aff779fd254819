import * as z from "zod/mini";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";
import { TREATMENT_STAGES } from "./vocabulary";


export const ZDiagnosisSchema = z.object(
  {
    condition: requiredText({ required: "Enter the diagnosis, for example bowel cancer", label: "Diagnosis", max: LIMITS.shortText }),
    stage: z.enum(TREATMENT_STAGES, { error: "Select where the patient is in their treatment" }),
  },
  { error: (i) => (i.input === undefined ? "Enter the diagnosis and where the patient is in treatment" : "Diagnosis must be a set of answers") },
);
export type TDiagnosis = z.infer<typeof ZDiagnosisSchema>;
