import * as z from "zod/mini";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

/** Who is writing: the patient, or someone helping them with their consent. */
export const ZWriterSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("patient") }),
  z.object({
    role: z.literal("helper"),
    fullName: requiredText({ max: LIMITS.name }),
    relationship: requiredText({ max: LIMITS.relationship }),
    consent: z.literal(true),
  }),
]);
export type TWriter = z.infer<typeof ZWriterSchema>;
