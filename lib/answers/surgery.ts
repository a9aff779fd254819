import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { SURGERY_OUTCOMES } from "./vocabulary";

/** When the patient was told, unless surgery has not been talked about: then there is no date to give. */
export const ZSurgerySchema = z
  .object({
    toldWhat: z.enum(SURGERY_OUTCOMES),
    reasonGiven: optionalText({ max: LIMITS.note, multiline: true }),
    toldOn: z.optional(dateField({ when: "past" })),
    askAboutTreatmentFirst: z.optional(z.boolean()),
  })
  .check(
    z.superRefine((s, ctx) => {
      if (s.toldWhat !== "not-discussed" && s.toldOn === undefined)
        ctx.addIssue({ code: "invalid_type", expected: "string", path: ["toldOn"], input: undefined });
    }),
  );
export type TSurgery = z.infer<typeof ZSurgerySchema>;
