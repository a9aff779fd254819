import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { CONTACT_FIELDS } from "./patient";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";
import { PRONOUNS } from "./vocabulary";

/**
 * Who is writing: the patient, or someone helping them with their consent. Someone helping gives
 * their own way to be reached (a reply goes to them), their address if it is not the patient's,
 * and how the letter should refer to the patient.
 */
export const ZWriterSchema = z.discriminatedUnion("role", [
  z.object({ role: z.literal("patient") }),
  z.object({
    role: z.literal("helper"),
    fullName: requiredText({ max: LIMITS.name }),
    relationship: requiredText({ max: LIMITS.relationship }),
    refersTo: z.enum(PRONOUNS),
    consent: z.literal(true),
    address: z.optional(ZAddressSchema),
    ...CONTACT_FIELDS,
  }),
]);
export type TWriter = z.infer<typeof ZWriterSchema>;
