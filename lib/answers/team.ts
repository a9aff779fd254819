import * as z from "zod/mini";
import { LIMITS } from "./text";
import { optionalText, requiredText } from "./text-fields";

/** A team the patient would like to see: clinician and team optional, hospital required. */
export const ZTeamSchema = z.object({
  clinician: optionalText({ max: LIMITS.name }),
  team: optionalText({ max: LIMITS.shortText }),
  hospital: requiredText({ max: LIMITS.shortText }),
  why: optionalText({ max: LIMITS.teamWhy, multiline: true }),
});
export type TTeam = z.infer<typeof ZTeamSchema>;
