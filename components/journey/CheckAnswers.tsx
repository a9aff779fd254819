"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { CHECK_ANSWERS as C } from "@/content/check-answers";
import type { Problem } from "@/lib/answers";
import { todayIso } from "@/lib/answers/dates";
import { CHOOSE_HREF, LETTER_HREF, YOUR_ANSWERS_HREF, contextOf, questionHref, stepForPath, stepsFor } from "@/lib/journey/flow";
import { CHECKS, SUMMARIES_MODULE } from "@/lib/journey/load-checks";
import type { SummaryRow } from "@/lib/journey/summaries";
import { useLazyModule } from "./useLazyModule";
import { CATALOGUE as TEMPLATES } from "@/templates/catalogue";
import { useDraft } from "./DraftProvider";
import { useFocusOnErrors, usePageTitle } from "./QuestionLayout";

function Value({ value }: { value: SummaryRow["value"] }) {
  if (value === undefined || (Array.isArray(value) && value.length === 0)) return <span className="app-not-provided">{C.notProvided}</span>;
  if (Array.isArray(value)) {
    return value.length === 1 ? (
      <>{value[0]}</>
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
export function CheckAnswers() {
  const { draft } = useDraft();
  const router = useRouter();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempts, setAttempts] = useState(0);
  usePageTitle(C.title, problems.length > 0);
  const summaryRef = useFocusOnErrors(attempts, problems.length);

  // Which answers are missing needs the checks, and the rows need every page's words: both load
  // after the page (issue 4), and the page waits for them rather than show a list and move it about.
  const { value: checks, failed: checksFailed } = useLazyModule(CHECKS);
  const { value: pages, failed: pagesFailed } = useLazyModule(SUMMARIES_MODULE);

  const templateId = draft.letter.templateId!;
  const ctx = contextOf(draft);
  const steps = stepsFor(templateId);

  const create = async () => {
    // The letters' wording loads only when asked for, not with the page.
    const { buildLetter } = await import("@/templates");
    const result = buildLetter(templateId, draft.answers, { date: todayIso() });
    if (result.ok) {
      router.push(LETTER_HREF);
      return;
    }
    setProblems(result.problems);
    setAttempts((n) => n + 1);
  };

  if (!checks || !pages) {
    return checksFailed || pagesFailed ? (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1>{C.title}</h1>
          <p>{C.checksFailed}</p>
        </div>
      </div>
    ) : null;
  }
  const { firstIncompleteStep, isStepComplete } = checks;
  const incomplete = firstIncompleteStep(draft);

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={incomplete ? questionHref(incomplete) : questionHref(steps[steps.length - 1]!)} />
        <ErrorSummary
          ref={summaryRef}
          description={C.problemsIntro}
          errors={problems.map((p) => {
            const step = stepForPath(p.path, templateId);
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
            <dd className="nhsuk-summary-list__value">{TEMPLATES[templateId].userTitle}</dd>
            <dd className="nhsuk-summary-list__actions">
              <Link href={CHOOSE_HREF + "?letter=" + templateId}>
                {C.change}
                <span className="nhsuk-u-visually-hidden"> {C.letter.toLowerCase()}</span>
              </Link>
            </dd>
          </div>
        </dl>

        {steps.map((id) => {
          const step = pages.VIEWS[id];
          const complete = isStepComplete(id, draft);
          return (
            <section key={id} aria-labelledby={`section-${id}`}>
              <h2 className="nhsuk-heading-m" id={`section-${id}`}>
                {step.title(ctx)}
              </h2>
              <dl className="nhsuk-summary-list">
                {pages.SUMMARIES[id](draft.answers, ctx).map((row: SummaryRow) => (
                  <div className="nhsuk-summary-list__row" key={row.key}>
                    <dt className="nhsuk-summary-list__key">{row.key}</dt>
                    <dd className="nhsuk-summary-list__value">
                      {!complete && row.value === undefined ? <strong className="nhsuk-tag nhsuk-tag--orange">{C.notAnswered}</strong> : <Value value={row.value} />}
                    </dd>
                    <dd className="nhsuk-summary-list__actions">
                      <Link href={questionHref(id, true)}>
                        {C.change}
                        <span className="nhsuk-u-visually-hidden"> {row.key.toLowerCase()}</span>
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
