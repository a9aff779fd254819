"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import type { Problem } from "@/lib/answers";
import { todayIso } from "@/lib/answers/dates";
import { stepContext } from "@/lib/journey/context";
import { CHOOSE_HREF, LETTER_HREF, questionHref, stepForPath, stepsFor, YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { CHECKS } from "@/lib/journey/load-checks";
import { type SummaryRow, summaryRows } from "@/lib/journey/summary";
import type { StepWords } from "@/lib/journey/words";
import type { LetterWords } from "@/letters/types";
import type { StepId } from "@/steps";
import { useDraft } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { useWarmLetterFiles } from "./useWarmLetterFiles";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

function Value({ value, notProvided }: { value: SummaryRow["value"]; notProvided: string }) {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return <span className="app-not-provided">{notProvided}</span>;
  if (Array.isArray(value)) {
    return value.length === 1 ? (
      value[0]
    ) : (
      <ul className="nhsuk-list">
        {value.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ul>
    );
  }
  return <span className="app-pre-line">{value}</span>;
}

/** Check answers: every answer this letter uses, each with a "Change" link that comes back here. */
export function CheckAnswers({ steps: stepWords, letters }: { steps: Record<StepId, StepWords>; letters: LetterWords }) {
  const { draft } = useDraft();
  const { config, words, format } = useJourney();
  const C = words.journey.checkAnswers;
  const router = useRouter();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempts, setAttempts] = useState(0);
  usePageTitle(C.title, problems.length > 0);
  const summaryRef = useFocusOnErrors(attempts, problems.length);
  useWarmLetterFiles();

  // Which answers are missing needs the checks: they load after the page, and the page waits for
  // them rather than show a list and move it about.
  const { value: checks, failed: checksFailed } = useLazyModule(CHECKS);

  const templateId = draft.letter.templateId!;
  const letter = config.letters[templateId];
  const ctx = stepContext(draft.answers, letter, draft.progress.answered);
  const steps = stepsFor(letter, config.steps);
  const term = words.answers.identifierTerms[ctx.nation ?? "england"];

  const create = async () => {
    // The letters' code loads only when asked for, not with the page.
    const { letterProblems } = await import("@/letters/templates");
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
              <Link href={`${CHOOSE_HREF}?letter=${templateId}`}>
                {C.change}
                <span className="nhsuk-u-visually-hidden"> {C.letter}</span>
              </Link>
            </dd>
          </div>
        </dl>

        {steps.map((id) => {
          const step = config.steps.find((s) => s.id === id)!;
          const complete = checks.isStepComplete(id, draft);
          return (
            <section key={id} aria-labelledby={`section-${id}`}>
              <h2 className="nhsuk-heading-m" id={`section-${id}`}>
                {format.t(stepWords[id].title, {}, ctx.voice)}
              </h2>
              <dl className="nhsuk-summary-list">
                {summaryRows(step, draft.answers, ctx, stepWords[id], format, term).map((row) => (
                  <div className="nhsuk-summary-list__row" key={`${row.field}:${row.key}`}>
                    <dt className="nhsuk-summary-list__key">{row.key}</dt>
                    <dd className="nhsuk-summary-list__value">
                      {!complete && row.value === undefined ? (
                        <strong className="nhsuk-tag nhsuk-tag--orange">{C.notAnswered}</strong>
                      ) : (
                        <Value value={row.value} notProvided={C.notProvided} />
                      )}
                    </dd>
                    <dd className="nhsuk-summary-list__actions">
                      <Link href={questionHref(id, true)}>
                        {C.change}
                        <span className="nhsuk-u-visually-hidden"> {row.key}</span>
                      </Link>
                    </dd>
                  </div>
                ))}
              </dl>
            </section>
          );
        })}

        <p>{C.privacy}</p>
        <button type="button" className="nhsuk-button" onClick={create}>
          {C.create}
        </button>
        <p>
          <Link href={YOUR_ANSWERS_HREF}>{C.yourAnswers}</Link>
        </p>
      </div>
    </div>
  );
}
