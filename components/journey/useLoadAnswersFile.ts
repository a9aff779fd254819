"use client";

import { type Dispatch, type FormEvent, type RefObject, useState } from "react";
import type { ErrorLink } from "@/components/form/ErrorSummary";
import type { Problem } from "@/lib/answers";
import { draftFromFile, MAX_FILE_BYTES, readAnswersFileBytes } from "@/lib/draft/answers-file";
import { type Draft, hasAnswers } from "@/lib/draft/format";
import { stepForPath } from "@/lib/journey/flow";
import { useDraft } from "./DraftProvider";
import { useJourney, useWholeJourney } from "./JourneyProvider";
import type { YourAnswersEvent } from "./your-answers-state";

/**
 * "Load your answers from a file": reads the file chosen in `fileInput` and, when it can be read,
 * loads it at once (nothing to lose, nothing to warn of) or asks first. Its problems are the
 * page's errors: each with the page that asks for that answer.
 */
export function useLoadAnswersFile(
  dispatch: Dispatch<YourAnswersEvent>,
  fileInput: RefObject<HTMLInputElement | null>,
  replace: (next: Draft, kind: "loaded", fromCopy: null) => void,
) {
  const { draft } = useDraft();
  const { letterIds, format } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  const Y = words.journey.yourAnswers;
  const voice = draft.answers.writer?.role === "helper" ? "helper" : "self";
  const [fileError, setFileError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ErrorLink[]>([]);
  const [attempts, setAttempts] = useState(0);

  const onPage = (p: Problem): string => {
    const step = stepForPath(p.path, pages);
    if (!step) return p.message;
    return format.t(Y.load.problemOnPage, { page: format.t(words.stepTitles[step], {}, voice), message: p.message });
  };

  const load = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    dispatch({ type: "loading" });
    setProblems([]);
    setFileError(null);
    const chosen = fileInput.current?.files?.[0];
    let bytes: Uint8Array | null = null;
    if (!chosen) {
      setFileError(Y.load.missing);
    } else if (chosen.size > MAX_FILE_BYTES) {
      // Not read at all: a file this big is not ours.
      bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    } else {
      try {
        bytes = new Uint8Array(await chosen.arrayBuffer());
      } catch {
        setFileError(Y.load.cannotRead);
      }
    }
    if (bytes !== null) {
      const read = readAnswersFileBytes(bytes, words, letterIds);
      if (read.ok) {
        const next = draftFromFile(draft, read);
        const unknown = read.unknown ?? [];
        // Nothing to lose and nothing to warn of: load at once. Otherwise ask first.
        if (!hasAnswers(draft) && unknown.length === 0) replace(next, "loaded", null);
        else dispatch({ type: "asked", pending: { source: "file", next, unknown } });
        return;
      }
      setProblems(read.problems.map((p) => ({ target: "answers-file", message: onPage(p) })));
      setFileError(Y.load.inline);
    }
    setAttempts((n) => n + 1);
  };

  /** The page's errors: the file's problems, or what stopped it being read. */
  const errors: ErrorLink[] = problems.length ? problems : fileError ? [{ target: "answers-file", message: fileError }] : [];
  return { load, fileError, problems, errors, errorCount: problems.length + (fileError ? 1 : 0), attempts };
}
