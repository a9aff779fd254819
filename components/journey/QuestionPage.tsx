"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { type FormEvent, Suspense, useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import { type FieldErrors, type Resolver, useForm } from "react-hook-form";
import { BackLink } from "@/components/form/BackLink";
import type { FieldRegistration } from "@/components/form/shared";
import type { PageAnswers } from "@/lib/journey/check-page";
import { knownLetter, type PageDefinition, stepContext } from "@/lib/journey/context";
import type { AnswerWords } from "@/lib/answers/messages";
import { allFields, pathsOf, revealsOf } from "@/lib/journey/fields";
import { CHOOSE_HREF, CHECK_HREF, checkRowHref, previousStep, questionHref } from "@/lib/journey/flow";
import { forgetTyping, keepTyping, withTyping } from "@/lib/draft/typing";
import { type FormValues, formValues } from "@/lib/journey/form-values";
import type { PageWords, StepWords } from "@/lib/journey/words";
import type { JourneyChecks } from "@/lib/journey/checks";
import type { StepId } from "@/lib/steps";
import type { LetterId } from "@/templates";
import type { Catalogue } from "@/messages/catalogue";
import { ByFacts, type Facts, sayFor, useFacts } from "./ByFacts";
import { useDraft } from "./DraftProvider";
import { errorList, SUBMIT_ID } from "./form-errors";
import { FieldView } from "./FieldView";
import { whenStarted } from "./idle";
import type { FieldViewContext } from "./fields/types";
import { useJourney } from "./JourneyProvider";
import { NoLetter } from "./NoLetter";
import type { OtherTabAnswers as OtherTabAnswersView } from "./OtherTabAnswers";
import { useLazyModule } from "./useLazyModule";
import { lazyModule } from "@/lib/lazy-module";
import { QuestionLayout } from "./QuestionLayout";
import { typedBeforeFilling, withTyped } from "./typed-before";
import { siteHref } from "@/lib/site/languages";

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
 * Reads "Change" from check answers (`?returnTo=check`): a static export knows the URL only in the
 * browser, so this reader has a Suspense boundary of its own, and the page is in the static HTML.
 */
function ReturnToCheck({ onRead }: { onRead(returnToCheck: boolean): void }) {
  const returnToCheck = useSearchParams().get("returnTo") === "check";
  useLayoutEffect(() => onRead(returnToCheck), [returnToCheck, onRead]);
  return null;
}

/** An input's registration before the page has its starting values: nothing is done with what is typed, and nothing typed is overwritten. */
const inert = (name: string): FieldRegistration => ({
  name,
  onChange: async () => undefined,
  onBlur: async () => undefined,
  ref: () => undefined,
});

/** Whether the page's questions show and hide with its answers: until they are filled in, a reload keeps them invisible in their place. */
const movesWithAnswers = (step: PageDefinition) => allFields(step.fields).some((field) => field.hiddenWhen || Object.keys(revealsOf(field)).length > 0);

/**
 * Every question page, drawn from its definition (steps/<id>) and its words, in its static HTML:
 * its heading, hint, questions and buttons are painted before any script has run (issue 21). What
 * differs by the draft is drawn for every case, marked (./ByFacts.tsx), until the draft is read.
 *
 * One react-hook-form `useForm` a page: inputs registered uncontrolled, checked on submit only by
 * the page's zod schema (lib/journey/check-page.ts) through the zod resolver, which loads after the
 * page has shown itself. The error summary takes focus (the NHS pattern), so react-hook-form's own
 * focus on the first error is off. On a valid submit the page's answers go into the draft and the
 * user moves on: to the next question this letter still needs, or back to check answers.
 *
 * The saved answers fill in once the draft has been read: anything typed or chosen before then (the
 * page was there to type into before its script arrived) is kept, and the rest comes from the
 * draft, with anything typed here before a reload over it (lib/draft/typing.ts). Until then the
 * inputs are not registered with the form, so the form cannot overwrite them.
 */
/** Where a page stands in each letter's journey that asks it, its numbers as the page shows them ("3", "14"). */
export type PagePlaces = Partial<Record<LetterId, { page: string; total: string }>>;

