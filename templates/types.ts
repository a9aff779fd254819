import type { Problem, TAnswersWith, TSectionKey } from "@/lib/answers";
import type { LetterDocument, TemplateId } from "@/lib/letter/model";

export interface LetterContext {
  /** The date printed on the letter, ISO "YYYY-MM-DD". */
  date: string;
}

export interface LetterTemplate<K extends TSectionKey = TSectionKey> {
  id: TemplateId;
  /** Short title, as `--list` prints it. */
  title: string;
  /** What the letter does, in the user's own terms ("Ask my GP for another oncologist"). */
  userTitle: string;
  /** One or two plain sentences on when to use this letter. */
  description: string;
  /** Answer sections this letter cannot be written without. */
  needs: readonly K[];
  /** Checks that need the letter's date or several answers at once. */
  check(answers: TAnswersWith<K>, ctx: LetterContext): Problem[];
  build(answers: TAnswersWith<K>, ctx: LetterContext): LetterDocument;
}

/** Keeps each template's `needs` and its answers type in step. */
export function defineTemplate<K extends TSectionKey>(template: LetterTemplate<K>): LetterTemplate<K> {
  return template;
}
