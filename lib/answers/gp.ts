import * as z from "zod/mini";
import { ZAddressSchema } from "./address";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

export const ZGpSchema = z.object({
  name: requiredText({ max: LIMITS.name }),
  practiceName: requiredText({ max: LIMITS.shortText }),
  address: z.optional(ZAddressSchema),
});
export type TGp = z.infer<typeof ZGpSchema>;
