import * as z from "zod/mini";
import { optionalText } from "./text";

/** Copies the patient encloses with the letter. */
export const ENCLOSURES = ["clinic-letters", "scan-reports", "histology", "mdt-outcome", "treatment-summary"] as const;

export const ZEnclosuresSchema = z.object({
  items: z.array(z.enum(ENCLOSURES, { error: "Select enclosures from the list" })).check(z.maxLength(ENCLOSURES.length)),
  other: optionalText({ label: "Other enclosures", max: 200 }),
});
export type TEnclosures = z.infer<typeof ZEnclosuresSchema>;
