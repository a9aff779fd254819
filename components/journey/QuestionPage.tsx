"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type FieldErrors, type Resolver, useForm } from "react-hook-form";
import type { PageAnswers } from "@/lib/journey/check-page";
import type { AnswerWords } from "@/lib/answers/messages";
import { knownLetter, stepContext } from "@/lib/journey/context";
import { pathsOf } from "@/lib/journey/fields";
import { CHOOSE_HREF, CHECK_HREF, checkRowHref, previousStep, questionHref, stepsFor } from "@/lib/journey/flow";
import { forgetTyping, keepTyping, withTyping } from "@/lib/draft/typing";
import { type FormValues, formValues } from "@/lib/journey/form-values";
import type { PageWords, StepWords } from "@/lib/journey/words";
import type { JourneyChecks } from "@/lib/journey/checks";
import type { StepId } from "@/lib/steps";
import { useDraft } from "./DraftProvider";
import { errorList, SUBMIT_ID } from "./form-errors";
import { FieldView } from "./FieldView";
import type { FieldViewContext } from "./fields/types";
import { useJourney } from "./JourneyProvider";
import { QuestionLayout } from "./QuestionLayout";

/** The warnings about a page's own answers; none if their code cannot load (a warning never stops anyone). */
async function warningsAbout(answers: unknown, own: readonly string[], words: AnswerWords) {
  try {
    const { answerWarnings } = await import("@/lib/answers/warnings");
    return answerWarnings(answers, words).filter((w) => own.includes(w.path));
  } catch {
    return [];
  }
}

/**
 * True when the page was opened from "Change" on the check-answers page. Uses the router's search
 * params (right during client navigation, unlike window.location); pages sit inside <Suspense>.
 */
function useReturnToCheck(): boolean {
  return useSearchParams().get("returnTo") === "check";
}

/**
 * Every question page, drawn from its definition (steps/<id>) and its words. One react-hook-form
 * `useForm` a page: inputs registered uncontrolled, checked on submit only by the page's zod
 * schema (lib/journey/check-page.ts) through the zod resolver, which loads after the page has
 * shown itself. The error summary takes focus (the NHS pattern), so react-hook-form's own focus
 * on the first error is off. On a valid submit the page's answers go into the draft and the user
 * moves on: to the next question this letter still needs, or back to check answers. An answer
 * that may be mistyped but could be right (lib/answers/warnings.ts) stops the first Continue with a
 * warning, which takes focus; Continue again with the same answers goes on.
 */
