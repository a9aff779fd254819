import { meta as followUpNoReply } from "./follow-up-no-reply/meta";
import { meta as recordsRequest } from "./records-request/meta";
import { meta as gpOncologySecondOpinion } from "./gp-oncology-second-opinion/meta";
import { meta as gpSurgicalSecondOpinion } from "./gp-surgical-second-opinion/meta";
import { meta as oncologistSurgicalReview } from "./oncologist-surgical-review/meta";
import { meta as palsConcern } from "./pals-concern/meta";
import type { TFollowedUpLetter } from "@/lib/answers/vocabulary";
import type { KIND_RULES, KindRules } from "@/lib/letter/kinds";
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

/** The letters whose kind has this rule (lib/letter/kinds.ts). */
type LettersWhere<Rule extends keyof KindRules, Value> = {
  [I in LetterId]: (typeof KIND_RULES)[(typeof LETTERS)[I]["kind"]][Rule] extends Value ? I : never;
}[LetterId];
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/**
 * Which letter a follow-up chases is an answer (`followUp.letter`, in the answers file, a fixed
 * choice in lib/answers/vocabulary.ts): this fails type checking until that choice lists exactly
 * the letters whose kind can be followed up.
 */
export const FOLLOWED_UP_MATCHES_KINDS: Same<LettersWhere<"followedUp", true>, TFollowedUpLetter> = true;
export const LETTER_IDS = Object.keys(LETTERS) as LetterId[];

export function isLetterId(value: unknown): value is LetterId {
  return typeof value === "string" && Object.hasOwn(LETTERS, value);
}

export type { LetterMeta } from "./types";
