"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary, type ErrorLink } from "@/components/form/ErrorSummary";
import { ErrorMessage, Hint, cx } from "@/components/form/shared";
import type { Problem } from "@/lib/answers";
import { ANSWERS_FILE_NAME, answersFileText, MAX_FILE_BYTES, readAnswersFile } from "@/lib/draft/answers-file";
import { hasAnswers } from "@/lib/draft/format";
import { CHECK_HREF, CHOOSE_HREF, LETTER_HREF, questionHref, stepForPath } from "@/lib/journey/flow";
import { firstIncompleteStep } from "@/lib/journey/progress";
import { useDraft } from "./DraftProvider";
import { saveFile } from "./download";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

type Done = { kind: "loaded" | "deleted" | "saved" | "delete-failed" } | null;

export function YourAnswers() {
  const { draft, update, deleteAll } = useDraft();
  const { config, words, format } = useJourney();
  const Y = words.journey.yourAnswers;
  const file = { file: ANSWERS_FILE_NAME };
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Done>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ErrorLink[]>([]);
  const [attempts, setAttempts] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const errorCount = problems.length + (fileError ? 1 : 0);
  usePageTitle(Y.title, errorCount > 0);
  const summaryRef = useFocusOnErrors(attempts, errorCount);
  const any = hasAnswers(draft);

  useEffect(() => {
    if (done) banner.current?.focus();
  }, [done]);

  // Each problem in a loaded file, with the page that asks for that answer.
  const onPage = (p: Problem): string => {
    const step = stepForPath(p.path, config.steps);
    if (!step) return p.message;
    const voice = draft.answers.writer?.role === "helper" ? "helper" : "self";
    return format.t(Y.load.problemOnPage, { page: format.t(words.stepTitles[step], {}, voice), message: p.message });
  };

  const load = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    setProblems([]);
    setFileError(null);
    const file = fileInput.current?.files?.[0];
    let text: string | null = null;
    if (!file) {
      setFileError(Y.load.missing);
    } else if (file.size > MAX_FILE_BYTES) {
      text = "x".repeat(MAX_FILE_BYTES + 1);
    } else {
      try {
        text = await file.text();
      } catch {
        setFileError(Y.load.cannotRead);
      }
    }
    if (text !== null) {
      const read = readAnswersFile(text, words);
      if (read.ok) {
        update((d) => ({ ...d, answers: read.answers, letter: { ...d.letter, edits: {} }, progress: { answered: [] } }));
        if (fileInput.current) fileInput.current.value = "";
        setDone({ kind: "loaded" });
        return;
      }
      setProblems(read.problems.map((p) => ({ target: "answers-file", message: onPage(p) })));
      setFileError(Y.load.inline);
    }
    setAttempts((n) => n + 1);
  };

  const next = firstIncompleteStep(draft);
  const continueHref = draft.letter.templateId ? (next ? questionHref(next) : CHECK_HREF) : CHOOSE_HREF;
  // Back to where the user most likely came from: their letter if it is ready, else the journey.
  const backHref = draft.letter.templateId && !next ? LETTER_HREF : continueHref;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={backHref} text={words.form.back} />
        {done && done.kind !== "delete-failed" ? (
          <div className="nhsuk-notification-banner nhsuk-notification-banner--success" role="alert" aria-labelledby="banner-title" tabIndex={-1} ref={banner}>
            <div className="nhsuk-notification-banner__header">
              <h2 className="nhsuk-notification-banner__title" id="banner-title">
                {Y.success}
              </h2>
            </div>
            <div className="nhsuk-notification-banner__content">
              <p className="nhsuk-notification-banner__heading">
                {done.kind === "loaded" ? Y.load.done : done.kind === "deleted" ? Y.remove.done : format.t(Y.save.done, file)}
              </p>
              {done.kind === "loaded" ? (
                <p>
                  <Link className="nhsuk-notification-banner__link" href={continueHref}>
                    {Y.load.continue}
                  </Link>
                </p>
              ) : null}
              {done.kind === "deleted" ? (
                <p>
                  <Link className="nhsuk-notification-banner__link" href={CHOOSE_HREF}>
                    {Y.startAgain}
                  </Link>
                </p>
              ) : null}
            </div>
          </div>
        ) : null}
        {done?.kind === "delete-failed" ? (
          <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={banner}>
            <p>{Y.remove.failed}</p>
          </div>
        ) : null}

        <ErrorSummary
          ref={summaryRef}
          title={words.form.errorSummaryTitle}
          description={problems.length ? Y.load.problemsIntro : undefined}
          errors={problems.length ? problems : fileError ? [{ target: "answers-file", message: fileError }] : []}
        />

        <h1>{Y.title}</h1>
        <p>{Y.intro}</p>
        <div className="nhsuk-warning-callout">
          <h2 className="nhsuk-warning-callout__label">
            <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
            {Y.shared.heading}
          </h2>
          <p>{Y.shared.body}</p>
        </div>

        <h2>{Y.save.heading}</h2>
        {any ? (
          <>
            <p>{Y.save.body}</p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                saveFile(answersFileText(draft.answers), "application/json", ANSWERS_FILE_NAME);
                setDone({ kind: "saved" });
              }}
            >
              {Y.save.button}
            </button>
          </>
        ) : (
          <p>{Y.none}</p>
        )}

        <h2>{Y.load.heading}</h2>
        <form onSubmit={load} noValidate>
          <div className={cx("nhsuk-form-group nhsuk-file-upload", fileError && "nhsuk-form-group--error")}>
            <label className="nhsuk-label" htmlFor="answers-file">
              {Y.load.label}
            </label>
            <Hint id="answers-file-hint">{format.t(Y.load.hint, file)}</Hint>
            <ErrorMessage id="answers-file-error">{fileError ?? undefined}</ErrorMessage>
            <input
              ref={fileInput}
              className={cx("nhsuk-file-upload__input", fileError && "nhsuk-file-upload__input--error")}
              id="answers-file"
              name="answers-file"
              type="file"
              accept=".json,application/json"
              aria-describedby={cx("answers-file-hint", fileError && "answers-file-error")}
            />
          </div>
          <button type="submit" className="nhsuk-button nhsuk-button--secondary">
            {Y.load.button}
          </button>
        </form>

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
                  const ok = deleteAll();
                  setConfirming(false);
                  setDone({ kind: ok ? "deleted" : "delete-failed" });
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
            <button
              ref={deleteButton}
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              onClick={() => {
                setDone(null);
                setConfirming(true);
                setTimeout(() => confirmHeading.current?.focus(), 0);
              }}
            >
              {Y.remove.button}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