export function QuestionPage({ stepId, words }: { stepId: StepId; words: StepWords }) {
  const journey = useJourney();
  const { config, checks } = journey;
  const step = config.steps.find((s) => s.id === stepId)!;
  const { draft, update, store } = useDraft();
  const router = useRouter();
  const returnToCheck = useReturnToCheck();
  const templateId = draft.letter.templateId;
  const known = knownLetter(config, templateId);
  const letter = known === undefined ? undefined : config.letters[known];
  const ctx = stepContext(draft.answers, letter, draft.progress.answered);
  const pageWords: PageWords = { meta: journey.words.meta, answers: journey.words.answers, form: journey.words.form, step: words };

  useEffect(() => {
    // Fetch the checks now, while the user reads the question; a failure is reported on submit.
    checks.load().catch(() => undefined);
  }, [checks]);

  // Built at submit from the answers this render shows (the nation's words, who is writing, the letter).
  const resolver: Resolver<FormValues, unknown, PageAnswers> = async (values, context, options) => {
    let loaded: JourneyChecks;
    try {
      loaded = await checks.load();
    } catch {
      const errors: FieldErrors<FormValues> = { [SUBMIT_ID]: { type: "custom", message: journey.words.form.checksFailed } };
      return { values: {}, errors };
    }
    return loaded.resolverFor(stepId, ctx, pageWords)(values, context, options);
  };

  // What the page starts with: the saved answers, with anything typed here before a reload over them.
  const [start] = useState(() => {
    const saved = formValues(step, draft.answers, ctx);
    return { saved, shown: withTyping(store(), stepId, saved) };
  });
  const form = useForm<FormValues, unknown, PageAnswers>({
    defaultValues: start.shown,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });

  // Typing kept as it happens (a moment after the last key), until the page is submitted: once
  // its answers are in the draft, a keep still waiting must not write them back. A keep still
  // waiting when the person leaves (a link on the page followed at once, the tab closed) is made
  // then, so the hospital just typed is there on coming back.
  const typing = useRef<{ timer?: ReturnType<typeof setTimeout>; submitted: boolean }>({ submitted: false });
  // biome-ignore lint/correctness/useExhaustiveDependencies: one subscription for the page's life
  useEffect(() => {
    const state = typing.current;
    let waiting = false;
    const keep = () => {
      clearTimeout(state.timer);
      if (waiting && !state.submitted) keepTyping(store(), stepId, form.getValues(), start.saved);
      waiting = false;
    };
    const subscription = form.watch(() => {
      clearTimeout(state.timer);
      waiting = true;
      state.timer = setTimeout(keep, 250);
    });
    window.addEventListener("pagehide", keep);
    return () => {
      keep();
      window.removeEventListener("pagehide", keep);
      subscription.unsubscribe();
    };
  }, []);

  // The warning shown after Continue, and the answers it was shown for: the same answers again go on.
  const [warned, setWarned] = useState<{ answers: string; messages: string[] } | null>(null);
  const warningRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (warned) warningRef.current?.focus();
  }, [warned]);

  const onSubmit = form.handleSubmit(async (out) => {
    // The checks are loaded by now: the resolver that accepted `out` came from them.
    const loaded = await checks.load();
    // Only a page whose answers can look mistyped and still be right loads the warnings' code.
    const warnings = step.warns ? await warningsAbout(loaded.applyPage(draft.answers, out), pathsOf(step), journey.words) : [];
    const answers = JSON.stringify(out.writes);
    if (warnings.length > 0 && warned?.answers !== answers) {
      setWarned({ answers, messages: warnings.map((w) => w.message) });
      return;
    }
    const next = update((d) => ({
      ...d,
      answers: loaded.applyPage(d.answers, out),
      progress: { answered: [...new Set([...d.progress.answered, stepId])] },
    }));
    typing.current.submitted = true;
    clearTimeout(typing.current.timer);
    forgetTyping(store(), stepId);
    if (returnToCheck) return router.push(checkRowHref(stepId));
    const to = loaded.nextStep(stepId, next);
    router.push(to ? questionHref(to) : CHECK_HREF);
  });

  const t = (text: Parameters<typeof journey.format.t>[0]) => journey.format.t(text, {}, ctx.voice);
  const title = t(words.title);
  const previous = previousStep(stepId, letter, config.steps);
  const own = (ctx.nation && words.nationIntro?.[ctx.nation]) || words.intro || [];
  const intro = [...own, ...(letter?.surgical ? (words.surgicalIntro ?? []) : [])];
  const view: FieldViewContext = { form, ctx, words, pageHeading: step.heading === "field" };
  const order = letter ? stepsFor(letter, config.steps) : [];
  const progress = order.includes(stepId)
    ? journey.format.t(journey.words.journey.progress, {
        section: t(journey.words.journey.sections[step.section]),
        page: journey.format.number(order.indexOf(stepId) + 1),
        total: journey.format.number(order.length),
      })
    : undefined;

  return (
    <QuestionLayout
      title={title}
      showHeading={step.heading === "title"}
      backHref={returnToCheck ? checkRowHref(stepId) : previous ? questionHref(previous) : CHOOSE_HREF}
      errors={errorList(form.formState.errors)}
      submitCount={form.formState.submitCount}
      onSubmit={onSubmit}
      progress={progress}
      warning={
        warned
          ? { heading: journey.words.form.warning.heading, paragraphs: [...warned.messages, journey.words.form.warning.again], ref: warningRef }
          : undefined
      }
      intro={
        intro.length > 0 || words.guide ? (
          <>
            {intro.map((p) => (
              <p className="nhsuk-hint" key={t(p)}>
                {t(p)}
              </p>
            ))}
            {words.guide ? (
              <p>
                <a className="nhsuk-link" href={words.guide.href}>
                  {words.guide.text}
                </a>
              </p>
            ) : null}
          </>
        ) : undefined
      }
    >
      {step.fields.map((field, index) => (
        <FieldView key={field.name} field={field} view={{ ...view, pageHeading: view.pageHeading && index === 0 }} />
      ))}
    </QuestionLayout>
  );
}
