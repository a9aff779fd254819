import * as z from "zod/mini";
import { LIMITS } from "./text";
import { ZOrganisationCodeSchema } from "./organisation-code";
import { optionalText, requiredText } from "./text-fields";
import { NATIONS } from "./vocabulary";

/** A team the patient would like to see: clinician and team optional, hospital required. */
export const ZTeamSchema = z.object({
  clinician: optionalText({ max: LIMITS.name }),
  team: optionalText({ max: LIMITS.shortText }),
  hospital: requiredText({ max: LIMITS.shortText }),
  why: optionalText({ max: LIMITS.teamWhy, multiline: true }),
  /** The nation the hospital is in, when the patient knows: a referral across a border goes another way. */
  nation: z.optional(z.enum(NATIONS)),
  /** The hospital's code in our directory (lib/organisations), when picked from it. */
  organisationCode: ZOrganisationCodeSchema,
});
export type TTeam = z.infer<typeof ZTeamSchema>;
