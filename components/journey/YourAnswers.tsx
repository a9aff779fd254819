"use client";

import { useReducer, useRef } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { ANSWERS_FILE_NAME, answersFileText } from "@/lib/draft/answers-file";
import { type Draft, hasAnswers } from "@/lib/draft/format";
import { CHECK_HREF, CHOOSE_HREF, LETTER_HREF, questionHref } from "@/lib/journey/flow";
import type { StepWords } from "@/lib/journey/words";
import type { StepId } from "@/lib/steps";
import { DeleteAnswers } from "./DeleteAnswers";
import { DeviceCopies } from "./DeviceCopies";
import { useDraft } from "./DraftProvider";
import { saveFile } from "./download";
import { useWholeJourney } from "./JourneyProvider";
import { LoadAnswersForm, ReplaceAnswers } from "./LoadAnswers";
import { useLoadAnswersFile } from "./useLoadAnswersFile";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";
import { useReplaceDraft } from "./useReplaceDraft";
import { NOTHING_DONE, yourAnswersReducer } from "./your-answers-state";
import { YourAnswersBanner } from "./YourAnswersBanner";
import { DeviceSettings, KeptSection } from "./YourAnswersParts";

/**
 * "Your answers on this device": the device question again, save to a file, load from one, answers
 * kept aside, copies kept on the device, and delete. Each job is its own part; this page holds
 * what they share: what was last done (its banner) and a draft waiting to replace the user's.
 */
export function YourAnswers({
  steps,
  firstIncompleteStep,
}: {
  steps: Record<StepId, StepWords>;
  /** The first page of the draft's letter still to answer (the journey's checks, given by the route). */
  firstIncompleteStep(draft: Draft): string | null;
}) {
  const { draft, update, device, setDevice, ready, markSavedToFile } = useDraft();
  const { words } = useWholeJourney();
  const Y = words.journey.yourAnswers;
  const D = words.device;
  const [{ done, pending }, dispatch] = useReducer(yourAnswersReducer, NOTHING_DONE);
  const fileInput = useRef<HTMLInputElement>(null);
  const { replace, undo } = useReplaceDraft(dispatch, fileInput);
  const file = useLoadAnswersFile(dispatch, fileInput, replace);
  usePageTitle(Y.title, file.errorCount > 0);
  const summaryRef = useFocusOnErrors(file.attempts, file.errorCount);

  if (!ready) {
    // Before the draft is read (the static HTML): the page's heading, and its parts' place.
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href={CHOOSE_HREF} text={words.form.back} />
          <h1>{Y.title}</h1>
          <div className="app-answers-waiting" aria-busy="true" />
        </div>
      </div>
    );
  }
  const next = firstIncompleteStep(draft);
  const continueHref = draft.letter.templateId ? (next ? questionHref(next) : CHECK_HREF) : CHOOSE_HREF;
  // Back to where the user most likely came from: their letter if it is ready, else the journey.
  const backHref = draft.letter.templateId && !next ? LETTER_HREF : continueHref;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={backHref} text={words.form.back} />
        <YourAnswersBanner done={done} continueHref={continueHref} onUndo={undo} />
        <ErrorSummary
          ref={summaryRef}
          title={words.form.errorSummaryTitle}
          description={file.problems.length ? Y.load.problemsIntro : undefined}
          errors={file.errors}
        />

        <h1>{Y.title}</h1>
        <p>{device === "shared" ? D.settings.shared : Y.intro}</p>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
            {Y.shared.heading}
          </h2>
          <p>{Y.shared.body}</p>
        </div>

        <DeviceSettings
          device={device}
          onChange={(chosen) => dispatch({ type: "done", done: { kind: "device", device: chosen, outcome: setDevice(chosen) } })}
        />

        <h2>{Y.save.heading}</h2>
        {hasAnswers(draft) ? (
          <>
            <p>{Y.save.body}</p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                saveFile(answersFileText(draft.answers, draft), "application/json", ANSWERS_FILE_NAME);
                markSavedToFile();
                dispatch({ type: "done", done: { kind: "saved" } });
              }}
            >
              {Y.save.button}
            </button>
          </>
        ) : (
          <p>{Y.none}</p>
        )}

        <h2>{Y.load.heading}</h2>
        {pending ? (
          <ReplaceAnswers
            pending={pending}
            steps={steps}
            onReplace={() => (pending.source === "file" ? replace(pending.next, "loaded", null) : replace(pending.next, "restored", pending.key))}
            onCancel={() => {
              if (fileInput.current) fileInput.current.value = "";
              dispatch({ type: "cancelled" });
            }}
          />
        ) : (
          <LoadAnswersForm fileInput={fileInput} error={file.fileError} onSubmit={file.load} />
        )}

        <KeptSection
          draft={draft}
          onDownload={() => saveFile(`${JSON.stringify(draft.kept ?? [], null, 2)}\n`, "application/json", D.kept.fileName)}
          onRemove={() => {
            update(({ kept: _kept, ...rest }) => rest);
            dispatch({ type: "done", done: { kind: "kept-removed" } });
          }}
        />

        <DeviceCopies
          onStart={() => dispatch({ type: "cleared" })}
          onRestore={(restored, key) =>
            hasAnswers(draft) ? dispatch({ type: "asked", pending: { source: "copy", next: restored, key } }) : replace(restored, "restored", key)
          }
        />

        <DeleteAnswers onAsk={() => dispatch({ type: "cleared" })} onDeleted={(outcome) => dispatch({ type: "deleted", outcome })} />
      </div>
    </div>
  );
}
