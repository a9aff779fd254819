import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { SURGERY_OUTCOMES } from "./vocabulary";

export const ZSurgerySchema = z.object({
  toldWhat: z.enum(SURGERY_OUTCOMES),
  reasonGiven: optionalText({ max: LIMITS.note, multiline: true }),
  toldOn: dateField({ when: "past" }),
  askAboutTreatmentFirst: z.optional(z.boolean()),
});
export type TSurgery = z.infer<typeof ZSurgerySchema>;
