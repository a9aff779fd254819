"use client";

import { useState } from "react";
import { copiesOnDevice, type DeviceCopy } from "@/lib/draft/copies";
import type { Draft } from "@/lib/draft/format";
import { type MigrateFailure, readDraftText } from "@/lib/draft/migrate";
import { useDraftPlace } from "./DraftProvider";
import { saveFile } from "./download";
import { useJourney, useWholeJourney } from "./JourneyProvider";

/**
 * Whole drafts kept on the device (lib/draft/copies.ts): the one a file replaced, and those that
 * could not be read. Each can be downloaded as it is, or put back when this version can read it.
 * Read from the store each time the page is drawn, so the list follows what the page has done.
 */
export function DeviceCopies({ onStart, onRestore }: { onStart(): void; onRestore(next: Draft, key: string): void }) {
  const { store } = useDraftPlace();
  const { letterIds, format } = useJourney();
  const { words } = useWholeJourney();
  const D = words.device;
  const [problem, setProblem] = useState<{ key: string; reason: MigrateFailure } | null>(null);
  const copies = copiesOnDevice(store());
  if (copies.length === 0) return null;

  const restore = (copy: DeviceCopy) => {
    onStart();
    const read = readDraftText(copy.text, letterIds);
    if (!read.ok) {
      setProblem({ key: copy.key, reason: read.reason });
      return;
    }
    setProblem(null);
    onRestore(read.draft, copy.key);
  };

  return (
    <section aria-labelledby="copies-heading" data-testid="copies">
      <h2 id="copies-heading">{D.copies.heading}</h2>
      <p>{D.copies.intro}</p>
      {copies.map((copy) => (
        <div className="nhsuk-inset-text" key={copy.key}>
          <p>
            {format.t(copy.kind === "replaced" ? D.copies.replaced : D.copies.unreadable, {
              when: Number.isNaN(copy.at.getTime()) ? words.journey.chooseLetter.returning.earlierVisit : format.dateTime(copy.at),
            })}
          </p>
          {problem?.key === copy.key ? (
            <p className="nhsuk-error-message" role="alert">
              {D.copies.cannotRestore} {problem.reason === "newer" ? D.copies.newer : problem.reason === "too-large" ? D.copies.tooLarge : null}
            </p>
          ) : null}
          <div className="nhsuk-button-group">
            <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => restore(copy)}>
              {D.copies.restore}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
              onClick={() => saveFile(copy.text, "application/json", D.copies.fileName)}
            >
              {D.copies.download}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
