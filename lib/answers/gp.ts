import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { LIMITS } from "./text";
import { optionalText, requiredText } from "./text-fields";

export const ZGpSchema = z.object({
  name: requiredText({ max: LIMITS.name }),
  practiceName: requiredText({ max: LIMITS.shortText }),
  address: z.optional(ZAddressSchema),
  /** How the letter greets them ("Dr Shah"), when not their title and surname. */
  greeting: optionalText({ max: LIMITS.name }),
});
export type TGp = z.infer<typeof ZGpSchema>;
