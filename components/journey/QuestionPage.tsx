"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type FieldErrors, type Resolver, useForm } from "react-hook-form";
import type { PageAnswers } from "@/lib/journey/check-page";
import { knownLetter, stepContext } from "@/lib/journey/context";
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
import { OtherTabAnswers } from "./OtherTabAnswers";
import { QuestionLayout } from "./QuestionLayout";

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
 * moves on: to the next question this letter still needs, or back to check answers.
 */
export function QuestionPage({ stepId, words }: { stepId: StepId; words: StepWords }) {
  const journey = useJourney();
  const { config, checks } = journey;
  const step = config.steps.find((s) => s.id === stepId)!;
  const { draft, update, typingStore } = useDraft();
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

  // What the page starts with: the saved answers, with what this tab typed here over them (before
  // a reload, or before another tab saved and the page was drawn again from its answers).
  const [start] = useState(() => {
    const saved = formValues(step, draft.answers, ctx);
    return { saved, ...withTyping(typingStore(), stepId, saved) };
  });
  // Answers both this tab and another changed, differently: shown as typed here, the other's offered.
  const [behind, setBehind] = useState(start.behind);
  const form = useForm<FormValues, unknown, PageAnswers>({
    defaultValues: start.shown,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });

  // Typing kept at every change, until the page is submitted, in this tab's own store. At once, not
  // a moment later: when another tab saves, this page is drawn again from the new answers straight
  // away, and the new page reads what was typed here as it starts.
  const submitted = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: one subscription for the page's life
  useEffect(() => {
    const subscription = form.watch((values) => {
      if (!submitted.current) keepTyping(typingStore(), stepId, values as FormValues, start.saved);
    });
    return () => subscription.unsubscribe();
  }, []);
  const takeTheirs = () => {
    for (const name of behind) form.setValue(name, start.saved[name], { shouldDirty: true });
    setBehind([]);
  };

  const onSubmit = form.handleSubmit(async (out) => {
    // The checks are loaded by now: the resolver that accepted `out` came from them.
    const loaded = await checks.load();
    const next = update((d) => ({
      ...d,
      answers: loaded.applyPage(d.answers, out),
      progress: { answered: [...new Set([...d.progress.answered, stepId])] },
    }));
    submitted.current = true;
    forgetTyping(typingStore(), stepId);
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
      {behind.length > 0 ? <OtherTabAnswers step={step} fields={behind} answers={draft.answers} ctx={ctx} words={words} onUseTheirs={takeTheirs} /> : null}
      {step.fields.map((field, index) => (
        <FieldView key={field.name} field={field} view={{ ...view, pageHeading: view.pageHeading && index === 0 }} />
      ))}
    </QuestionLayout>
  );
}
