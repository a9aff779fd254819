import * as z from "zod/mini";
import { isValidPostcode, normalisePostcode } from "./postcode";
import { LIMITS } from "./text";
import { optionalText, requiredText } from "./text-fields";

export const ZPostcodeSchema = z
  .string({ error: (i) => (i.input === undefined ? "Enter a postcode" : "Postcode must be written as text") })
  .check(
    z.overwrite((v) => normalisePostcode(v.trim())),
    z.minLength(1, { error: "Enter a postcode", abort: true }),
    z.refine(isValidPostcode, "Enter a full UK postcode, like SW1A 1AA"),
  );

export function addressSchema(whose: string) {
  return z.object(
    {
      line1: requiredText({ required: `Enter the first line of ${whose} address`, label: "Address line 1", max: LIMITS.addressLine }),
      line2: optionalText({ label: "Address line 2", max: LIMITS.addressLine }),
      town: requiredText({ required: `Enter the town or city of ${whose} address`, label: "Town or city", max: 60 }),
      postcode: ZPostcodeSchema,
    },
    { error: (i) => (i.input === undefined ? `Enter ${whose} address` : "Address must be a set of address lines") },
  );
}

export const ZAddressSchema = addressSchema("the");
export type TAddress = z.infer<typeof ZAddressSchema>;
