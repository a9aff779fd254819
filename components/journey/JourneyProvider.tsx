"use client";

import { createContext, type ReactNode, useContext, useMemo } from "react";
import { FormWordsProvider } from "@/components/form/FormWords";
import type { JourneyChecks } from "@/lib/journey/checks";
import type { JourneyConfig } from "@/lib/journey/context";
import type { LazyModule } from "@/lib/lazy-module";
import type { LetterId } from "@/templates";
import type { Catalogue } from "@/messages/catalogue";
import { type Format, formatFor } from "@/messages/format";
import type { Text } from "@/messages/types";
import type { StepId } from "@/lib/steps";

/**
 * The words every journey page may show, picked from the catalogue by the journey's layout (a
 * server component) and handed down as data: no journey page's JavaScript carries a catalogue.
 */
export type JourneyWords = Pick<Catalogue, "meta" | "site" | "form" | "journey" | "answers" | "device"> & {
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
