"use client";

import Link from "next/link";
import { Suspense, type ReactNode } from "react";
import { CHOOSE_HREF } from "@/lib/journey/flow";
import { useDraft } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";

/**
 * Shows a question page once the saved draft has been read (forms take their starting values
 * from it), and only after a letter has been chosen.
 */
export function StepGate({ children, needsLetter = true }: { children: ReactNode; needsLetter?: boolean }) {
  const { ready, draft } = useDraft();
  const { words } = useJourney();
  if (!ready) return null;
  if (needsLetter && !draft.letter.templateId) {
    const w = words.journey.noLetter;
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{w.heading}</h1>
          <p>{w.body}</p>
          <p>
            <Link href={CHOOSE_HREF}>{w.link}</Link>
          </p>
        </div>
      </div>
    );
  }
  // Pages read the URL's search params, which a static export only knows in the browser.
  return <Suspense fallback={null}>{children}</Suspense>;
}
