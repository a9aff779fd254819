import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { ZOrganisationCodeSchema } from "./organisation-code";
import { IMAGE_DELIVERY, NATIONS, RECORDS_HOLDERS } from "./vocabulary";

/**
 * A subject access request: who holds the records (the hospital trust or board, or the GP
 * practice), its name and address when known, and how a hospital sends the scan images.
 */
export const ZRecordsSchema = z.object({
  holder: z.enum(RECORDS_HOLDERS),
  /** A hospital's images: only a hospital holds them (a GP does not: letters.md). */
  images: z.optional(z.enum(IMAGE_DELIVERY)),
  organisation: optionalText({ max: LIMITS.shortText }),
  address: z.optional(ZAddressSchema),
  /** The organisation's code in our directory, when picked from it; and its nation. */
  organisationCode: ZOrganisationCodeSchema,
  nation: z.optional(z.enum(NATIONS)),
});
export type TRecords = z.infer<typeof ZRecordsSchema>;
