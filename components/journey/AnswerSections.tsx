"use client";

import type { DraftAnswers } from "@/lib/draft/format";
import type { StepContext } from "@/lib/journey/context";
import { checkRowId, questionHref } from "@/lib/journey/flow";
import { JOURNEY_SECTIONS } from "@/lib/journey/sections";
import { answerLines, summaryRows } from "@/lib/journey/summary";
import type { StepWords } from "@/lib/journey/words";
import type { StepId } from "@/lib/steps";
import { useJourney, useWholeJourney } from "./JourneyProvider";
import { siteHref } from "@/lib/site/languages";

/**
 * Check answers' list: the letter's pages by section, each page's answers as short lines (or "Not
 * answered yet"), with a "Change" link that comes back to its row.
 */
export function AnswerSections({
  steps,
  stepWords,
  answers,
  ctx,
  term,
  isStepComplete,
}: {
  /** The letter's pages, in order. */
  steps: readonly StepId[];
  stepWords: Record<StepId, StepWords>;
  answers: DraftAnswers;
  ctx: StepContext;
  /** The nation's name for the patient's number ("NHS number", "CHI number"). */
  term: string;
  isStepComplete(id: StepId): boolean;
}) {
  const { format } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  const C = words.journey.checkAnswers;
  return (
    <>
      {JOURNEY_SECTIONS.map((section) => {
        const ids = steps.filter((id) => pages.find((s) => s.id === id)!.section === section);
        if (ids.length === 0) return null;
        return (
          <section key={section} aria-labelledby={`section-${section}`}>
            <h2 className="nhsuk-heading-m" id={`section-${section}`}>
              {format.t(words.journey.sections[section], {}, ctx.voice)}
            </h2>
            <dl className="nhsuk-summary-list app-check-list">
              {ids.map((id) => {
                const step = pages.find((s) => s.id === id)!;
                const complete = isStepComplete(id);
                const name = format.t(stepWords[id].summary, {}, ctx.voice);
                const lines = answerLines(summaryRows(step, answers, ctx, stepWords[id], format, term), name, format, C.line);
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
                      <a href={siteHref(questionHref(id, true))}>
                        {C.change}
                        <span className="nhsuk-u-visually-hidden"> {name}</span>
                      </a>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}
