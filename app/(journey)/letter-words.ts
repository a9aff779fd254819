import type { LetterWords } from "@/templates/types";
import { messages } from "@/messages";
import type { Text } from "@/messages/types";
import type { StepId } from "@/lib/steps";

/** The words letters are written with, for the pages that build them in the browser. */
export function letterWords(): LetterWords {
  const { meta, letters, letterShared, letterSurgical, letterAfter, answers, routes } = messages;
  return { meta, letters, letterShared, letterSurgical, letterAfter, answers, routes };
}

/** Each question page's short name, as check answers shows it: how a page says which answers changed. */
export function stepNames(): Record<StepId, Text> {
  return Object.fromEntries(Object.entries(messages.steps).map(([id, words]) => [id, words.summary])) as Record<StepId, Text>;
}
