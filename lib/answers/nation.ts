import * as z from "zod/mini";
import "./locale";

export const NATIONS = ["england", "wales", "scotland", "northern-ireland"] as const;
export const ZNationSchema = z.enum(NATIONS, { error: "Select where the patient is treated: England, Wales, Scotland or Northern Ireland" });
export type TNation = z.infer<typeof ZNationSchema>;

export const NATION_NAMES: Record<TNation, string> = {
  england: "England",
  wales: "Wales",
  scotland: "Scotland",
  "northern-ireland": "Northern Ireland",
};

/** Each nation's own name for the 10-digit patient identifier. */
export const IDENTIFIER_TERMS: Record<TNation, string> = {
  england: "NHS number",
  wales: "NHS number",
  scotland: "CHI number",
  "northern-ireland": "Health and Care number",
};
