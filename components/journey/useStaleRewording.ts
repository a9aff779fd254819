"use client";

import { useEffect, useState } from "react";
import { todayIso } from "@/lib/answers/dates";
import type { Draft } from "@/lib/draft/format";
import type { LazyModule } from "@/lib/lazy-module";
import type { LetterId } from "@/templates";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";

/**
 * Reworded parts of the chosen letter written from answers changed since: how many, and which
 * answers. The letter's code loads for it only when there is rewording to check.
 */
export function useStaleRewording(
  templateId: LetterId,
  draft: Draft,
  letters: LetterWords,
  code: LazyModule<LetterCode>,
): { count: number; changed: string[] } | null {
  const [stale, setStale] = useState<{ count: number; changed: string[] } | null>(null);
  const edits = draft.letter.edits[templateId];
  const basis = draft.letter.basis?.[templateId];
  useEffect(() => {
    if (!edits || !basis || Object.keys(basis).length === 0) {
      setStale(null);
      return;
    }
    let live = true;
    void Promise.all([code.load(), import("@/lib/letter/stale")]).then(([{ buildLetter }, { staleParts }]) => {
      const built = buildLetter(templateId, draft.answers, { date: todayIso(), words: letters });
      if (!live || !built.ok) return;
      // Here only the parts whose answers changed: a date moving on is for the letter page to show.
      const parts = staleParts(built.letter, edits, basis, draft.answers).filter((part) => part.changed.length > 0);
      setStale(parts.length > 0 ? { count: parts.length, changed: parts.flatMap((part) => part.changed) } : null);
    });
    return () => {
      live = false;
    };
  }, [templateId, draft.answers, edits, basis, letters, code]);
  return stale;
}
