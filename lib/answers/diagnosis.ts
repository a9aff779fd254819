import * as z from "zod/mini";
import { LIMITS, requiredText } from "./text";

/** Where the patient is in their treatment, in words a patient would use. */
export const TREATMENT_STAGES = [
  "diagnosed-awaiting-plan",
  "plan-agreed-not-started",
  "in-treatment",
  "treatment-finished",
  "cancer-returned",
  "no-further-treatment-offered",
] as const;

export const ZDiagnosisSchema = z.object(
  {
    condition: requiredText({ required: "Enter the diagnosis, for example bowel cancer", label: "Diagnosis", max: LIMITS.shortText }),
    stage: z.enum(TREATMENT_STAGES, { error: "Select where the patient is in their treatment" }),
  },
  { error: (i) => (i.input === undefined ? "Enter the diagnosis and where the patient is in treatment" : "Diagnosis must be a set of answers") },
);
export type TDiagnosis = z.infer<typeof ZDiagnosisSchema>;
