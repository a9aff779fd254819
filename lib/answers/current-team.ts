import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { ZAddressSchema } from "./address";
import { optionalText, requiredText } from "./text-fields";

export const ZCurrentTeamSchema = z.object({
  consultantName: requiredText({ max: LIMITS.name }),
  specialty: requiredText({ max: LIMITS.specialty }),
  hospital: requiredText({ max: LIMITS.shortText }),
  mdtDate: z.optional(dateField({ when: "past" })),
  /** For a letter to the consultant: their department, the hospital's address, and how to greet them. */
  department: optionalText({ max: LIMITS.shortText }),
  address: z.optional(ZAddressSchema),
  greeting: optionalText({ max: LIMITS.name }),
});
export type TCurrentTeam = z.infer<typeof ZCurrentTeamSchema>;
