"use client";

import { createContext, useContext, type ReactNode } from "react";
import { FormWordsProvider } from "@/components/form/FormWords";
import type { JourneyConfig } from "@/lib/journey/context";
import type { LetterId } from "@/templates";
import type { Catalogue } from "@/messages";
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
  config: JourneyConfig;
  words: JourneyWords;
  format: Format;
}

const JourneyContext = createContext<Journey | null>(null);

export function JourneyProvider({ config, words, children }: { config: JourneyConfig; words: JourneyWords; children: ReactNode }) {
  return (
    <JourneyContext.Provider value={{ config, words, format: formatFor(words.meta) }}>
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
