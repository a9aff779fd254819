"use client";

import Link from "next/link";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary, type ErrorLink } from "@/components/form/ErrorSummary";
import { ErrorMessage, Hint, cx } from "@/components/form/shared";
import type { Problem } from "@/lib/answers";
import { ANSWERS_FILE_NAME, answersFileText, MAX_FILE_BYTES, readAnswersFileBytes, type UnknownKey } from "@/lib/draft/answers-file";
import type { Device } from "@/lib/draft/device";
import { ASIDE_KEY_PREFIX, type Draft, hasAnswers, REPLACED_KEY_PREFIX } from "@/lib/draft/format";
import { readDraftText } from "@/lib/draft/migrate";
import { type DeleteOutcome, draftText, keptCopies } from "@/lib/draft/storage";
import { draftChanges } from "@/lib/journey/compare";
import { CHECK_HREF, CHOOSE_HREF, LETTER_HREF, questionHref, stepForPath } from "@/lib/journey/flow";
import type { StepWords } from "@/lib/journey/words";
import type { StepId } from "@/lib/steps";
import { useDraft } from "./DraftProvider";
import { saveFile } from "./download";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";
import { WarningCallout } from "./WarningCallout";
import { ChangesTable, DeviceSettings, KeptSection } from "./YourAnswersParts";

type Done =
  | { kind: "saved" | "undone" | "kept-removed" | "cancelled" }
  /** Answers replaced by a file or a kept copy; `undo` is what they replaced, when there was anything. */
  | { kind: "loaded" | "restored"; undo: Draft | null; copyKey: string | null }
  | { kind: "deleted" | "delete-failed"; outcome: DeleteOutcome }
  | { kind: "device"; device: Device; outcome: DeleteOutcome | null }
  | null;

/** A draft waiting for the user to say whether it replaces theirs: from a file, or a copy kept on the device. */
type Pending = { source: "file"; next: Draft; unknown: UnknownKey[] } | { source: "copy"; next: Draft; key: string };

/** One copy kept on the device, with the time in its key. */
interface Copy {
  key: string;
  text: string;
  kind: "unreadable" | "replaced";
  at: Date;
}

function copiesIn(store: ReturnType<ReturnType<typeof useDraft>["store"]>): Copy[] {
  if (!store) return [];
  const read = (prefix: string, kind: Copy["kind"]) =>
    keptCopies(store, prefix).map((copy) => ({ ...copy, kind, at: new Date(copy.key.slice(prefix.length)) }));
  return [...read(REPLACED_KEY_PREFIX, "replaced"), ...read(ASIDE_KEY_PREFIX, "unreadable")];
}

/** The draft a file makes: its answers and, when it has them, its letter, rewording and pages answered. */
function draftFromFile(current: Draft, read: Extract<ReturnType<typeof readAnswersFileBytes>, { ok: true }>): Draft {
  const { kept: _kept, ...rest } = current;
  return {
    ...rest,
    answers: read.answers,
    // A file of answers alone says nothing of the letter: the one chosen stays, its rewording goes (it was built from other answers).
    letter: read.letter ?? { templateId: current.letter.templateId, edits: {} },
    progress: read.progress ?? { answered: [] },
  };
}

