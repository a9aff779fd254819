import type { LetterWords } from "@/templates/types";
import { type Catalogue, messages } from "@/messages";
import type { Text } from "@/messages/types";
import type { StepId } from "@/lib/steps";

/** The words letters are written with, for the pages that build them in the browser: this build's language, or another's. */
export function letterWords(catalogue: Catalogue = messages): LetterWords {
  const { meta, letters, letterShared, letterSurgical, letterAfter, answers, routes } = catalogue;
  return { meta, letters, letterShared, letterSurgical, letterAfter, answers, routes };
}

/** Each question page's short name, as check answers shows it: how a page says which answers changed. */
export function stepNames(): Record<StepId, Text> {
  return Object.fromEntries(Object.entries(messages.steps).map(([id, words]) => [id, words.summary])) as Record<StepId, Text>;
}
