"use client";

import type { Dispatch, RefObject } from "react";
import { keepReplaced, removeCopy } from "@/lib/draft/copies";
import { type Draft, hasAnswers } from "@/lib/draft/format";
import { useDraft } from "./DraftProvider";
import type { Done, YourAnswersEvent } from "./your-answers-state";

/**
 * Puts another draft (from a file, or a copy kept on the device) in place of the user's. What it
 * replaces is kept as a copy on the device (the latest one only), so it can be put back after a
 * reload too, and held in the banner for "undo".
 */
export function useReplaceDraft(dispatch: Dispatch<YourAnswersEvent>, fileInput: RefObject<HTMLInputElement | null>) {
  const { draft, update, store } = useDraft();

  /** `fromCopy`: the key of the copy put back, which then goes (it is the draft now). */
  const replace = (next: Draft, kind: "loaded" | "restored", fromCopy: string | null) => {
    const previous = hasAnswers(draft) ? draft : null;
    const storage = store();
    // No room for the copy: "undo" still works from memory until the page is left.
    const copyKey = previous && storage ? keepReplaced(storage, previous) : null;
    update(() => next);
    if (fromCopy) removeCopy(storage, fromCopy);
    if (fileInput.current) fileInput.current.value = "";
    dispatch({ type: "replaced", kind, undo: previous, copyKey });
  };

  const undo = (done: Extract<Done, { kind: "loaded" | "restored" }>) => {
    const previous = done.undo;
    if (!previous) return;
    update(() => previous);
    if (done.copyKey) removeCopy(store(), done.copyKey);
    dispatch({ type: "done", done: { kind: "undone" } });
  };

  return { replace, undo };
}
