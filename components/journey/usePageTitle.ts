"use client";

import { useEffect, useRef } from "react";
import { useJourney } from "./JourneyProvider";

/** Sets the tab title, with "Error: " in front while the page shows errors (NHS pattern); null leaves the static HTML's. */
export function usePageTitle(title: string | null, hasErrors: boolean): void {
  const { words, format } = useJourney();
  useEffect(() => {
    if (title === null) return;
    document.title = `${hasErrors ? words.form.errorPrefix : ""}${format.t(words.site.titleTemplate, { title, service: words.site.serviceName })}`;
  }, [title, hasErrors, words, format]);
}

/**
 * Focuses the error summary after each failed submit, so keyboard and screen reader users land on
 * the list of problems.
 */
export function useFocusOnErrors(submitCount: number, errorCount: number) {
  const ref = useRef<HTMLDivElement>(null);
  const focused = useRef(0);
  useEffect(() => {
    if (errorCount > 0 && submitCount > focused.current) {
      focused.current = submitCount;
      ref.current?.focus();
    }
  }, [submitCount, errorCount]);
  return ref;
}
