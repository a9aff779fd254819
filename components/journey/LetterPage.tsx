"use client";

import { useEffect, useMemo, useRef } from "react";
import { BackLink } from "@/components/form/BackLink";
import { todayIso } from "@/lib/answers/dates";
import { letterLanguageOf } from "@/lib/answers/letter-language";
import { siteHref } from "@/lib/site/languages";
import { withRewording } from "@/lib/draft/rewording";
import { changedPages } from "@/lib/journey/changed-pages";
import { knownLetter, pageVoice } from "@/lib/journey/context";
import { CHECK_HREF } from "@/lib/journey/flow";
import { applyEdits, type LetterEdits } from "@/lib/letter/edits";
import type { LetterDocument } from "@/lib/letter/model";
import { staleParts } from "@/lib/letter/stale";
import { LetterPreview } from "@/lib/render/html";
import type { StepId } from "@/lib/steps";
import type { LetterId } from "@/templates";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import type { Catalogue } from "@/messages/catalogue";
import type { Text } from "@/messages/types";
import { AfterLetter } from "./AfterLetter";
import { ByFacts, type Marks } from "./ByFacts";
import { NoLetter } from "./NoLetter";
import { useDraft } from "./DraftProvider";
import { useJourney, useWholeJourney } from "./JourneyProvider";
import { LetterActions } from "./LetterActions";
import { LetterBody } from "./LetterBody";
import { startLetterFiles } from "./letter-files";
import { partNames, type StaleView } from "./LetterEditor";
import { NextSteps } from "./NextSteps";
import { StaleRewording } from "./StaleRewording";
import { useLetterEditing } from "./useLetterEditing";
import { useLetterWords } from "./useLetterWords";
import { usePageTitle } from "./usePageTitle";

export type LetterPageWords = Catalogue["letterPage"];
import "@/lib/render/letter-preview.css";
import "./letter-page.css";

/** One empty rewording for every render, so what is worked out from it is not worked out again. */
const NO_EDITS: LetterEdits = Object.freeze({}) as LetterEdits;

/**
 * The letter page: the letter built from the answers in the browser, with the user's rewording
 * over it. Its frame (Back, the panel saying the letter is ready) is in the static HTML (issue 21);
 * the letter and its buttons come once the draft has been read, in a space kept for them.
 */
export function LetterPage(props: { words: LetterPageWords; letters: LetterWords; stepNames: Record<StepId, Text>; code: LetterCode }) {
  const { draft, ready } = useDraft();
  const { config, letterIds } = useJourney();
  const templateId = ready ? knownLetter(config, draft.letter.templateId) : undefined;
  // The renderers are fetched as soon as the page knows it has a letter, not at idle time or on the click.
  useEffect(() => {
    if (templateId) startLetterFiles();
  }, [templateId]);
  if (templateId) return <BuiltLetter {...props} templateId={templateId} />;
  return (
    <ByFacts facts={["letter"]} letters={letterIds} keyOf={(f) => (f.letter === "none" ? "none" : "page")}>
      {(f, marks) => (f.letter === "none" ? <NoLetter marks={marks} /> : <LetterFrame words={props.words} letters={props.letters} marks={marks} />)}
    </ByFacts>
  );
}

/** What the page shows before the draft is read: Back, the panel (each letter's, marked), and the letter's place. */
function LetterFrame({ words: L, letters, marks }: { words: LetterPageWords; letters: LetterWords; marks: Marks }) {
  const { words, letterIds } = useJourney();
  return (
    <div className="app-letter-page" {...marks}>
      <div className="nhsuk-grid-row app-no-print">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href={CHECK_HREF} text={words.form.back} />
          <ReadyPanel words={L}>
            <ByFacts facts={["letter"]} letters={letterIds} keyOf={(f) => (f.letter === "none" ? "" : letters.letters[f.letter].ready)}>
              {(f, m) => (f.letter === "none" ? null : <p {...m}>{letters.letters[f.letter].ready}</p>)}
            </ByFacts>
          </ReadyPanel>
        </div>
      </div>
      <div className="app-answers-waiting" aria-busy="true" />
    </div>
  );
}

/** "Your letter is ready": the page's heading, in its panel. */
function ReadyPanel({ words: L, headingRef, children }: { words: LetterPageWords; headingRef?: React.Ref<HTMLHeadingElement>; children: React.ReactNode }) {
  return (
    <div className="nhsuk-panel app-ready-panel" data-testid="ready-panel">
      <h1 className="nhsuk-panel__title" ref={headingRef} tabIndex={-1}>
        {L.title}
      </h1>
      <div className="nhsuk-panel__body">
        {children}
        <p>{L.intro}</p>
        <p>{L.nextBelow}</p>
      </div>
    </div>
  );
}

