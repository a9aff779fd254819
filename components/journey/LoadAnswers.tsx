"use client";

import { type FormEvent, type RefObject, useEffect, useRef } from "react";
import { ErrorMessage, Hint, cx } from "@/components/form/shared";
import { ANSWERS_FILE_NAME, type UnknownKey } from "@/lib/draft/answers-file";
import { hasAnswers } from "@/lib/draft/format";
import { draftChanges } from "@/lib/journey/compare";
import type { StepWords } from "@/lib/journey/words";
import type { StepId } from "@/lib/steps";
import { useDraft } from "./DraftProvider";
import { useJourney, useWholeJourney } from "./JourneyProvider";
import { WarningCallout } from "./WarningCallout";
import type { Pending } from "./your-answers-state";
import { ChangesTable } from "./YourAnswersParts";

/** "Load your answers from a file": the file input and its button. */
export function LoadAnswersForm({
  fileInput,
  error,
  onSubmit,
}: {
  fileInput: RefObject<HTMLInputElement | null>;
  error: string | null;
  onSubmit(event: FormEvent<HTMLFormElement>): void;
}) {
  const { format } = useJourney();
  const { words } = useWholeJourney();
  const Y = words.journey.yourAnswers;
  return (
    <form onSubmit={onSubmit} noValidate>
      <div className={cx("nhsuk-form-group nhsuk-file-upload", error && "nhsuk-form-group--error")}>
        <label className="nhsuk-label" htmlFor="answers-file">
          {Y.load.label}
        </label>
        <Hint id="answers-file-hint">{format.t(Y.load.hint, { file: ANSWERS_FILE_NAME })}</Hint>
        <ErrorMessage id="answers-file-error">{error ?? undefined}</ErrorMessage>
        <input
          ref={fileInput}
          className={cx("nhsuk-file-upload__input", error && "nhsuk-file-upload__input--error")}
          id="answers-file"
          name="answers-file"
          type="file"
          accept=".json,application/json"
          aria-describedby={cx("answers-file-hint", error && "answers-file-error")}
        />
      </div>
      <button type="submit" className="nhsuk-button nhsuk-button--secondary">
        {Y.load.button}
      </button>
    </form>
  );
}

/**
 * Before a file or a kept copy replaces the user's answers: what it would change, and any keys in
 * the file this version does not know. Focused as it appears.
 */
export function ReplaceAnswers({
  pending,
  steps,
  onReplace,
  onCancel,
}: {
  pending: Pending;
  steps: Record<StepId, StepWords>;
  onReplace(): void;
  onCancel(): void;
}) {
  const { draft } = useDraft();
  const { config, format } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  const D = words.device;
  const any = hasAnswers(draft);
  const voice = draft.answers.writer?.role === "helper" ? "helper" : "self";
  const fromFile = pending.source === "file";
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (pending) heading.current?.focus();
  }, [pending]);

  const unknownLine = (u: UnknownKey) => {
    const F = words.answers.file;
    const message = u.suggestion
      ? format.t(u.kind === "field" ? F.unknownFieldNear : F.unknownLetterNear, { suggestion: u.suggestion })
      : u.kind === "field"
        ? F.unknownField
        : F.unknownLetter;
    return format.t(D.load.unknownKey, { path: u.path, message });
  };

  return (
    <div className="app-confirm" data-testid="load-confirm">
      <h3 ref={heading} tabIndex={-1}>
        {any ? D.load.replaceHeading : D.load.loadHeading}
      </h3>
      {pending.source === "file" && pending.unknown.length > 0 ? (
        <WarningCallout testId="unknown-keys" prefix={words.site.importantPrefix} heading={D.load.unknownHeading} level={3}>
          <p>{D.load.unknownBody}</p>
          <ul>
            {pending.unknown.map((u) => (
              <li key={u.path}>{unknownLine(u)}</li>
            ))}
          </ul>
        </WarningCallout>
      ) : null}
      {any ? (
        <>
          <p>{fromFile ? D.load.replaceBody : D.copies.replaceBody}</p>
          <ChangesTable
            changes={draftChanges(draft, pending.next, { steps: pages, letters: config.letters }, steps, format, words.answers.identifierTerms)}
            thenLabel={fromFile ? D.load.inFile : D.copies.inCopy}
            sameText={fromFile ? D.load.sameAnswers : D.copies.sameAnswers}
            voice={voice}
          />
          <p>{D.load.keepCopy}</p>
        </>
      ) : null}
      <div className="nhsuk-button-group">
        <button type="button" className={cx("nhsuk-button", any && "nhsuk-button--warning")} onClick={onReplace}>
          {any ? D.load.replace : D.load.load}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onCancel}>
          {D.load.cancel}
        </button>
      </div>
    </div>
  );
}
