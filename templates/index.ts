import { meta as followUpNoReply } from "./follow-up-no-reply/meta";
import { meta as recordsRequest } from "./records-request/meta";
import { meta as gpOncologySecondOpinion } from "./gp-oncology-second-opinion/meta";
import { meta as gpSurgicalSecondOpinion } from "./gp-surgical-second-opinion/meta";
import { meta as oncologistSurgicalReview } from "./oncologist-surgical-review/meta";
import { meta as palsConcern } from "./pals-concern/meta";
import type { LetterMeta } from "./types";

/**
 * The letters, in the order the user is offered them. One line a letter (letters/<id>/); the
 * templates (./templates.ts) and the catalogue's words (messages/<language>/letters/) are checked
 * against this list by the type checker.
 */
export const LETTERS = {
  "gp-oncology-second-opinion": gpOncologySecondOpinion,
  "oncologist-surgical-review": oncologistSurgicalReview,
  "gp-surgical-second-opinion": gpSurgicalSecondOpinion,
  "pals-concern": palsConcern,
  "follow-up-no-reply": followUpNoReply,
  "records-request": recordsRequest,
} satisfies Record<string, LetterMeta>;

export type LetterId = keyof typeof LETTERS;
export const LETTER_IDS = Object.keys(LETTERS) as LetterId[];

export function isLetterId(value: unknown): value is LetterId {
  return typeof value === "string" && Object.hasOwn(LETTERS, value);
}

export type { LetterMeta } from "./types";