function BuiltLetter({
  words: L,
  letters,
  stepNames,
  code,
  templateId,
}: {
  words: LetterPageWords;
  letters: LetterWords;
  stepNames: Record<StepId, Text>;
  /** The templates' code (given by the route): the letter is built in the browser. */
  code: LetterCode;
  templateId: LetterId;
}) {
  const { draft, update } = useDraft();
  const { config, format } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  // The letter's language is the person's choice, apart from the page's (issue 24).
  const fetched = useLetterWords(letters, letterLanguageOf(draft.answers).tag);
  const inLetter = fetched === null || fetched === "failed" ? null : fetched;
  // The letter is dated the day it is made; it is rebuilt from the answers each time.
  const built = useMemo(
    () => (inLetter === null ? null : code.buildLetter(templateId, draft.answers, { date: todayIso(), words: inLetter })),
    [code, templateId, draft.answers, inLetter],
  );
  const edits: LetterEdits = draft.letter.edits[templateId] ?? NO_EDITS;
  const basis: LetterEdits = draft.letter.basis?.[templateId] ?? NO_EDITS;
  const doc = useMemo(() => (built?.ok ? applyEdits(built.letter, edits) : null), [built, edits]);
  const voice = pageVoice(draft.answers);
  // Reworded parts written from answers changed since, and which pages those answers are on.
  const stale = useMemo<StaleView[]>(() => {
    if (!built?.ok) return [];
    return staleParts(built.letter, edits, basis, draft.answers).map((part) => ({
      ...part,
      pages: format.list(
        changedPages(part.changed, pages, config.letters[templateId], stepNames, format, voice).map((name) =>
          format.t(words.journey.checkAnswers.pageName, { name }),
        ),
        "and",
      ),
    }));
  }, [built, edits, basis, draft.answers, config, pages, templateId, stepNames, format, voice, words]);
  usePageTitle(built === null || built.ok ? L.title : L.notReady.title, false);

  if (built === null || inLetter === null) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{L.title}</h1>
          <p role="status">{fetched === "failed" ? L.letterLanguage.failed : L.letterLanguage.loading}</p>
        </div>
      </div>
    );
  }
  if (!built.ok || !doc) {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{L.notReady.title}</h1>
          <p>{L.notReady.body}</p>
          <p>
            <a href={siteHref(CHECK_HREF)}>{L.notReady.link}</a>
          </p>
        </div>
      </div>
    );
  }

  const setEdit = (id: string, text: string | undefined | "keep") => update((d) => withRewording(d, templateId, built.letter, id, text));
  return (
    <LetterView
      code={code}
      words={L}
      letters={letters}
      inLetter={inLetter}
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
  inLetter,
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
  /** The page's words; `inLetter`, the words of the letter's language, which the letter's own files (reminder, consent form) use. */
  letters: LetterWords;
  inLetter: LetterWords;
  original: LetterDocument<LetterId>;
  doc: LetterDocument<LetterId>;
  edits: LetterEdits;
  stale: readonly StaleView[];
  onSave(id: string, text: string): void;
  onReset(id: string): void;
  onKeep(id: string): void;
}) {
  const { draft } = useDraft();
  const { format } = useJourney();
  const { words } = useWholeJourney();
  const editor = useLetterEditing();
  const heading = useRef<HTMLHeadingElement>(null);
  // On arrival, focus on the page's heading: the page was reached by a button, not a link.
  useEffect(() => heading.current?.focus(), []);
  const names = useMemo(() => partNames(original, L.editing, format), [original, L.editing, format]);
  // The letter is drawn again only when it changes, not each time the editor opens or closes.
  const preview = useMemo(() => <LetterPreview doc={doc} />, [doc]);

  return (
    <div className="app-letter-page">
      <div className="nhsuk-grid-row app-no-print">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href={CHECK_HREF} text={words.form.back} />
          <ReadyPanel words={L} headingRef={heading}>
            <p>{letters.letters[doc.templateId].ready}</p>
          </ReadyPanel>
          <StaleRewording stale={stale} names={names} words={L.stale} onCheck={editor.check} />
        </div>
      </div>

      <LetterActions doc={doc} words={L} letters={letters} onPrint={editor.print} />

      <LetterBody
        editor={editor}
        preview={preview}
        words={L}
        original={original}
        edits={edits}
        stale={stale}
        onSave={onSave}
        onReset={onReset}
        onKeep={onKeep}
      />

      <NextSteps templateId={doc.templateId} answers={draft.answers} words={L} letters={letters} code={code} />

      <div className="nhsuk-grid-row app-no-print">
        <div className="nhsuk-grid-column-two-thirds">
          <AfterLetter templateId={doc.templateId} letters={letters} inLetter={inLetter} code={code} />
        </div>
      </div>
    </div>
  );
}
