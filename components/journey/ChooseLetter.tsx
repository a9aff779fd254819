"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import { type Resolver, type ResolverResult, useForm, useWatch } from "react-hook-form";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { Radios } from "@/components/form/Radios";
import { hasAnswers } from "@/lib/draft/format";
import { CHECK_HREF, DEVICE_HREF, questionHref } from "@/lib/journey/flow";
import { knownLetter } from "@/lib/journey/context";
import type { LetterId } from "@/templates";
import { type ChooseLetterWords, ConfirmStartAgain, ReturningGreeting } from "./ChooseLetterReturning";
import { useDraft } from "./DraftProvider";
import { goToFirstIncomplete } from "./first-incomplete";
import { errorFor, errorList } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

type Mode = "returning" | "confirm" | "choose";

type Values = { letter: string | null };

/**
 * Reads `?letter=…` (from the letter page or check answers: "choose a letter now"). A static
 * export only knows the URL in the browser, so this reader sits in a Suspense boundary of its own
 * and the rest of the page is in the static HTML, painted before any JavaScript has run.
 */
function AskedLetter({ onRead }: { onRead: (asked: string | null) => void }) {
  const asked = useSearchParams().get("letter");
  useLayoutEffect(() => onRead(asked), [asked, onRead]);
  return null;
}

/**
 * The letter question, or, for someone with answers saved, what to do with them. The question is
 * drawn before the saved draft has been read (a first visit's page is then in the static HTML, so
 * it paints at once instead of after the page's JavaScript); once the draft and the URL are known
 * (before the next paint) a returning user is greeted instead. Until then, a page that has a saved
 * draft keeps the question hidden (`data-saved-draft`, set by the page's first script), so
 * nobody sees the question flash before the greeting.
 */
export function ChooseLetter({ words: page }: { words: ChooseLetterWords }) {
  const { ready, draft, update, deleteAll } = useDraft();
  const { config, letterIds, words, checks: journeyChecks } = useJourney();
  const C = page.chooseLetter;
  const router = useRouter();
  /** undefined until the URL has been read. */
  const [asked, setAsked] = useState<string | null | undefined>(undefined);
  const [mode, setMode] = useState<Mode>("choose");
  const [settled, setSettled] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  // One radio group: no zod needed, so none is loaded for this page.
  const resolver: Resolver<Values, unknown, { letter: LetterId }> = (values): ResolverResult<Values, { letter: LetterId }> => {
    const letter = knownLetter(config, values.letter);
    if (letter) return { values: { letter }, errors: {} };
    return { values: {}, errors: { letter: { type: "custom", message: C.error } } };
  };
  const form = useForm<Values, unknown, { letter: LetterId }>({
    defaultValues: { letter: null },
    resolver,
    mode: "onSubmit",
    reValidateMode: "onSubmit",
    shouldFocusError: false,
  });
  const chosen = useWatch({ control: form.control, name: "letter" });
  const { errors, submitCount } = form.formState;
  const list = errorList(errors);
  const title = mode === "returning" ? C.returning.title : mode === "confirm" ? C.confirm.title : C.title;
  usePageTitle(title, list.length > 0);
  const summaryRef = useFocusOnErrors(submitCount, list.length);

  // Once, when the draft and the URL are both known: greet a returning user, or pick the letter
  // asked for (or the draft's) unless a choice has already been made.
  const firstMode = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once, when the draft and the URL are known; form is stable
  useLayoutEffect(() => {
    if (settled || !ready || asked === undefined) return;
    setSettled(true);
    if (hasAnswers(draft) && draft.letter.templateId && asked === null) {
      firstMode.current = true;
      setMode("returning");
    }
    const preselected = knownLetter(config, asked) ?? knownLetter(config, draft.letter.templateId) ?? null;
    if (preselected !== null && form.getValues("letter") === null) form.reset({ letter: preselected });
  }, [ready, asked, draft, settled]);

  // Move focus to the new heading when the page changes mode without a navigation.
  const headingRef = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time the mode changes, to move focus
  useEffect(() => {
    if (firstMode.current) {
      firstMode.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [mode]);

  // Where to go next depends on which answers are done, which needs the journey's checks.
  const { value: checks } = useLazyModule(journeyChecks);
  const onSubmit = form.handleSubmit(({ letter }) => {
    const next = update((d) => ({ ...d, letter: { ...d.letter, templateId: letter } }));
    goToFirstIncomplete(next, (href) => router.push(href), config.steps[0]!.id, journeyChecks);
  });

  // Kept first in every view, so it is never mounted again when the view changes.
  const urlReader = (
    <Suspense fallback={null}>
      <AskedLetter onRead={setAsked} />
    </Suspense>
  );

  const returningTo = knownLetter(config, draft.letter.templateId);
  if (mode === "returning" && returningTo) {
    // Until the checks arrive, "Continue" goes to check answers, which lists what is missing.
    const step = checks ? checks.firstIncompleteStep(draft) : null;
    return (
      <>
        {urlReader}
        <ReturningGreeting
          words={page}
          savedAt={draft.savedAt}
          templateId={returningTo}
          continueHref={step ? questionHref(step) : CHECK_HREF}
          headingRef={headingRef}
          onStartAgain={() => setMode("confirm")}
          onOther={() => setMode("choose")}
        />
      </>
    );
  }

  if (mode === "confirm") {
    return (
      <>
        {urlReader}
        <ConfirmStartAgain
          words={page.chooseLetter.confirm}
          headingRef={headingRef}
          onYes={() => {
            const done = deleteAll() === "deleted";
            form.reset({ letter: null });
            setNotice(done ? C.started : C.deleteFailed);
            setMode("choose");
          }}
          onNo={() => setMode("returning")}
        />
      </>
    );
  }

  return (
    <>
      {urlReader}
      <div className="nhsuk-grid-row app-choose-letter" data-settled={settled ? "" : undefined}>
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href={DEVICE_HREF} text={words.form.back} />
          {notice ? (
            <div className="nhsuk-inset-text" role="status">
              <p>{notice}</p>
            </div>
          ) : null}
          <ErrorSummary ref={summaryRef} title={words.form.errorSummaryTitle} errors={list.map((e) => ({ target: e.name, message: e.message }))} />
          <form onSubmit={onSubmit} noValidate>
            <Radios
              name="letter"
              legend={
                <span ref={headingRef} tabIndex={-1}>
                  {C.title}
                </span>
              }
              isPageHeading
              hint={C.hint}
              error={errorFor(errors, "letter")}
              registration={form.register("letter")}
              value={chosen}
              items={letterIds.map((id) => ({ value: id, label: page.letterTitles[id].userTitle, hint: page.letterTitles[id].description }))}
            />
            <button className="nhsuk-button" type="submit">
              {words.form.continue}
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
