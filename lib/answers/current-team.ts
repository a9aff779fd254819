import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { ZAddressSchema } from "./address";
import { ZOrganisationCodeSchema } from "./organisation-code";
import { optionalText, requiredText } from "./text-fields";
import { NATIONS } from "./vocabulary";

export const ZCurrentTeamSchema = z.object({
  consultantName: requiredText({ max: LIMITS.name }),
  specialty: requiredText({ max: LIMITS.specialty }),
  hospital: requiredText({ max: LIMITS.shortText }),
  mdtDate: z.optional(dateField({ when: "past" })),
  /** For a letter to the consultant: their department, the hospital's address, and how to greet them. */
  department: optionalText({ max: LIMITS.shortText }),
  address: z.optional(ZAddressSchema),
  greeting: optionalText({ max: LIMITS.name }),
  /** The hospital's code in our directory (lib/organisations), when picked from it: its name, address and nation follow. */
  organisationCode: ZOrganisationCodeSchema,
  /** The nation the hospital is in: from the directory, or asked where it changes the letter; the patient's nation when not known. */
  nation: z.optional(z.enum(NATIONS)),
});
export type TCurrentTeam = z.infer<typeof ZCurrentTeamSchema>;
