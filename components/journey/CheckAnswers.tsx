"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import type { Problem } from "@/lib/answers";
import { todayIso } from "@/lib/answers/dates";
import { changedPages } from "@/lib/journey/changed-pages";
import { stepContext } from "@/lib/journey/context";
import { CHOOSE_HREF, checkRowId, LETTER_HREF, questionHref, stepForPath, stepsFor, YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { knownLetter } from "@/lib/journey/context";
import { type SummaryRow, summaryRows } from "@/lib/journey/summary";
import type { Format } from "@/messages/format";
import { JOURNEY_SECTIONS } from "@/lib/journey/sections";
import type { StepWords } from "@/lib/journey/words";
import type { LetterId } from "@/templates";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import type { LazyModule } from "@/lib/lazy-module";
import type { Draft } from "@/lib/draft/format";
import type { StepId } from "@/lib/steps";
import { useDraft } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { useWarmLetterFiles } from "./useWarmLetterFiles";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";
import { WarningCallout } from "./WarningCallout";

/**
 * A page's answers as short lines: the answer alone when the page asks one thing, "Label: answer"
 * when it asks several; blank optional answers left out; an address or a list on one line.
 */
function answerLines(rows: SummaryRow[], page: string, format: Format, lineWords: string): { text: string; missing: boolean }[] {
  const given = rows.filter((row) => !(row.optional && (row.value === undefined || (Array.isArray(row.value) && row.value.length === 0))));
  return given.map((row) => {
    const missing = row.value === undefined || (Array.isArray(row.value) && row.value.length === 0);
    const value = missing
      ? ""
      : Array.isArray(row.value)
        ? format.list(row.value, row.field === "items" || row.field === "selected" ? "and" : "parts")
        : row.value!;
    // The answer alone when the page's name already says what it is.
    return { text: rows.length === 1 || row.key === page ? value : format.t(lineWords, { label: row.key, value }), missing };
  });
}

/**
 * Reworded parts of the chosen letter written from answers changed since: how many, and which
 * answers. The letter's code loads for it only when there is rewording to check.
 */
function useStaleRewording(
  templateId: LetterId,
  draft: Draft,
  letters: LetterWords,
  code: LazyModule<LetterCode>,
): { count: number; changed: string[] } | null {
  const [stale, setStale] = useState<{ count: number; changed: string[] } | null>(null);
  const edits = draft.letter.edits[templateId];
  const basis = draft.letter.basis?.[templateId];
  useEffect(() => {
    if (!edits || !basis || Object.keys(basis).length === 0) {
      setStale(null);
      return;
    }
    let live = true;
    void Promise.all([code.load(), import("@/lib/letter/stale")]).then(([{ buildLetter }, { staleParts }]) => {
      const built = buildLetter(templateId, draft.answers, { date: todayIso(), words: letters });
      if (!live || !built.ok) return;
      // Here only the parts whose answers changed: a date moving on is for the letter page to show.
      const parts = staleParts(built.letter, edits, basis, draft.answers).filter((part) => part.changed.length > 0);
      setStale(parts.length > 0 ? { count: parts.length, changed: parts.flatMap((part) => part.changed) } : null);
    });
    return () => {
      live = false;
    };
  }, [templateId, draft.answers, edits, basis, letters, code]);
  return stale;
}

/** Check answers: every answer this letter uses, each with a "Change" link that comes back here. */
export function CheckAnswers({
  steps: stepWords,
  letters,
  code,
}: {
  steps: Record<StepId, StepWords>;
  letters: LetterWords;
  /** The templates' code, loaded when needed (given by the route). */
  code: LazyModule<LetterCode>;
}) {
  const { draft } = useDraft();
  const { config, words, format, checks: journeyChecks } = useJourney();
  const C = words.journey.checkAnswers;
  const router = useRouter();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempts, setAttempts] = useState(0);
  usePageTitle(C.title, problems.length > 0);
  const summaryRef = useFocusOnErrors(attempts, problems.length);
  useWarmLetterFiles();

  // Which answers are missing needs the checks: they load after the page, and the page waits for
  // them rather than show a list and move it about.
  const { value: checks, failed: checksFailed } = useLazyModule(journeyChecks);

  // Back from a Change: the row that was changed, in view and focused, once the rows are drawn.
  useEffect(() => {
    if (!checks) return;
    const row = window.location.hash.startsWith("#row-") ? document.getElementById(window.location.hash.slice(1)) : null;
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
  }, [checks]);

  // StepGate shows this page only once a letter is chosen.
  const templateId = knownLetter(config, draft.letter.templateId)!;
  const letter = config.letters[templateId];
  const stale = useStaleRewording(templateId, draft, letters, code);
  const stepNames = useMemo(
    () => Object.fromEntries(Object.entries(stepWords).map(([id, w]) => [id, w.summary])) as Record<StepId, StepWords["summary"]>,
    [stepWords],
  );
  const ctx = stepContext(draft.answers, letter, draft.progress.answered);
  const steps = stepsFor(letter, config.steps);
  const term = words.answers.identifierTerms[ctx.nation ?? "england"];

  const create = async () => {
    // The letters' code loads only when asked for, not with the page.
    const { letterProblems } = await code.load();
    const found = letterProblems(templateId, draft.answers, { date: todayIso(), words: letters });
    if (found.length === 0) {
      router.push(LETTER_HREF);
      return;
    }
    setProblems(found);
    setAttempts((n) => n + 1);
  };

  if (!checks) {
    return checksFailed ? (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{C.title}</h1>
          <p>{C.checksFailed}</p>
        </div>
      </div>
    ) : null;
  }
  const incomplete = checks.firstIncompleteStep(draft);
  const staleWords = C.stale;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={incomplete ? questionHref(incomplete) : questionHref(steps[steps.length - 1]!)} text={words.form.back} />
        <ErrorSummary
          ref={summaryRef}
          title={words.form.errorSummaryTitle}
          description={C.problemsIntro}
          errors={problems.map((p) => {
            const step = stepForPath(p.path, config.steps, letter);
            return { target: p.path, message: p.message, href: step ? questionHref(step, true) : undefined };
          })}
        />
        <h1>{C.title}</h1>

        {stale ? (
          <WarningCallout testId="stale-rewording" prefix={words.site.importantPrefix} heading={staleWords.heading}>
            <p>
              {format.plural(staleWords.body, stale.count, {
                pages: format.list(
                  changedPages(stale.changed, config.steps, letter, stepNames, format, ctx.voice).map((name) => format.t(C.pageName, { name })),
                  "and",
                ),
              })}
            </p>
          </WarningCallout>
        ) : null}

        {incomplete ? (
          <div className="nhsuk-inset-text">
            <h2 className="nhsuk-heading-s">{C.incompleteHeading}</h2>
            <p>{C.incompleteBody}</p>
            <p>
              <Link href={questionHref(incomplete)}>{C.incompleteLink}</Link>
            </p>
          </div>
        ) : null}

        <dl className="nhsuk-summary-list">
          <div className="nhsuk-summary-list__row">
            <dt className="nhsuk-summary-list__key">{C.letter}</dt>
            <dd className="nhsuk-summary-list__value">{words.letterTitles[templateId].userTitle}</dd>
            <dd className="nhsuk-summary-list__actions">
              {/* Not fetched ahead: a page of Change links would load every page's code before anyone taps one. */}
              <Link href={`${CHOOSE_HREF}?letter=${templateId}`} prefetch={false}>
                {C.change}
                <span className="nhsuk-u-visually-hidden"> {C.letter}</span>
              </Link>
            </dd>
          </div>
        </dl>

        {JOURNEY_SECTIONS.map((section) => {
          const ids = steps.filter((id) => config.steps.find((s) => s.id === id)!.section === section);
          if (ids.length === 0) return null;
          return (
            <section key={section} aria-labelledby={`section-${section}`}>
              <h2 className="nhsuk-heading-m" id={`section-${section}`}>
                {format.t(words.journey.sections[section], {}, ctx.voice)}
              </h2>
              <dl className="nhsuk-summary-list app-check-list">
                {ids.map((id) => {
                  const step = config.steps.find((s) => s.id === id)!;
                  const complete = checks.isStepComplete(id, draft);
                  const name = format.t(stepWords[id].summary, {}, ctx.voice);
                  const lines = answerLines(summaryRows(step, draft.answers, ctx, stepWords[id], format, term), name, format, C.line);
                  return (
                    <div className="nhsuk-summary-list__row" key={id} id={checkRowId(id)} tabIndex={-1}>
                      <dt className="nhsuk-summary-list__key">{name}</dt>
                      <dd className="nhsuk-summary-list__value">
                        {!complete ? (
                          <strong className="nhsuk-tag nhsuk-tag--orange">{C.notAnswered}</strong>
                        ) : lines.length === 0 ? (
                          <span className="app-not-provided">{C.notProvided}</span>
                        ) : (
                          <ul className="nhsuk-list app-answer-lines">
                            {lines.map((line) => (
                              <li key={line.text}>{line.missing ? <strong className="nhsuk-tag nhsuk-tag--orange">{C.notAnswered}</strong> : line.text}</li>
                            ))}
                          </ul>
                        )}
                      </dd>
                      <dd className="nhsuk-summary-list__actions">
                        <Link href={questionHref(id, true)} prefetch={false}>
                          {C.change}
                          <span className="nhsuk-u-visually-hidden"> {name}</span>
                        </Link>
                      </dd>
                    </div>
                  );
                })}
              </dl>
            </section>
          );
        })}

        <p>{C.privacy}</p>
        <button type="button" className="nhsuk-button" onClick={create}>
          {C.create}
        </button>
        <p>
          <Link href={YOUR_ANSWERS_HREF} prefetch={false}>
            {C.yourAnswers}
          </Link>
        </p>
      </div>
    </div>
  );
}
