"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { type Resolver, type ResolverResult, useForm, useWatch } from "react-hook-form";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { Radios } from "@/components/form/Radios";
import { hasAnswers } from "@/lib/draft/format";
import { CHECK_HREF, questionHref } from "@/lib/journey/flow";
import { CHECKS } from "@/lib/journey/load-checks";
import { isLetterId, LETTER_IDS, type LetterId } from "@/letters";
import { useDraft } from "./DraftProvider";
import { goToFirstIncomplete } from "./first-incomplete";
import { errorFor, errorList } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

type Mode = "returning" | "confirm" | "choose";
type Values = { letter: string | null };

export function ChooseLetter() {
  const { draft, update, deleteAll } = useDraft();
  const { config, words, format } = useJourney();
  const C = words.journey.chooseLetter;
  const router = useRouter();
  const params = useSearchParams();
  // ?letter=… (from the letter page or check answers) means "choose a letter now".
  const asked = params.get("letter");
  const [mode, setMode] = useState<Mode>(() => (hasAnswers(draft) && draft.letter.templateId && asked === null ? "returning" : "choose"));
  const [notice, setNotice] = useState<string | null>(null);

  // One radio group: no zod needed, so none is loaded for this page.
  const resolver: Resolver<Values, unknown, { letter: LetterId }> = (values): ResolverResult<Values, { letter: LetterId }> => {
    if (isLetterId(values.letter)) return { values: { letter: values.letter }, errors: {} };
    return { values: {}, errors: { letter: { type: "custom", message: C.error } } };
  };
  const preselected = isLetterId(asked) ? asked : (draft.letter.templateId ?? null);
  const form = useForm<Values, unknown, { letter: LetterId }>({
    defaultValues: { letter: preselected },
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

  // Move focus to the new heading when the page changes mode without a navigation.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstMode = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time the mode changes, to move focus
  useEffect(() => {
    if (firstMode.current) {
      firstMode.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [mode]);

  // Where to go next depends on which answers are done, which needs the journey's checks.
  const { value: checks } = useLazyModule(CHECKS);
  const onSubmit = form.handleSubmit(({ letter }) => {
    const next = update((d) => ({ ...d, letter: { ...d.letter, templateId: letter } }));
    goToFirstIncomplete(next, (href) => router.push(href), config.steps[0]!.id);
  });

  if (mode === "returning" && draft.letter.templateId) {
    const templateId = draft.letter.templateId;
    // Until the checks arrive, "Continue" goes to check answers, which lists what is missing.
    const step = checks ? checks.firstIncompleteStep(draft) : null;
    const saved = new Date(draft.savedAt);
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href="/" text={words.form.back} />
          <h1 ref={headingRef} tabIndex={-1}>
            {C.returning.title}
          </h1>
          <p>{format.t(C.returning.savedAt, { when: Number.isNaN(saved.getTime()) ? C.returning.earlierVisit : format.dateTime(saved) })}</p>
          <p>
            {C.returning.writing} <strong>{words.letterTitles[templateId].userTitle}</strong>
          </p>
          <div className="nhsuk-button-group">
            <Link className="nhsuk-button" href={step ? questionHref(step) : CHECK_HREF}>
              {C.returning.continue}
            </Link>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setMode("confirm")}>
              {C.returning.startAgain}
            </button>
          </div>
          <p>
            {/* biome-ignore lint/a11y/useValidAnchor: a link to the letter question, which this page then shows in place */}
            <a
              href="#letter"
              onClick={(event) => {
                event.preventDefault();
                setMode("choose");
              }}
            >
              {C.returning.other}
            </a>
          </p>
        </div>
      </div>
    );
  }

  if (mode === "confirm") {
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <h1 ref={headingRef} tabIndex={-1}>
            {C.confirm.title}
          </h1>
          <p>{C.confirm.body}</p>
          <div className="nhsuk-button-group">
            <button
              type="button"
              className="nhsuk-button nhsuk-button--warning"
              onClick={() => {
                const done = deleteAll() === "deleted";
                form.reset({ letter: null });
                setNotice(done ? C.started : C.deleteFailed);
                setMode("choose");
              }}
            >
              {C.confirm.yes}
            </button>
            <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={() => setMode("returning")}>
              {C.confirm.no}
            </button>
          </div>
        </div>
      </div>
    );
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/" text={words.form.back} />
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
            items={LETTER_IDS.map((id) => ({ value: id, label: words.letterTitles[id].userTitle, hint: words.letterTitles[id].description }))}
          />
          <button className="nhsuk-button" type="submit">
            {words.form.continue}
          </button>
        </form>
      </div>
    </div>
  );
}
