import * as z from "zod/mini";
import { isValidPostcode, normalisePostcode } from "./postcode";
import { LIMITS } from "./text";
import { because, optionalText, requiredText } from "./text-fields";

export const ZPostcodeSchema = z.string().check(
  z.overwrite((v) => normalisePostcode(v.trim())),
  z.minLength(1, { abort: true }),
  z.refine(isValidPostcode, because("postcode")),
);

/** A UK address: the patient's, or the GP practice's. */
export const ZAddressSchema = z.object({
  line1: requiredText({ max: LIMITS.addressLine }),
  line2: optionalText({ max: LIMITS.addressLine }),
  town: requiredText({ max: LIMITS.town }),
  postcode: ZPostcodeSchema,
});
export type TAddress = z.infer<typeof ZAddressSchema>;
