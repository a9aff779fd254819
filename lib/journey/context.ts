import type { DraftAnswers } from "@/lib/draft/format";
import { isNation, type TNation } from "@/lib/answers/vocabulary";
import type { LetterId, LetterMeta } from "@/templates";
import type { Voice } from "@/messages/types";
import type { StepDefinition } from "@/lib/journey/kit";

/** A question page as the browser is given it: its definition without its code (the page's rule). */
export type PageDefinition = Omit<StepDefinition, "rule">;

/**
 * What the journey knows about the pages and the letters, handed to the browser as data by the
 * journey's layout (app/(journey)/layout.tsx), so no page's JavaScript carries them.
 */
export interface JourneyConfig {
  steps: readonly PageDefinition[];
  letters: Readonly<Record<LetterId, LetterMeta>>;
}

/** What a question page's wording and checks depend on, from the answers so far. */
export interface StepContext {
  letter: LetterMeta | undefined;
  nation: TNation | undefined;
  /** The patient writing, or someone writing for them. */
  voice: Voice;
  /** Question pages already answered (see Draft.progress). */
  answered: readonly string[];
}

export function stepContext(answers: DraftAnswers, letter: LetterMeta | undefined, answered: readonly string[] = []): StepContext {
  return {
    letter,
    nation: isNation(answers.nation) ? answers.nation : undefined,
    voice: answers.writer?.role === "helper" ? "helper" : "self",
    answered,
  };
}
