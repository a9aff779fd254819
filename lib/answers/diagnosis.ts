import * as z from "zod/mini";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";
import { TREATMENT_STAGES } from "./vocabulary";

export const ZDiagnosisSchema = z.object({
  condition: requiredText({ max: LIMITS.shortText }),
  stage: z.enum(TREATMENT_STAGES),
});
export type TDiagnosis = z.infer<typeof ZDiagnosisSchema>;
