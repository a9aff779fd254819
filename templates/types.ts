import type { Problem, TAnswersWith, TSectionKey } from "@/lib/answers";
import type { LetterMeta } from "@/lib/journey/kit";
import type { TLetterKind } from "@/lib/letter/kinds";
import type { LetterDocument } from "@/lib/letter/model";
import type { StepId } from "@/lib/steps";
import type { Catalogue } from "@/messages/catalogue";

export type { LetterMeta };

/** The words a letter is written with: the letters' own, the ones they share, and the answers' names. */
export type LetterWords = Pick<Catalogue, "meta" | "letters" | "letterShared" | "letterSurgical" | "letterAfter" | "answers" | "routes">;

export interface LetterContext {
  /** The date printed on the letter, ISO "YYYY-MM-DD". */
  date: string;
  words: LetterWords;
  /**
   * What the files' properties say, which file managers and mail previews show without opening
   * them: "neutral" (the default) a title that says nothing of health ("Letter") and no subject;
   * "describe", when the person chooses, what the letter is about ("Request for a second opinion
   * from another oncology team").
   */
  fileProperties?: "neutral" | "describe";
}

export interface LetterTemplate<K extends TSectionKey = TSectionKey, Id extends string = string> {
  meta: LetterMeta<K, Id, StepId>;
  /** Checks that need the letter's date or several answers at once. */
  check(answers: TAnswersWith<K>, ctx: LetterContext): Problem[];
  build(answers: TAnswersWith<K>, ctx: LetterContext): LetterDocument<Id>;
}

/** Keeps each letter's `needs` and its answers type in step, and its optional pages among the pages there are. */
export function defineMeta<const Id extends string, const K extends TSectionKey, const Kind extends TLetterKind>(
  meta: LetterMeta<K, Id, StepId, Kind>,
): LetterMeta<K, Id, StepId, Kind> {
  return meta;
}

export function defineTemplate<K extends TSectionKey, Id extends string>(template: LetterTemplate<K, Id>): LetterTemplate<K, Id> {
  return template;
}
