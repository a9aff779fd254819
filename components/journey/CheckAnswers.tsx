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
import { CHOOSE_HREF, LETTER_HREF, questionHref, stepForPath, stepsFor, YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { knownLetter } from "@/lib/journey/context";
import type { StepWords } from "@/lib/journey/words";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import type { LazyModule } from "@/lib/lazy-module";
import type { StepId } from "@/lib/steps";
import { AnswerSections } from "./AnswerSections";
import { useDraft } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { useStaleRewording } from "./useStaleRewording";
import { useWarmLetterFiles } from "./useWarmLetterFiles";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";
import { WarningCallout } from "./WarningCallout";

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

        <AnswerSections
          steps={steps}
          stepWords={stepWords}
          answers={draft.answers}
          ctx={ctx}
          term={term}
          isStepComplete={(id) => checks.isStepComplete(id, draft)}
        />

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