export function QuestionPage({
  step,
  words,
  answerWords,
  places,
}: {
  step: PageDefinition<StepId>;
  words: StepWords;
  answerWords: Catalogue["answers"];
  /** Its place in each letter's pages, numbers written by the route (no number formatter as the page starts). */
  places: PagePlaces;
}) {
  const journey = useJourney();
  const { config, checks, letterIds, format } = journey;
  const stepId = step.id;
  const { draft, update, typingStore, ready } = useDraft();
  const facts = useFacts();
  const router = useRouter();
  const [returnToCheck, setReturnToCheck] = useState(false);
  const known = ready ? knownLetter(config, draft.letter.templateId) : undefined;
  const letter = known === undefined ? undefined : config.letters[known];
  // Before the draft is read, as for nobody in particular: what differs by the draft is drawn for every case.
  const ctx = ready ? stepContext(draft.answers, letter, draft.progress.answered) : stepContext({}, undefined);
  const pageWords: PageWords = { meta: journey.words.meta, answers: answerWords, form: journey.words.form, step: words };
  const say = sayFor(facts, letterIds, format, journey.words.answers.identifierTerms);

  // Fetch the checks while the user reads the question, once the page has started: making them
  // (the answers' schemas) is a long task on a slow phone. Continue before then loads them itself;
  // a failure is reported on submit.
  useEffect(() => whenStarted(() => void checks.load().catch(() => undefined)), [checks]);

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

  /** What the page starts with once the draft is read: the saved answers, with anything typed here before a reload over them. */
  const startingValues = () => {
    const saved = formValues(step, draft.answers, ctx);
    // What this tab typed here goes over them (before a reload, or before another tab saved and the page was drawn again).
    return { saved, ...withTyping(typingStore(), stepId, saved) };
  };
  const blank = useMemo(() => formValues(step, {}, stepContext({}, undefined)), [step]);
  // The saved answers the page started from, once it has (a page opened after the draft was read
  // starts from them: one the client drew, a link followed or drawn again for another tab's answers,
  // whose inputs are new and register as they are made, so nothing was typed into them first; a
  // page in its static HTML always starts before the draft is read, as DraftProvider does).
  const filled = useRef<FormValues | null>(null);
  const [first] = useState(() => (ready ? startingValues() : null));
  // Answers both this tab and another changed, differently: shown as typed here, the other's offered.
  const [behind, setBehind] = useState<string[]>(first?.behind ?? []);
  if (first && filled.current === null) filled.current = first.saved;
  const form = useForm<FormValues, unknown, PageAnswers>({
    defaultValues: first ? first.shown : blank,
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const formRef = useRef<HTMLFormElement>(null);
  // The draft has just been read: the page takes its starting values before its inputs are
  // registered (in this render, so they register with them), keeping what was typed meanwhile.
  // What was typed goes into them as values. Left out, the form would read it from the inputs as
  // they register, but tell no one: what watches an answer (useWatch: a choice's reveal) hears
  // only the changes the form announces, and this reset announced it blank. Setting it afterwards
  // to what the form read is no change, so announces nothing either (react-hook-form#6034): a Yes
  // chosen before the script ran stayed checked and opened nothing.
  if (ready && filled.current === null) {
    const { saved, shown, behind: late } = startingValues();
    form.reset(withTyped(shown, typedBeforeFilling(formRef.current, blank)));
    filled.current = saved;
    if (late.length > 0) setBehind(late);
  }

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
      // Only once the page has its starting values: before, the inputs hold what the static HTML had.
      if (waiting && !state.submitted && filled.current) keepTyping(typingStore(), stepId, form.getValues(), filled.current);
      waiting = false;
    };
    const subscription = form.watch(() => {
      clearTimeout(state.timer);
      waiting = true;
      // Kept at once, not a moment later: when another tab saves, this page is drawn again from the
      // new answers straight away, and the new page reads what was typed here as it starts, before
      // this one's clean-up runs (issue 23, row 1). The tab's own store, so this is cheap.
      keep();
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

  const handleSubmit = form.handleSubmit(async (out) => {
    // The checks are loaded by now: the resolver that accepted `out` came from them.
    const loaded = await checks.load();
    // Only a page whose answers can look mistyped and still be right loads the warnings' code.
    const warnings = step.warns
      ? await warningsAbout(loaded.applyPage(draft.answers, out), pathsOf(step), { meta: journey.words.meta, answers: answerWords })
      : [];
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
    forgetTyping(typingStore(), stepId);
    if (returnToCheck) return router.push(checkRowHref(stepId));
    const to = loaded.nextStep(stepId, next);
    router.push(to ? questionHref(to) : CHECK_HREF);
  });
  // Before the draft is read there is nothing to check the answers against: Continue waits for it.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => (filled.current ? handleSubmit(event) : event.preventDefault());

  const letterOf = (f: Facts) => (f.letter === "none" ? undefined : config.letters[f.letter]);
  const backOf = (f: Facts) => {
    if (returnToCheck) return checkRowHref(stepId);
    const previous = previousStep(stepId, letterOf(f), config.steps);
    return previous ? questionHref(previous) : CHOOSE_HREF;
  };
  const progressOf = (f: Facts) => {
    const place = f.letter === "none" ? undefined : places[f.letter];
    if (!place) return "";
    return format.t(journey.words.journey.progress, { section: format.t(journey.words.journey.sections[step.section], {}, f.voice), ...place });
  };
  const introOf = (f: Facts) => [
    ...((f.nation !== "none" && words.nationIntro?.[f.nation]) || words.intro || []),
    ...(letterOf(f)?.surgical ? (words.surgicalIntro ?? []) : []),
  ];
  const view: FieldViewContext = {
    form,
    register: filled.current ? (name) => form.register(name) : inert,
    ctx,
    words,
    say,
    pageHeading: step.heading === "field",
  };

  const page = (
    <QuestionLayout
      title={facts ? format.t(words.title, {}, facts.voice) : null}
      heading={step.heading === "title" ? say(words.title) : null}
      back={
        <ByFacts facts={["letter"]} letters={letterIds} keyOf={backOf}>
          {(f, marks) => <BackLink href={backOf(f)} text={journey.words.form.back} {...marks} />}
        </ByFacts>
      }
      errors={errorList(form.formState.errors)}
      submitCount={form.formState.submitCount}
      onSubmit={onSubmit}
      warning={
        warned
          ? { heading: journey.words.form.warning.heading, paragraphs: [...warned.messages, journey.words.form.warning.again], ref: warningRef }
          : undefined
      }
      formRef={formRef}
      filled={filled.current !== null}
      fillsIn={movesWithAnswers(step)}
      progress={
        <ByFacts facts={["letter", "voice"]} letters={letterIds} keyOf={progressOf}>
          {(f, marks) =>
            progressOf(f) ? (
              <p className="nhsuk-caption-m app-progress" data-testid="progress" {...marks}>
                {progressOf(f)}
              </p>
            ) : null
          }
        </ByFacts>
      }
      intro={
        <>
          <ByFacts facts={["letter", "voice", "nation"]} letters={letterIds} keyOf={(f) => JSON.stringify(introOf(f).map((p) => format.t(p, {}, f.voice)))}>
            {(f, marks) =>
              introOf(f).length > 0 ? (
                <div {...marks}>
                  {introOf(f).map((p, i) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: a page's fixed paragraphs, in their order
                    <p className="nhsuk-hint" key={i}>
                      {format.t(p, {}, f.voice)}
                    </p>
                  ))}
                </div>
              ) : null
            }
          </ByFacts>
          {words.guide ? (
            <p>
              <a className="nhsuk-link" href={siteHref(words.guide.href)}>
                {words.guide.text}
              </a>
            </p>
          ) : null}
        </>
      }
    >
      {behind.length > 0 ? (
        <LazyOtherTabAnswers
          step={step}
          fields={behind}
          answers={draft.answers}
          ctx={ctx}
          words={words}
          onUseTheirs={() => {
            for (const name of behind) form.setValue(name, filled.current?.[name], { shouldDirty: true });
            setBehind([]);
          }}
        />
      ) : null}
      {step.fields.map((field, index) => (
        <FieldView key={field.name} field={field} view={{ ...view, pageHeading: view.pageHeading && index === 0 }} />
      ))}
    </QuestionLayout>
  );

  return (
    <>
      <Suspense fallback={null}>
        <ReturnToCheck onRead={setReturnToCheck} />
      </Suspense>
      <ByFacts facts={["letter"]} letters={letterIds} keyOf={(f) => (f.letter === "none" ? "none" : "page")}>
        {(f, marks) => (f.letter === "none" ? <NoLetter marks={marks} /> : <div {...marks}>{page}</div>)}
      </ByFacts>
    </>
  );
}

// Another tab's different answers to this page are rare: the notice's code (and the summary rows
// it shows them with) is fetched only then, not with every question page.
const OTHER_TAB = lazyModule(() => import("./OtherTabAnswers"));

function LazyOtherTabAnswers(props: Parameters<typeof OtherTabAnswersView>[0]) {
  const { value } = useLazyModule(OTHER_TAB);
  return value ? <value.OtherTabAnswers {...props} /> : null;
}
