import * as z from "zod/mini";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { ENCLOSURES } from "./vocabulary";

export const ZEnclosuresSchema = z.object({
  items: z.array(z.enum(ENCLOSURES)).check(z.maxLength(ENCLOSURES.length)),
  other: optionalText({ max: LIMITS.otherEnclosures }),
});
export type TEnclosures = z.infer<typeof ZEnclosuresSchema>;
