import * as z from "zod/mini";
import "./zod-settings";
import { cleanText } from "./text";

interface TextOptions {
  max: number;
  multiline?: boolean;
}

/**
 * A required free-text answer, cleaned (./text.ts). Blank after cleaning counts as missing. The
 * words for every problem come from the catalogue by the answer's path (./messages.ts).
 */
export function requiredText({ max, multiline }: TextOptions) {
  return z.string().check(
    z.overwrite((v) => cleanText(v, multiline)),
    z.minLength(1, { abort: true }),
    z.maxLength(max),
  );
}

/** An optional free-text answer: missing and blank both mean "not given". */
export function optionalText({ max, multiline }: TextOptions) {
  return z.optional(
    z.string().check(
      z.overwrite((v) => cleanText(v, multiline)),
      z.maxLength(max),
    ),
  );
}

/** A check that failed for a reason of our own, named so the catalogue can say it (answers.reasons). */
export type Reason =
  | "nhsDigits"
  | "nhsLength"
  | "nhsChecksum"
  | "postcode"
  | "phone"
  | "email"
  | "dateFormat"
  | "dateReal"
  | "dateEarliest"
  | "datePast"
  | "dateFuture"
  | "contactPhone"
  | "contactEmail"
  | "contactMethod"
  | "formatLanguage"
  | "formatEmail"
  | "reasonsNone"
  | "repeated"
  | "organisationCode";

/** zod's options for a refinement that fails with one of our reasons. */
export const because = (reason: Reason, abort = false) => ({ params: { reason }, abort });
