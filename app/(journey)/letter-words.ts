import type { LetterWords } from "@/letters/types";
import { messages } from "@/messages";

/** The words letters are written with, for the pages that build them in the browser. */
export function letterWords(): LetterWords {
  const { meta, letters, letterShared, letterSurgical, letterAfter, answers } = messages;
  return { meta, letters, letterShared, letterSurgical, letterAfter, answers };
}
