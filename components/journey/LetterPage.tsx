"use client";

import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { BackLink } from "@/components/form/BackLink";
import { todayIso } from "@/lib/answers/dates";
import { changedPages } from "@/lib/journey/changed-pages";
import { CHECK_HREF, CHOOSE_HREF, YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { knownLetter, letterOfKind } from "@/lib/journey/context";
import { applyEdits, blockEditText, type LetterEdits } from "@/lib/letter/edits";
import { KIND_RULES } from "@/lib/letter/kinds";
import type { LetterDocument } from "@/lib/letter/model";
import { staleParts } from "@/lib/letter/stale";
import { LetterPreview } from "@/lib/render/html";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import type { FileKind } from "@/lib/render/prepared-files";
import { renderText } from "@/lib/render/text";
import type { LetterId } from "@/templates";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import type { Catalogue } from "@/messages/catalogue";
import type { Text } from "@/messages/types";
import type { StepId } from "@/lib/steps";
import { AfterLetter } from "./AfterLetter";
import { useDraft } from "./DraftProvider";
import { MEDIA_TYPES, saveFile } from "./download";
import { ConcernHelp } from "./ConcernHelp";
import { EmailLetter } from "./EmailLetter";
import { useJourney } from "./JourneyProvider";
import { LetterEditor, partNames, type StaleView } from "./LetterEditor";
import { useLetterFiles } from "./useLetterFiles";
import { usePageTitle } from "./usePageTitle";
import { WarningCallout } from "./WarningCallout";

export type LetterPageWords = Catalogue["letterPage"];
import "@/lib/render/letter-preview.css";
import "./letter-page.css";

/** One empty rewording for every render, so what is worked out from it is not worked out again. */
const NO_EDITS: LetterEdits = Object.freeze({}) as LetterEdits;

export function LetterPage({
  words: L,
  letters,
  stepNames,
  code,
}: {
  words: LetterPageWords;
  letters: LetterWords;
  stepNames: Record<StepId, Text>;
  /** The templates' code (given by the route): the letter is built in the browser. */
  code: LetterCode;
}) {
  const { draft, update } = useDraft();
  const { config, format, words } = useJourney();
  // StepGate shows this page only once a letter is chosen.
  const templateId = knownLetter(config, draft.letter.templateId)!;
  // The letter is dated the day it is made; it is rebuilt from the answers each time.
  const built = useMemo(() => code.buildLetter(templateId, draft.answers, { date: todayIso(), words: letters }), [code, templateId, draft.answers, letters]);
  const edits: LetterEdits = draft.letter.edits[templateId] ?? NO_EDITS;
  const basis: LetterEdits = draft.letter.basis?.[templateId] ?? NO_EDITS;
  const doc = useMemo(() => (built.ok ? applyEdits(built.letter, edits) : null), [built, edits]);
  const voice = draft.answers.writer?.role === "helper" ? "helper" : "self";
  const stale = useMemo<StaleView[]>(() => {
    if (!built.ok) return [];
    return staleParts(built.letter, edits, basis, draft.answers).map((part) => ({
      ...part,
      pages: format.list(
        changedPages(part.changed, config.steps, config.letters[templateId], stepNames, format, voice).map((name) =>
          format.t(words.journey.checkAnswers.pageName, { name }),
        ),
        "and",
      ),
    }));
  }, [built, edits, basis, draft.answers, config, templateId, stepNames, format, voice, words]);
  usePageTitle(built.ok ? L.title : L.notReady.title, false);

  if (!built.ok || !doc) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{L.notReady.title}</h1>
          <p>{L.notReady.body}</p>
          <p>
            <Link href={CHECK_HREF}>{L.notReady.link}</Link>
          </p>
        </div>
      </div>
    );
  }

  /**
   * Saves a rewording (text), takes one away (undefined), or keeps it as checked ("keep"). Beside
   * each rewording goes our wording as it was then (its basis), so a change to the answers it was
   * written from can be seen: keeping it after a check takes our wording as it is now.
   */
  const setEdit = (id: string, text: string | undefined | "keep") =>
    update((d) => {
      const current = { ...(d.letter.edits[templateId] ?? {}) };
      const bases = { ...(d.letter.basis?.[templateId] ?? {}) };
      const original = built.letter.blocks.find((b) => "id" in b && b.id === id);
      const ours = original ? blockEditText(original) : undefined;
      // Saving our own wording unchanged is not an edit.
      if (text === undefined || ours === text) {
        delete current[id];
        delete bases[id];
      } else {
        if (text !== "keep") current[id] = text;
        if (ours !== undefined) bases[id] = ours;
      }
      return {
        ...d,
        letter: { ...d.letter, edits: { ...d.letter.edits, [templateId]: current }, basis: { ...d.letter.basis, [templateId]: bases } },
      };
    });

  return (
    <LetterView
      code={code}
      words={L}
      letters={letters}
      original={built.letter}
      doc={doc}
      edits={edits}
      stale={stale}
      onSave={(id, text) => setEdit(id, text)}
      onReset={(id) => setEdit(id, undefined)}
      onKeep={(id) => setEdit(id, "keep")}
    />
  );
}

