"use client";

import { useRouter } from "next/navigation";
import { useMemo, useRef, useState } from "react";
import { todayIso } from "@/lib/answers/dates";
import type { TLogEntry } from "@/lib/answers/log";
import type { TFollowedUpLetter } from "@/lib/answers/vocabulary";
import { letterOfKind } from "@/lib/journey/context";
import { applyEdits } from "@/lib/letter/edits";
import { KIND_RULES, notesSince, printsNote } from "@/lib/letter/kinds";
import { questionHref } from "@/lib/journey/flow";
import type { FileKind } from "@/lib/render/prepared-files";
import type { LetterId } from "@/templates";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import { useDraft } from "./DraftProvider";
import { goToFirstIncomplete } from "./first-incomplete";
import { MEDIA_TYPES, saveFile } from "./download";
import { useJourney } from "./JourneyProvider";
import { renderFile } from "./letter-files";
import { LogNotes } from "./LogNotes";
import { MarkSent } from "./MarkSent";
import { siteHref } from "@/lib/site/languages";

/** The calendar file's code arrives only when the user asks for a reminder. */
const loadIcs = () => import("@/lib/letter/ics");

/**
 * The letter page's part for after the letter is sent: a calendar reminder, the consent form when
 * someone writes for the patient, a copy of the first letter a follow-up encloses, the way to a
 * follow-up letter, and the log of what has happened.
 */
