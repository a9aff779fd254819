"use client";

import { Suspense, type ReactNode } from "react";
import { useDraft } from "./DraftProvider";
import { NoLetter } from "./NoLetter";

/**
 * Shows a question page once the saved draft has been read (forms take their starting values
 * from it), and only after a letter has been chosen.
 */
export function StepGate({ children, needsLetter = true }: { children: ReactNode; needsLetter?: boolean }) {
  const { ready, draft } = useDraft();
  if (!ready) return null;
  if (needsLetter && !draft.letter.templateId) return <NoLetter />;
  // Pages read the URL's search params, which a static export only knows in the browser.
  return <Suspense fallback={null}>{children}</Suspense>;
}