function LetterView({
  code,
  words: L,
  letters,
  original,
  doc,
  edits,
  stale,
  onSave,
  onReset,
  onKeep,
}: {
  code: LetterCode;
  words: LetterPageWords;
  letters: LetterWords;
  original: LetterDocument<LetterId>;
  doc: LetterDocument<LetterId>;
  edits: LetterEdits;
  stale: readonly StaleView[];
  onSave(id: string, text: string): void;
  onReset(id: string): void;
  onKeep(id: string): void;
}) {
  const { draft } = useDraft();
  const { config, words, format } = useJourney();
  const EDITING = L.editing;
  // What the page offers after the letter follows from the letter's kind, not from which letter it is.
  const rules = KIND_RULES[config.letters[doc.templateId].kind];
  const concernLetter = letterOfKind(config, "concern");
  // Who can act if this letter does not sort things out: the route the letter itself was written for.
  const destination = useMemo(
    () => code.letterRoute(doc.templateId, draft.answers, { date: todayIso(), words: letters }),
    [code, doc.templateId, draft.answers, letters],
  );
  const [editing, setEditing] = useState(false);
  // The part "Check paragraph 3" opened the editor on.
  const [focusPart, setFocusPart] = useState<string | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  // On arrival, focus on the page's heading: the page was reached by a button, not a link.
  useEffect(() => heading.current?.focus(), []);
  const [status, setStatus] = useState("");
  const [copyFailed, setCopyFailed] = useState(false);
  const [printRequested, setPrintRequested] = useState(false);
  const text = useMemo(() => renderText(doc), [doc]);
  const missingFromPdf = useMemo(() => charactersMissingFromPdf(text), [text]);
  const fileName = letters.letters[doc.templateId].fileName;
  const next = letters.letters[doc.templateId].nextSteps;
  const toggle = useRef<HTMLButtonElement>(null);
  const names = useMemo(() => partNames(original, EDITING, format), [original, EDITING, format]);

  const files = useLetterFiles(doc);
  // The letter is drawn again only when it changes, not for every status message (a download's
  // "Preparing" and "downloaded" would otherwise redraw the whole letter, a long task on a slow phone).
  const preview = useMemo(() => <LetterPreview doc={doc} />, [doc]);

  // Print only from the preview: the print stylesheet prints `.letter`.
  useEffect(() => {
    if (printRequested && !editing) {
      setPrintRequested(false);
      window.print();
    }
  }, [printRequested, editing]);

  // Buttons stay enabled while a file is made, and are not marked disabled (a disabled button
  // drops keyboard focus, and one marked so would be skipped by someone who wants both files). A click
  // on the other button meanwhile waits its turn, so no click is lost; a second click on the same
  // button before its file is saved asks for the same file, and it is saved once.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const asked = useRef(new Set<FileKind>());
  const download = useCallback(
    (kind: FileKind) => {
      if (asked.current.has(kind)) return;
      asked.current.add(kind);
      setStatus(L.preparing);
      // The file made for exactly this letter as it was clicked: ready, being made, or made now.
      const file = files.fileFor(kind);
      // Handled where it is awaited, in its turn; this keeps a failure before then from being reported as unhandled.
      file.catch(() => undefined);
      queue.current = queue.current.then(async () => {
        setStatus(L.preparing);
        try {
          const bytes = await file;
          saveFile(bytes, MEDIA_TYPES[kind], `${fileName}.${kind}`);
          setStatus(format.t(L.downloaded, { name: `${fileName}.${kind}` }));
        } catch {
          setStatus(L.downloadFailed);
        } finally {
          asked.current.delete(kind);
        }
      });
    },
    [files, fileName, L, format],
  );

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyFailed(false);
      setStatus(format.t(L.copied, { hint: letters.letters[doc.templateId].copyHint }));
    } catch {
      setCopyFailed(true);
      setStatus(L.copyFailed);
    }
  };

  const patientEmail = draft.answers.writer?.role === "patient" ? (draft.answers.patient?.email ?? "") : "";
  const mailto = `mailto:${encodeURIComponent(patientEmail).replace(/%40/g, "@")}?subject=${encodeURIComponent(doc.title)}&body=${encodeURIComponent(text)}`;

  return (
    <div className="app-letter-page">
      <div className="nhsuk-grid-row app-no-print">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href={CHECK_HREF} text={words.form.back} />
          <div className="nhsuk-panel app-ready-panel" data-testid="ready-panel">
            <h1 className="nhsuk-panel__title" ref={heading} tabIndex={-1}>
              {L.title}
            </h1>
            <div className="nhsuk-panel__body">
              <p>{letters.letters[doc.templateId].ready}</p>
              <p>{L.intro}</p>
              <p>{L.nextBelow}</p>
            </div>
          </div>
          {stale.length > 0 ? (
            <WarningCallout testId="stale-rewording" prefix={words.site.importantPrefix} heading={L.stale.heading}>
              <p>{format.plural(L.stale.intro, stale.length)}</p>
              <ul>
                {stale.map((part) => {
                  const name = names.get(part.id)?.name ?? "";
                  return (
                    <li key={part.id}>
                      {part.pages ? format.t(L.stale.item, { part: name, pages: part.pages }) : format.t(L.stale.itemOther, { part: name })}{" "}
                      <button
                        type="button"
                        className="app-link-button"
                        onClick={() => {
                          setFocusPart(part.id);
                          setEditing(true);
                        }}
                      >
                        {format.t(L.stale.check, { part: name })}
                      </button>
                    </li>
                  );
                })}
              </ul>
            </WarningCallout>
          ) : null}
        </div>
      </div>

      <section className="app-letter-actions app-no-print" aria-labelledby="actions-heading" data-files-ready={files.ready}>
        <h2 className="nhsuk-heading-m" id="actions-heading">
          {L.actionsHeading}
        </h2>
        {missingFromPdf.length > 0 ? (
          <WarningCallout testId="pdf-missing-characters" prefix={words.site.importantPrefix} heading={L.pdfMissing.heading} level={3}>
            <p>{format.t(L.pdfMissing.body, { characters: missingCharactersList(missingFromPdf, format, letters.letterShared.moreCharacters) })}</p>
            <p>{L.pdfMissing.advice}</p>
          </WarningCallout>
        ) : null}
        <div className="nhsuk-button-group">
          <button type="button" className="nhsuk-button" {...files.intent("pdf")} onClick={() => download("pdf")}>
            {L.pdf}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" {...files.intent("docx")} onClick={() => download("docx")}>
            {L.word}
          </button>
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary"
            onClick={() => {
              setEditing(false);
              setPrintRequested(true);
            }}
          >
            {L.print}
          </button>
        </div>
        <div className="app-copy">
          <div className="nhsuk-button-group">
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={copy} aria-describedby="copy-count copy-count-hint">
              {L.copy}
            </button>
            <EmailLetter href={mailto} label={L.email} describedBy="email-hint" />
          </div>
          <p className="nhsuk-body-s">
            <strong id="copy-count" data-testid="character-count">
              {format.plural(L.characters, text.length)}
            </strong>{" "}
            <span className="nhsuk-hint" id="copy-count-hint">
              {L.charactersHint}
            </span>
          </p>
          <p className="nhsuk-hint nhsuk-body-s" id="email-hint">
            {L.emailHint}
          </p>
        </div>
        <p className="app-letter-status" role="status" aria-live="polite" data-testid="letter-status">
          {status}
        </p>
        {copyFailed ? (
          <div className="nhsuk-form-group">
            <label className="nhsuk-label" htmlFor="letter-text">
              {L.copyBoxLabel}
            </label>
            <textarea className="nhsuk-textarea" id="letter-text" rows={12} readOnly value={text} onFocus={(e) => e.currentTarget.select()} />
          </div>
        ) : null}
      </section>

      <div className="app-no-print app-letter-edit-toggle">
        {editing ? (
          <>
            <h2 className="nhsuk-heading-m">{EDITING.heading}</h2>
            <p>{EDITING.intro}</p>
          </>
        ) : null}
        <button
          ref={toggle}
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          aria-expanded={editing}
          onClick={() => {
            setFocusPart(undefined);
            setEditing((e) => !e);
          }}
        >
          {editing ? EDITING.finish : EDITING.start}
        </button>
      </div>

      {editing ? (
        <LetterEditor
          words={EDITING}
          staleWords={L.stale}
          original={original}
          edits={edits}
          stale={stale}
          focusPart={focusPart}
          onSave={onSave}
          onReset={onReset}
          onKeep={onKeep}
        />
      ) : (
        preview
      )}

      {editing ? (
        <div className="app-no-print">
          <button
            type="button"
            className="nhsuk-button"
            onClick={() => {
              setEditing(false);
              toggle.current?.focus();
            }}
          >
            {EDITING.finish}
          </button>
        </div>
      ) : null}

      <section className="nhsuk-grid-row app-no-print" aria-labelledby="next-heading">
        <div className="nhsuk-grid-column-two-thirds">
          <h2 id="next-heading">{L.nextHeading}</h2>
          {next.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <h3>{L.noReplyHeading}</h3>
          {next.noReply.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {destination ? <ConcernHelp route={destination.route} words={letters.routes} heading={L.freeHelpHeading} /> : null}
          {rules.concernAfter && concernLetter ? (
            <p>
              <Link href={`${CHOOSE_HREF}?letter=${concernLetter}`}>{L.concernLink}</Link>
            </p>
          ) : null}
          <p>
            <Link href={`${CHOOSE_HREF}?letter=`}>{L.another}</Link>
          </p>
          <p>
            <Link href={YOUR_ANSWERS_HREF}>{L.yourAnswers}</Link>
          </p>
        </div>
      </section>

      <div className="nhsuk-grid-row app-no-print">
        <div className="nhsuk-grid-column-two-thirds">
          <AfterLetter templateId={doc.templateId} letters={letters} code={code} />
        </div>
      </div>
    </div>
  );
}
