"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { FormWordsProvider } from "@/components/form/FormWords";
import type { JourneyChecks } from "@/lib/journey/checks";
import type { JourneyConfig, PageDefinition } from "@/lib/journey/context";
import type { LazyModule } from "@/lib/lazy-module";
import type { LetterId } from "@/templates";
import type { Catalogue } from "@/messages/catalogue";
import { type Format, formatFor } from "@/messages/format";
import type { Text } from "@/messages/types";
import type { StepId } from "@/lib/steps";

type Device = Catalogue["device"];

/**
 * The words every journey page may show, picked from the catalogue by the journey's layout (a
 * server component) and handed down as data: no journey page's JavaScript carries a catalogue.
 * Only what every page needs (issue 21: a page carries its own words, not the journey's): the
 * form's, the banners' above every page, a page's place in the journey. A page's own words come
 * from its route: a question page's with the page, and the pages that show every answer (check
 * answers, the letter, your answers) are given the rest (`WholeJourneyWords`).
 */
export type JourneyWords = Pick<Catalogue, "meta" | "site" | "form"> & {
  journey: Pick<Catalogue["journey"], "sections" | "progress" | "noLetter" | "drafts">;
  answers: Pick<Catalogue["answers"], "identifierTerms" | "greeting">;
  /** The banners' (and the rare notices') about what is kept on the device. */
  device: { copies: Pick<Device["copies"], "bannerHint">; kept: Device["kept"]; stale: Device["stale"]; deleted: Device["deleted"] };
  stepTitles: Record<StepId, Text>;
};

/** Every journey word: for the pages that show or compare every answer, given by their routes. */
export type WholeJourneyWords = Pick<Catalogue, "meta" | "site" | "form" | "journey" | "answers" | "device"> & {
  stepTitles: Record<StepId, Text>;
  letterTitles: Record<LetterId, { userTitle: string; description: string }>;
};

interface Journey {
  config: JourneyConfig<StepId, LetterId>;
  /** The letters' ids, for reading drafts and files: a letter this version does not write is kept aside. */
  letterIds: readonly LetterId[];
  words: JourneyWords;
  format: Format;
  /** The journey's checks, bound to its pages and letters by the composition root, fetched after the page shows. */
  checks: LazyModule<JourneyChecks>;
}

const JourneyContext = createContext<Journey | null>(null);
/** What the pages that show or compare every answer are given by their routes: every page whole, and every word. */
export interface WholeJourney {
  steps: readonly PageDefinition<StepId>[];
  words: WholeJourneyWords;
}

const WholeContext = createContext<WholeJourney | null>(null);

export function JourneyProvider({
  config,
  words,
  checks,
  children,
}: {
  config: JourneyConfig<StepId, LetterId>;
  words: JourneyWords;
  checks: LazyModule<JourneyChecks>;
  children: ReactNode;
}) {
  const value = useMemo(
    () => ({ config, letterIds: Object.keys(config.letters) as LetterId[], words, format: formatFor(words.meta), checks }),
    [config, words, checks],
  );
  return (
    <JourneyContext.Provider value={value}>
      <FormWordsProvider words={words.form} meta={words.meta}>
        {children}
      </FormWordsProvider>
    </JourneyContext.Provider>
  );
}

export function useJourney(): Journey {
  const journey = useContext(JourneyContext);
  if (!journey) throw new Error("Journey pages need <JourneyProvider>");
  return journey;
}

/** Gives a page that shows every answer every page and every word (check answers, the letter, your answers). */
export function WholeJourneyProvider({ steps, words, children }: WholeJourney & { children: ReactNode }) {
  const value = useMemo(() => ({ steps, words }), [steps, words]);
  return <WholeContext.Provider value={value}>{children}</WholeContext.Provider>;
}

export function useWholeJourney(): WholeJourney {
  const whole = useContext(WholeContext);
  if (!whole) throw new Error("Only the pages that show every answer are given every page and word: wrap the page in <WholeJourneyProvider>");
  return whole;
}