export function YourAnswers({
  steps,
  firstIncompleteStep,
}: {
  steps: Record<StepId, StepWords>;
  /** The first page of the draft's letter still to answer (the journey's checks, given by the route). */
  firstIncompleteStep(draft: Draft): string | null;
}) {
  const { draft, update, deleteAll, device, setDevice, store } = useDraft();
  const { config, letterIds, words, format } = useJourney();
  const Y = words.journey.yourAnswers;
  const D = words.device;
  const file = { file: ANSWERS_FILE_NAME };
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<Done>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [copyProblem, setCopyProblem] = useState<{ key: string; newer: boolean } | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [problems, setProblems] = useState<ErrorLink[]>([]);
  const [attempts, setAttempts] = useState(0);
  /** Goes up when copies are added or removed, so the list is read again. */
  const [, setCopiesVersion] = useState(0);
  const fileInput = useRef<HTMLInputElement>(null);
  const banner = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const pendingHeading = useRef<HTMLHeadingElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const errorCount = problems.length + (fileError ? 1 : 0);
  usePageTitle(Y.title, errorCount > 0);
  const summaryRef = useFocusOnErrors(attempts, errorCount);
  const any = hasAnswers(draft);
  const voice = draft.answers.writer?.role === "helper" ? "helper" : "self";
  const copies = copiesIn(store());

  useEffect(() => {
    if (done) banner.current?.focus();
  }, [done]);
  useEffect(() => {
    if (pending) pendingHeading.current?.focus();
  }, [pending]);

  // Each problem in a loaded file, with the page that asks for that answer.
  const onPage = (p: Problem): string => {
    const step = stepForPath(p.path, config.steps);
    if (!step) return p.message;
    return format.t(Y.load.problemOnPage, { page: format.t(words.stepTitles[step], {}, voice), message: p.message });
  };

  const unknownLine = (u: UnknownKey) => {
    const F = words.answers.file;
    const message = u.suggestion
      ? format.t(u.kind === "field" ? F.unknownFieldNear : F.unknownLetterNear, { suggestion: u.suggestion })
      : u.kind === "field"
        ? F.unknownField
        : F.unknownLetter;
    return format.t(D.load.unknownKey, { path: u.path, message });
  };

  /**
   * Puts `next` in place of the draft. What it replaces is kept as a copy on the device (the
   * latest one only), so it can be put back after a reload too, and held here for "undo".
   */
  const replaceWith = (next: Draft, kind: "loaded" | "restored", fromCopy: string | null) => {
    const previous = any ? draft : null;
    let copyKey: string | null = null;
    const storage = store();
    if (previous && storage) {
      try {
        for (const old of copiesIn(storage).filter((c) => c.kind === "replaced")) storage.removeItem(old.key);
        copyKey = `${REPLACED_KEY_PREFIX}${new Date().toISOString()}`;
        storage.setItem(copyKey, draftText(previous));
      } catch {
        // No room for the copy: "undo" still works from memory until the page is left.
        copyKey = null;
      }
    }
    update(() => next);
    if (fromCopy && storage) {
      try {
        storage.removeItem(fromCopy);
      } catch {
        // The copy stays listed; putting it back again does no harm.
      }
    }
    if (fileInput.current) fileInput.current.value = "";
    setPending(null);
    setCopiesVersion((n) => n + 1);
    setDone({ kind, undo: previous, copyKey });
  };

  const load = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    setPending(null);
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
        if (!any && unknown.length === 0) replaceWith(next, "loaded", null);
        else setPending({ source: "file", next, unknown });
        return;
      }
      setProblems(read.problems.map((p) => ({ target: "answers-file", message: onPage(p) })));
      setFileError(Y.load.inline);
    }
    setAttempts((n) => n + 1);
  };

  const restore = (copy: Copy) => {
    setDone(null);
    const read = readDraftText(copy.text, letterIds);
    if (!read.ok) {
      setCopyProblem({ key: copy.key, newer: read.reason === "newer" });
      return;
    }
    setCopyProblem(null);
    if (any) setPending({ source: "copy", next: read.draft, key: copy.key });
    else replaceWith(read.draft, "restored", copy.key);
  };

  const next = firstIncompleteStep(draft);
  const continueHref = draft.letter.templateId ? (next ? questionHref(next) : CHECK_HREF) : CHOOSE_HREF;
  // Back to where the user most likely came from: their letter if it is ready, else the journey.
  const backHref = draft.letter.templateId && !next ? LETTER_HREF : continueHref;

  const bannerText = (d: NonNullable<Done>): string => {
    switch (d.kind) {
      case "saved":
        return format.t(Y.save.done, file);
      case "loaded":
        return Y.load.done;
      case "restored":
        return D.copies.restored;
      case "undone":
        return D.load.undone;
      case "cancelled":
        return D.load.cancelled;
      case "kept-removed":
        return D.kept.removed;
      case "deleted":
        return Y.remove.done;
      case "device":
        return d.device === "own" ? D.settings.nowOwn : D.settings.nowShared;
      case "delete-failed":
        return "";
    }
  };
  const failed = done?.kind === "delete-failed" || (done?.kind === "device" && done.outcome !== null && done.outcome !== "deleted");
  const failure = done && (done.kind === "delete-failed" || done.kind === "device") ? done.outcome : null;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={backHref} text={words.form.back} />
        {done && !failed ? (
          <div
            className="nhsuk-notification-banner nhsuk-notification-banner--success"
            role="alert"
            aria-labelledby="banner-title"
            tabIndex={-1}
            ref={banner}
            data-testid="your-answers-banner"
          >
            <div className="nhsuk-notification-banner__header">
              <h2 className="nhsuk-notification-banner__title" id="banner-title">
                {Y.success}
              </h2>
            </div>
            <div className="nhsuk-notification-banner__content">
              <p className="nhsuk-notification-banner__heading">{bannerText(done)}</p>
              {done.kind === "loaded" || done.kind === "restored" ? (
                <>
                  {done.undo ? (
                    <p>
                      <button
                        type="button"
                        className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                        onClick={() => {
                          const undo = done.undo!;
                          update(() => undo);
                          const storage = store();
                          if (done.copyKey && storage) {
                            try {
                              storage.removeItem(done.copyKey);
                            } catch {
                              // Left listed as a copy: nothing is lost by it.
                            }
                          }
                          setCopiesVersion((n) => n + 1);
                          setDone({ kind: "undone" });
                        }}
                      >
                        {D.load.undo}
                      </button>
                    </p>
                  ) : null}
                  <p>
                    <Link className="nhsuk-notification-banner__link" href={continueHref}>
                      {Y.load.continue}
                    </Link>
                  </p>
                </>
              ) : null}
              {done.kind === "deleted" ? (
                <>
                  <p>{D.deleted.autofill}</p>
                  <p>
                    <Link className="nhsuk-notification-banner__link" href={CHOOSE_HREF}>
                      {Y.startAgain}
                    </Link>
                  </p>
                </>
              ) : null}
              {done.kind === "device" && done.device === "shared" ? <p>{D.deleted.autofill}</p> : null}
            </div>
          </div>
        ) : null}
        {failed ? (
          <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={banner} data-testid="delete-failed">
            <h2 className="nhsuk-warning-callout__label">
              <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
              {failure === "unchecked" ? D.deleted.unchecked : D.deleted.left}
            </h2>
            <p>{D.deleted.howTo}</p>
            <p>{D.deleted.autofill}</p>
          </div>
        ) : null}

        <ErrorSummary
          ref={summaryRef}
          title={words.form.errorSummaryTitle}
          description={problems.length ? Y.load.problemsIntro : undefined}
          errors={problems.length ? problems : fileError ? [{ target: "answers-file", message: fileError }] : []}
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

        <DeviceSettings device={device} onChange={(chosen) => setDone({ kind: "device", device: chosen, outcome: setDevice(chosen) })} />

        <h2>{Y.save.heading}</h2>
        {any ? (
          <>
            <p>{Y.save.body}</p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                saveFile(answersFileText(draft.answers, draft), "application/json", ANSWERS_FILE_NAME);
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
        {pending ? (
          <div className="app-confirm" data-testid="load-confirm">
            <h3 ref={pendingHeading} tabIndex={-1}>
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
                <p>{pending.source === "file" ? D.load.replaceBody : D.copies.replaceBody}</p>
                <ChangesTable
                  changes={draftChanges(draft, pending.next, config, steps, format, words.answers.identifierTerms)}
                  thenLabel={pending.source === "file" ? D.load.inFile : D.copies.inCopy}
                  sameText={pending.source === "file" ? D.load.sameAnswers : D.copies.sameAnswers}
                  voice={voice}
                />
                <p>{D.load.keepCopy}</p>
              </>
            ) : null}
            <div className="nhsuk-button-group">
              <button
                type="button"
                className={cx("nhsuk-button", any && "nhsuk-button--warning")}
                onClick={() => (pending.source === "file" ? replaceWith(pending.next, "loaded", null) : replaceWith(pending.next, "restored", pending.key))}
              >
                {any ? D.load.replace : D.load.load}
              </button>
              <button
                type="button"
                className="nhsuk-button nhsuk-button--secondary"
                onClick={() => {
                  setPending(null);
                  if (fileInput.current) fileInput.current.value = "";
                  setDone({ kind: "cancelled" });
                }}
              >
                {D.load.cancel}
              </button>
            </div>
          </div>
        ) : (
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
        )}

        <KeptSection
          draft={draft}
          onDownload={() => saveFile(`${JSON.stringify(draft.kept ?? [], null, 2)}\n`, "application/json", D.kept.fileName)}
          onRemove={() => {
            update(({ kept: _kept, ...rest }) => rest);
            setDone({ kind: "kept-removed" });
          }}
        />

        {copies.length > 0 ? (
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
                {copyProblem?.key === copy.key ? (
                  <p className="nhsuk-error-message" role="alert">
                    {D.copies.cannotRestore} {copyProblem.newer ? D.copies.newer : null}
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
        ) : null}

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
                  setPending(null);
                  setCopiesVersion((n) => n + 1);
                  setDone({ kind: outcome === "deleted" ? "deleted" : "delete-failed", outcome });
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
            <p>{D.deleted.autofill}</p>
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
