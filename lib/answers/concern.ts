import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { ZOrganisationCodeSchema } from "./organisation-code";
import { CONCERN_OUTCOMES, NATIONS, REQUEST_RECIPIENTS, WHAT_HAPPENED } from "./vocabulary";

export const ZConcernSchema = z.object({
  requestedOn: dateField({ when: "past" }),
  requestedFrom: z.enum(REQUEST_RECIPIENTS),
  requestedFromName: optionalText({ max: LIMITS.name }),
  whatHappened: z.enum(WHAT_HAPPENED),
  details: optionalText({ max: LIMITS.ownWords, multiline: true }),
  outcomes: z.array(z.enum(CONCERN_OUTCOMES)).check(z.minLength(1), z.maxLength(CONCERN_OUTCOMES.length)),
  permissionToContactTeam: z.boolean(),
  extraHelp: optionalText({ max: LIMITS.note, multiline: true }),
  /** The trust, health board or GP practice the letter goes to, and its address, when known. */
  organisation: optionalText({ max: LIMITS.shortText }),
  address: z.optional(ZAddressSchema),
  /** The organisation's code in our directory, when picked from it; and its nation, whose rules apply (lib/organisations/routing.ts). */
  organisationCode: ZOrganisationCodeSchema,
  nation: z.optional(z.enum(NATIONS)),
});
export type TConcern = z.infer<typeof ZConcernSchema>;
