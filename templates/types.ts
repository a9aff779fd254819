import type { Problem, TAnswersWith, TSectionKey } from "@/lib/answers";
import type { LetterDocument } from "@/lib/letter/model";
import type { Catalogue } from "@/messages";
import type { StepId } from "@/lib/steps";
import type { LetterId } from "./index";

/**
 * Who a letter goes to: the questions about the recipient, and how the letter is sent, follow it.
 * "first-letter": whoever the letter it follows up went to.
 */
export type Recipient = "gp" | "oncologist" | "concerns-team" | "records-team" | "first-letter";

/**
 * What a letter is, without its wording or code: all the journey needs to know about it. Data
 * only, so a server page can hand the registry to the browser as it is.
 */
export interface LetterMeta<K extends TSectionKey = TSectionKey, Id extends string = string> {
  id: Id;
  recipient: Recipient;
  /** A surgical opinion: the surgical questions and hints. */
  surgical: boolean;
  /** Answer sections this letter cannot be written without: their question pages are asked. */
  needs: readonly K[];
  /** Optional question pages this letter asks, and uses the answers of when given. */
  asks: readonly StepId[];
}

/** The words a letter is written with: the letters' own, the ones they share, and the answers' names. */
export type LetterWords = Pick<Catalogue, "meta" | "letters" | "letterShared" | "letterSurgical" | "letterAfter" | "answers">;

export interface LetterContext {
  /** The date printed on the letter, ISO "YYYY-MM-DD". */
  date: string;
  words: LetterWords;
}

export interface LetterTemplate<K extends TSectionKey = TSectionKey> {
  meta: LetterMeta<K, LetterId>;
  /** Checks that need the letter's date or several answers at once. */
  check(answers: TAnswersWith<K>, ctx: LetterContext): Problem[];
  build(answers: TAnswersWith<K>, ctx: LetterContext): LetterDocument<LetterId>;
}

/** Keeps each letter's `needs` and its answers type in step. */
export function defineMeta<const Id extends string, const K extends TSectionKey>(meta: LetterMeta<K, Id>): LetterMeta<K, Id> {
  return meta;
}

export function defineTemplate<K extends TSectionKey>(template: LetterTemplate<K>): LetterTemplate<K> {
  return template;
}
