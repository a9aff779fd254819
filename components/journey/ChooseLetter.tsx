"use client";

import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { Radios } from "@/components/form/Radios";
import { CHOOSE_LETTER_PAGE as C, savedAtText } from "@/content/journey";
import { COMMON } from "@/content/questions/common";
import { hasAnswers } from "@/lib/draft/format";
import { CHECK_HREF, questionHref } from "@/lib/journey/flow";
import { CHECKS, loadChecks } from "@/lib/journey/load-checks";
import { TEMPLATE_IDS, type TemplateId } from "@/lib/letter/model";
import { CATALOGUE as TEMPLATES, isTemplateId } from "@/templates/catalogue";
import { useDraft } from "./DraftProvider";
import { useFocusOnErrors, usePageTitle } from "./QuestionLayout";
import { useForm, type FormSchema } from "@/components/form/useForm";
import { useLazyModule } from "./useLazyModule";
import { errorFor, errorList } from "./useStepForm";

/** One radio group: no zod needed, so none is loaded for this page. */
const schema: FormSchema<{ letter: TemplateId }> = {
  safeParse(value) {
    const letter = (value as { letter?: unknown } | null)?.letter;
    return isTemplateId(letter)
      ? { success: true, data: { letter } }
      : { success: false, error: { issues: [{ path: ["letter"], message: C.error, code: "custom" }] } };
  },
};

type Mode = "returning" | "confirm" | "choose";

export function ChooseLetter() {
  const { draft, update, deleteAll } = useDraft();
  const router = useRouter();
  const params = useSearchParams();
  // ?letter=… (from the letter page or check answers) means "choose a letter now".
  const asked = params.get("letter");
  const [mode, setMode] = useState<Mode>(() => (hasAnswers(draft) && draft.letter.templateId && asked === null ? "returning" : "choose"));
  const [notice, setNotice] = useState<string | null>(null);

  const preselected = isTemplateId(asked) ? asked : (draft.letter.templateId ?? null);
  const form = useForm({ defaultValues: { letter: preselected }, schema });
  const { errors, submitCount } = form.formState;
  const list = errorList(errors);
  const title = mode === "returning" ? C.returning.title : mode === "confirm" ? C.confirm.title : C.title;
  usePageTitle(title, list.length > 0);
  const summaryRef = useFocusOnErrors(submitCount, list.length);

  // Move focus to the new heading when the page changes mode without a navigation.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstMode = useRef(true);
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
    loadChecks().then(
      ({ firstIncompleteStep }) => {
        const step = firstIncompleteStep(next);
        router.push(step ? questionHref(step) : CHECK_HREF);
      },
      // Without the checks, the first question is always right: it is where every letter starts.
      () => router.push(questionHref("who-is-writing")),
    );
  });

  if (mode === "returning") {
    const templateId = draft.letter.templateId!;
    // Until the checks arrive, "Continue" goes to check answers, which lists what is missing.
    const step = checks ? checks.firstIncompleteStep(draft) : null;
    return (
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink href="/" />
          <h1 ref={headingRef} tabIndex={-1}>
            {C.returning.title}
          </h1>
          <p>{C.returning.savedAt(savedAtText(draft.savedAt))}</p>
          <p>
            {C.returning.writing} <strong>{TEMPLATES[templateId].userTitle}</strong>
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
                const done = deleteAll();
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
        <BackLink href="/" />
        {notice ? (
          <div className="nhsuk-inset-text" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        <ErrorSummary ref={summaryRef} errors={list.map((e) => ({ target: e.name, message: e.message }))} />
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
            value={form.watch("letter")}
            items={TEMPLATE_IDS.map((id) => ({ value: id, label: TEMPLATES[id].userTitle, hint: TEMPLATES[id].description }))}
          />
          <button className="nhsuk-button" type="submit">
            {COMMON.continue}
          </button>
        </form>
      </div>
    </div>
  );
}