export function AfterLetter({
  templateId,
  letters,
  inLetter,
  code,
}: {
  templateId: LetterId;
  /** The page's words, and the words of the letter's language: the reminder, the consent form and the letter enclosed are in the letter's. */
  letters: LetterWords;
  inLetter: LetterWords;
  code: LetterCode;
}) {
  const { draft, update, device } = useDraft();
  const { config, format, checks, words } = useJourney();
  const router = useRouter();
  const A = letters.letterAfter.page;
  const [status, setStatus] = useState("");
  const working = useRef(false);
  const ctx = useMemo(() => ({ date: todayIso(), words: inLetter }), [inLetter]);
  // The reminder names the site where it was made, and says the answers are kept only where they were.
  const place = useMemo(
    () => ({ service: words.site.serviceName, address: typeof window === "undefined" ? "" : `${window.location.origin}/`, saved: device === "own" }),
    [words.site.serviceName, device],
  );
  const reminder = useMemo(() => code.letterReminder(templateId, draft.answers, ctx, place), [code, templateId, draft.answers, ctx, place]);
  const kind = config.letters[templateId].kind;
  const since = notesSince(kind, draft.answers);
  const printed = useMemo(
    () => (since === undefined ? null : { since, prints: (note: TLogEntry) => printsNote(kind, draft.answers, note) }),
    [since, kind, draft.answers],
  );
  const consentForm = useMemo(() => code.buildConsentForm(draft.answers, ctx), [code, draft.answers, ctx]);
  // The letter a follow-up encloses, as it was sent: dated the day it went, with the rewording it went with.
  const enclosed = useMemo(() => {
    const first = code.enclosedLetter(templateId, draft.answers, ctx);
    return first ? applyEdits(first, draft.letter.edits[first.templateId] ?? {}) : null;
  }, [code, templateId, draft.answers, draft.letter.edits, ctx]);

  // One file at a time; a second click meanwhile is ignored (the buttons stay focusable).
  const once = async (task: () => Promise<void>) => {
    if (working.current) return;
    working.current = true;
    try {
      await task();
    } finally {
      working.current = false;
    }
  };

  const saveReminder = () =>
    once(async () => {
      if (!reminder) return;
      const name = `${letters.letterAfter.reminder.fileName}.ics`;
      try {
        const { reminderIcs } = await loadIcs();
        saveFile(reminderIcs(reminder, `${crypto.randomUUID()}@second-opinion-letters`), MEDIA_TYPES.ics, name);
        setStatus(format.t(A.reminderSaved, { name }));
      } catch {
        setStatus(format.t(A.reminderFailed, { date: format.date(reminder.date) }));
      }
    });

  const saveConsent = (kind: FileKind) =>
    once(async () => {
      if (!consentForm) return;
      const name = `${letters.letterAfter.consentForm.fileName}.${kind}`;
      try {
        saveFile(await renderFile(kind, consentForm), MEDIA_TYPES[kind], name);
        setStatus(format.t(A.consentSaved, { name }));
      } catch {
        setStatus(A.consentFailed);
      }
    });

  const saveEnclosed = () =>
    once(async () => {
      if (!enclosed) return;
      const name = `${letters.letters[enclosed.templateId].fileName}.pdf`;
      try {
        saveFile(await renderFile("pdf", enclosed), MEDIA_TYPES.pdf, name);
        setStatus(format.t(A.firstLetterSaved, { name }));
      } catch {
        setStatus(A.firstLetterFailed);
      }
    });

  // The follow-up chases this letter: it is chosen already, and only when and how it was sent are asked.
  // A letter whose kind can be followed up is one the follow-up's question names (templates/index.ts checks the two agree).
  const followedUp = KIND_RULES[config.letters[templateId].kind].followedUp ? (templateId as TFollowedUpLetter) : undefined;
  const followUpLetter = letterOfKind(config, "follow-up");
  const followUp = (first: TFollowedUpLetter, letter: LetterId) => {
    const next = update((d) => ({
      ...d,
      // Another letter's sending date and way are not this one's; this one's may be in the notes, marked as sent.
      answers: code.prefilled(letter, { ...d.answers, followUp: d.answers.followUp?.letter === first ? d.answers.followUp : { letter: first } }),
      letter: { ...d.letter, templateId: letter },
    }));
    goToFirstIncomplete(next, (href) => router.push(href), config.steps[0]!.id, checks);
  };

  return (
    <section aria-labelledby="after-heading" data-testid="after-letter">
      <h2 id="after-heading">{A.heading}</h2>
      {reminder ? (
        <>
          <h3>{A.reminderHeading}</h3>
          <p className="nhsuk-hint" id="reminder-hint">
            {format.t(A.reminderHint, { date: format.date(reminder.date) })}
          </p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" aria-describedby="reminder-hint" onClick={saveReminder}>
            {A.reminder}
          </button>
        </>
      ) : null}
      {consentForm ? (
        <>
          <h3>{A.consentHeading}</h3>
          <p>{A.consentIntro}</p>
          <div className="nhsuk-button-group">
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => saveConsent("pdf")}>
              {A.consentPdf}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => saveConsent("docx")}>
              {A.consentWord}
            </button>
          </div>
        </>
      ) : null}
      {enclosed ? (
        <>
          <h3>{A.firstLetterHeading}</h3>
          <p>{A.firstLetterIntro}</p>
          <p className="nhsuk-hint" id="first-letter-hint">
            {format.t(A.firstLetterDate, { date: format.date(draft.answers.followUp?.sentOn ?? ctx.date) })}
          </p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" aria-describedby="first-letter-hint" onClick={saveEnclosed}>
            {A.firstLetterPdf}
          </button>
        </>
      ) : null}
      <p className="app-letter-status" role="status" aria-live="polite" data-testid="after-status">
        {status}
      </p>
      {followedUp && followUpLetter ? (
        <>
          <h3>{A.followUpHeading}</h3>
          <p>{A.followUpHint}</p>
          <p>
            <a
              href={siteHref(questionHref("first-letter"))}
              onClick={(event) => {
                event.preventDefault();
                followUp(followedUp, followUpLetter);
              }}
            >
              {A.followUpLink}
            </a>
          </p>
        </>
      ) : null}
      {reminder ? <MarkSent templateId={templateId} title={letters.letters[templateId].documentTitle} recipient={reminder.recipient} words={A.sent} /> : null}
      <LogNotes words={A.log} printed={printed} />
    </section>
  );
}
