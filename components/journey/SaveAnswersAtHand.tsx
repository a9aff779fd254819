"use client";

import { useState } from "react";
import { ANSWERS_FILE_NAME, answersFileText } from "@/lib/draft/answers-file";
import { saveFile } from "./download";
import { useDraft } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";

/**
 * On a shared device the answers are in the page's memory only and go with the tab: "Save my
 * answers to a file" above every journey page while there are answers, not only on Your answers.
 * Fetched only on a shared device (it carries the answers file's code).
 */
export function SaveAnswersAtHand() {
  const { draft, markSavedToFile } = useDraft();
  const { words, format } = useJourney();
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const D = words.journey.drafts;
  return (
    <div className="nhsuk-inset-text" data-testid="save-answers-at-hand">
      <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
      <p>{D.sharedKept}</p>
      <button
        type="button"
        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
        onClick={() => {
          saveFile(answersFileText(draft.answers, draft), "application/json", ANSWERS_FILE_NAME);
          markSavedToFile();
          setSavedAt(draft.savedAt);
        }}
      >
        {D.saveToFile}
      </button>
      {savedAt === draft.savedAt ? (
        <p role="status" data-testid="saved-at-hand">
          {format.t(D.savedToFile, { file: ANSWERS_FILE_NAME })}
        </p>
      ) : null}
    </div>
  );
}
