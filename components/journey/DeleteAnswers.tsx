"use client";

import { useRef, useState } from "react";
import type { DeleteOutcome } from "@/lib/draft/storage";
import { useDraftPlace } from "./DraftProvider";
import { useWholeJourney } from "./JourneyProvider";

/** "Delete your answers", asked again before it is done; the focus follows the question. */
export function DeleteAnswers({ onAsk, onDeleted }: { onAsk(): void; onDeleted(outcome: DeleteOutcome): void }) {
  const { deleteAll } = useDraftPlace();
  const { words } = useWholeJourney();
  const Y = words.journey.yourAnswers;
  const [confirming, setConfirming] = useState(false);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);

  return (
    <>
      <h2>{Y.remove.heading}</h2>
      {confirming ? (
        <div className="app-confirm">
          <h3 ref={confirmHeading} tabIndex={-1}>
            {Y.remove.confirmHeading}
          </h3>
          <p>{Y.remove.confirmBody}</p>
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              onClick={() => {
                const outcome = deleteAll();
                setConfirming(false);
                onDeleted(outcome);
              }}
            >
              {Y.remove.yes}
            </button>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                setConfirming(false);
                setTimeout(() => deleteButton.current?.focus(), 0);
              }}
            >
              {Y.remove.no}
            </button>
          </div>
        </div>
      ) : (
        <>
          <p>{Y.remove.body}</p>
          <p>{words.device.deleted.autofill}</p>
          <button
            ref={deleteButton}
            type="button"
            className="nhsuk-button nhsuk-button--warning"
            onClick={() => {
              onAsk();
              setConfirming(true);
              setTimeout(() => confirmHeading.current?.focus(), 0);
            }}
          >
            {Y.remove.button}
          </button>
        </>
      )}
    </>
  );
}
