import type { DraftAnswers } from "@/lib/draft/format";
import { isNation, type TNation } from "@/lib/answers/vocabulary";
import type { TLetterKind } from "@/lib/letter/kinds";
import type { Voice } from "@/messages/types";
import type { LetterMeta, StepDefinition } from "./kit";

/** A question page as the browser is given it: its definition without its code (the page's rule). */
export type PageDefinition<S extends string = string> = Omit<StepDefinition<S>, "rule">;

/**
 * A question page as the journey's outline has it: where it comes, when it is asked, its section.
 * Enough for every page to say where it is ("page 3 of 14") and which page comes before it; a page's
 * fields are handed only to the page itself (and to the pages that list every answer).
 */
export type StepOutline<S extends string = string> = Pick<StepDefinition<S>, "id" | "asked" | "section">;

export function outlineOf<S extends string>(steps: readonly Pick<StepDefinition<S>, "id" | "asked" | "section">[]): StepOutline<S>[] {
  return steps.map(({ id, asked, section }) => ({ id, asked, section }));
}

/**
 * What every journey page knows about the pages and the letters, handed to the browser as data by
 * the journey's layout (app/(journey)/layout.tsx), so no page's JavaScript carries them: the
 * pages' outline and the letters. `S` and `L` are the registries' ids (lib/steps, templates),
 * named by whoever hands the journey its config.
 */
export interface JourneyConfig<S extends string = string, L extends string = string> {
  steps: readonly StepOutline<S>[];
  letters: Readonly<Record<L, LetterMeta>>;
}

/** The pages whole, with the letters: for what lists or compares every answer (check answers, your answers, the letter page). */
export interface JourneyPages<S extends string = string, L extends string = string> {
  steps: readonly PageDefinition<S>[];
  letters: Readonly<Record<L, LetterMeta>>;
}

/** A letter id read from a draft or a link, if it is one of the journey's letters. */
export function knownLetter<L extends string>(config: Pick<JourneyConfig<string, L>, "letters">, id: unknown): L | undefined {
  return typeof id === "string" && Object.hasOwn(config.letters, id) ? (id as L) : undefined;
}

/** The journey's letter of a kind (the first, in the order letters are offered), if it has one. */
export function letterOfKind<L extends string>(config: Pick<JourneyConfig<string, L>, "letters">, kind: TLetterKind): L | undefined {
  return (Object.keys(config.letters) as L[]).find((id) => config.letters[id].kind === kind);
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
