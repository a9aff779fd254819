"use client";

import { useMemo, useState, useSyncExternalStore } from "react";
import type { LetterDocument } from "@/lib/letter/model";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import type { LetterId } from "@/templates";
import type { LetterWords } from "@/templates/types";
import type { Catalogue } from "@/messages/catalogue";
import { useDraft } from "./DraftProvider";
import { EmailLetter } from "./EmailLetter";
import { useJourney } from "./JourneyProvider";
import { useLetterDownloads } from "./useLetterDownloads";
import { WarningCallout } from "./WarningCallout";

const never = () => () => undefined;
/** Whether this browser can hand a PDF to another app (Web Share API level 2): phones mostly; not in the static HTML. */
function useCanShareFiles(): boolean {
  return useSyncExternalStore(
    never,
    () => typeof navigator.canShare === "function" && navigator.canShare({ files: [new File([], "letter.pdf", { type: "application/pdf" })] }),
    () => false,
  );
}

/**
 * What the user can do with their letter: download it as a PDF or a Word file, print it, copy its
 * text or email it to themselves. One status line says how each went; where copying fails, the
 * text is shown in a box to copy by hand.
 */
export function LetterActions({
  doc,
  words: L,
  letters,
  onPrint,
}: {
  doc: LetterDocument<LetterId>;
  words: Catalogue["letterPage"];
  letters: LetterWords;
  onPrint(): void;
}) {
  const { draft } = useDraft();
  const { words, format } = useJourney();
  const [status, setStatus] = useState("");
  const [copyFailed, setCopyFailed] = useState(false);
  const text = useMemo(() => renderText(doc), [doc]);
  const missingFromPdf = useMemo(() => charactersMissingFromPdf(text), [text]);
  const letter = letters.letters[doc.templateId];
  const files = useLetterDownloads(doc, letter.fileName, L, setStatus);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyFailed(false);
      setStatus(format.t(L.copied, { hint: letter.copyHint }));
    } catch {
      setCopyFailed(true);
      setStatus(L.copyFailed);
    }
  };

  const patientEmail = draft.answers.writer?.role === "patient" ? (draft.answers.patient?.email ?? "") : "";
  const mailto = `mailto:${encodeURIComponent(patientEmail).replace(/%40/g, "@")}?subject=${encodeURIComponent(L.emailSubject)}&body=${encodeURIComponent(text)}`;
  const canShare = useCanShareFiles();

  return (
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
        <button type="button" className="nhsuk-button" {...files.intent("pdf")} onClick={() => files.download("pdf")}>
          {L.pdf}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" {...files.intent("docx")} onClick={() => files.download("docx")}>
          {L.word}
        </button>
        <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onPrint}>
          {L.print}
        </button>
      </div>
      {canShare ? (
        <>
          <p>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              aria-describedby="share-hint"
              {...files.intent("pdf")}
              onClick={() => files.share(L.emailSubject)}
            >
              {L.share.button}
            </button>
          </p>
          <p className="nhsuk-hint nhsuk-body-s" id="share-hint">
            {L.share.hint}
          </p>
        </>
      ) : null}
      <p className="nhsuk-hint nhsuk-body-s" id="pdf-post-hint">
        {L.largePrint.postHint}
      </p>
      <p>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary"
          aria-describedby="large-print-hint"
          {...files.intent("pdf")}
          onClick={() => files.download("large-pdf")}
        >
          {L.largePrint.button}
        </button>
      </p>
      <p className="nhsuk-hint nhsuk-body-s" id="large-print-hint">
        {L.largePrint.hint}
      </p>
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
          {L.emailHint} {L.webmailHint}
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
  );
}
