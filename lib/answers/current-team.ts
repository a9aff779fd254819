import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

export const ZCurrentTeamSchema = z.object({
  consultantName: requiredText({ max: LIMITS.name }),
  specialty: requiredText({ max: LIMITS.specialty }),
  hospital: requiredText({ max: LIMITS.shortText }),
  mdtDate: z.optional(dateField({ when: "past" })),
});
export type TCurrentTeam = z.infer<typeof ZCurrentTeamSchema>;
