import * as z from "zod/mini";
import { optionalText } from "./text-fields";
import { ENCLOSURES } from "./vocabulary";


export const ZEnclosuresSchema = z.object({
  items: z.array(z.enum(ENCLOSURES, { error: "Select enclosures from the list" })).check(z.maxLength(ENCLOSURES.length)),
  other: optionalText({ label: "Other enclosures", max: 200 }),
});
export type TEnclosures = z.infer<typeof ZEnclosuresSchema>;
