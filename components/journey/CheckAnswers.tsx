"use client";

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
import type { JourneyChecks } from "@/lib/journey/checks";
import type { LetterId } from "@/templates";
import type { StepWords } from "@/lib/journey/words";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import type { LazyModule } from "@/lib/lazy-module";
import type { StepId } from "@/lib/steps";
import { AnswerSections } from "./AnswerSections";
import { ByFacts, type Facts } from "./ByFacts";
import { NoLetter } from "./NoLetter";
import { useDraft } from "./DraftProvider";
import { useJourney, useWholeJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { useStaleRewording } from "./useStaleRewording";
import { useWarmLetterFiles } from "./useWarmLetterFiles";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";
import { WarningCallout } from "./WarningCallout";
import { siteHref } from "@/lib/site/languages";

/**
 * Check answers: every answer this letter uses, each with a "Change" link that comes back here.
 * Its frame (Back, its heading) is in the static HTML (issue 21); the answers come once the draft
 * has been read and the checks (which say what is missing) have arrived, in a space kept for them
 * meanwhile, a screen high, so nothing below moves into view as they come.
 */
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
  const { draft, ready } = useDraft();
  const { config, letterIds, words: common, checks: journeyChecks } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  const C = words.journey.checkAnswers;
  const [problems, setProblems] = useState<Problem[]>([]);
  const [attempts, setAttempts] = useState(0);
  usePageTitle(C.title, problems.length > 0);
  const summaryRef = useFocusOnErrors(attempts, problems.length);
  useWarmLetterFiles();

  // Which answers are missing needs the checks: they load after the page, and the page keeps the
  // list's place rather than show a list and move it about.
  const { value: checks, failed: checksFailed } = useLazyModule(journeyChecks);
  const templateId = ready ? knownLetter(config, draft.letter.templateId) : undefined;
  const incomplete = checks && templateId ? checks.firstIncompleteStep(draft) : null;
  const backOf = (f: Facts) => {
    if (incomplete) return questionHref(incomplete);
    if (f.letter === "none") return CHOOSE_HREF;
    const steps = stepsFor(config.letters[f.letter], config.steps);
    return questionHref(steps[steps.length - 1]!);
  };

  return (
    <ByFacts facts={["letter"]} letters={letterIds} keyOf={(f) => (f.letter === "none" ? "none" : "page")}>
      {(f, marks) =>
        f.letter === "none" ? (
          <NoLetter marks={marks} />
        ) : (
          <div className="nhsuk-grid-row" {...marks}>
            <div className="nhsuk-grid-column-two-thirds">
              <ByFacts facts={["letter"]} letters={letterIds} keyOf={backOf}>
                {(b, backMarks) => <BackLink href={backOf(b)} text={common.form.back} {...backMarks} />}
              </ByFacts>
              <ErrorSummary
                ref={summaryRef}
                title={common.form.errorSummaryTitle}
                description={C.problemsIntro}
                errors={problems.map((p) => {
                  const step = templateId ? stepForPath(p.path, pages, config.letters[templateId]) : null;
                  return { target: p.path, message: p.message, href: step ? questionHref(step, true) : undefined };
                })}
              />
              <h1>{C.title}</h1>
              {checks && templateId ? (
                <AnswersList
                  templateId={templateId}
                  stepWords={stepWords}
                  letters={letters}
                  code={code}
                  checks={checks}
                  onProblems={(found) => {
                    setProblems(found);
                    setAttempts((n) => n + 1);
                  }}
                />
              ) : checksFailed ? (
                <p>{C.checksFailed}</p>
              ) : (
                <div className="app-answers-waiting" aria-busy="true" />
              )}
            </div>
          </div>
        )
      }
    </ByFacts>
  );
}

/** What the letter uses, by section, then the button that makes the letter. */
function AnswersList({
  templateId,
  stepWords,
  letters,
  code,
  checks,
  onProblems,
}: {
  templateId: LetterId;
  stepWords: Record<StepId, StepWords>;
  letters: LetterWords;
  code: LazyModule<LetterCode>;
  checks: JourneyChecks;
  onProblems(problems: Problem[]): void;
}) {
  const { draft } = useDraft();
  const { config, format } = useJourney();
  const { words, steps: pages } = useWholeJourney();
  const C = words.journey.checkAnswers;
  const router = useRouter();

  // Back from a Change: the row that was changed, in view and focused, once the rows are drawn.
  useEffect(() => {
    const row = window.location.hash.startsWith("#row-") ? document.getElementById(window.location.hash.slice(1)) : null;
    if (!row) return;
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "center" });
  }, []);

  const letter = config.letters[templateId];
  const stale = useStaleRewording(templateId, draft, letters, code);
  const stepNames = useMemo(
    () => Object.fromEntries(Object.entries(stepWords).map(([id, w]) => [id, w.summary])) as Record<StepId, StepWords["summary"]>,
    [stepWords],
  );
  const ctx = stepContext(draft.answers, letter, draft.progress.answered);
  const steps = stepsFor(letter, config.steps);
  const term = words.answers.identifierTerms[ctx.nation ?? "england"];
  const incomplete = checks.firstIncompleteStep(draft);

  const create = async () => {
    // The letters' code loads only when asked for, not with the page.
    const { letterProblems } = await code.load();
    const found = letterProblems(templateId, draft.answers, { date: todayIso(), words: letters });
    if (found.length === 0) {
      router.push(LETTER_HREF);
      return;
    }
    onProblems(found);
  };

  return (
    <>
      {stale ? (
        <WarningCallout testId="stale-rewording" prefix={words.site.importantPrefix} heading={C.stale.heading}>
          <p>
            {format.plural(C.stale.body, stale.count, {
              pages: format.list(
                changedPages(stale.changed, pages, letter, stepNames, format, ctx.voice).map((name) => format.t(C.pageName, { name })),
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
            <a href={siteHref(questionHref(incomplete))}>{C.incompleteLink}</a>
          </p>
        </div>
      ) : null}

      <dl className="nhsuk-summary-list">
        <div className="nhsuk-summary-list__row">
          <dt className="nhsuk-summary-list__key">{C.letter}</dt>
          <dd className="nhsuk-summary-list__value">{words.letterTitles[templateId].userTitle}</dd>
          <dd className="nhsuk-summary-list__actions">
            <a href={siteHref(`${CHOOSE_HREF}?letter=${templateId}`)}>
              {C.change}
              <span className="nhsuk-u-visually-hidden"> {C.letter}</span>
            </a>
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
        <a href={siteHref(YOUR_ANSWERS_HREF)}>{C.yourAnswers}</a>
      </p>
    </>
  );
}
