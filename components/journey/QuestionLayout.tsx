"use client";

import { useEffect, useRef, type FormEventHandler, type ReactNode } from "react";
import { SUBMIT_ID, type FieldErrors } from "@/components/form/useForm";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { COMMON } from "@/content/questions/common";
import { SERVICE_NAME } from "@/content/site";
import { CHECK_HREF, CHOOSE_HREF, previousStep, questionHref } from "@/lib/journey/flow";
import type { StepId } from "@/lib/journey/step-ids";
import { useDraft } from "./DraftProvider";
import { errorList, useReturnToCheck } from "./useStepForm";

/** Sets the tab title, with "Error: " in front while the page shows errors (NHS pattern). */
export function usePageTitle(title: string, hasErrors: boolean): void {
  useEffect(() => {
    document.title = `${hasErrors ? COMMON.errorPrefix : ""}${title} – ${SERVICE_NAME}`;
  }, [title, hasErrors]);
}

/**
 * Focuses the error summary after each failed submit, so keyboard and screen reader users land on
 * the list of problems.
 */
export function useFocusOnErrors(submitCount: number, errorCount: number) {
  const ref = useRef<HTMLDivElement>(null);
  const focused = useRef(0);
  useEffect(() => {
    if (errorCount > 0 && submitCount > focused.current) {
      focused.current = submitCount;
      ref.current?.focus();
    }
  }, [submitCount, errorCount]);
  return ref;
}

/** Anchor for a field in the error summary: dates link to their group, the rest to the input. */
function targetFor(name: string): string {
  return name.replace(/\./g, "-");
}

export interface QuestionLayoutProps {
  stepId: StepId;
  /** The page title (and h1, unless the page's question legend is the h1). */
  title: string;
  /** Show `title` as an h1 above the fields. False when a legend or label is the page heading. */
  showHeading?: boolean;
  errors: FieldErrors;
  submitCount: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Paragraphs under the heading. */
  intro?: ReactNode;
  children: ReactNode;
}

export function QuestionLayout({ stepId, title, showHeading = true, errors, submitCount, onSubmit, intro, children }: QuestionLayoutProps) {
  const { draft } = useDraft();
  const list = errorList(errors);
  usePageTitle(title, list.length > 0);
  const summaryRef = useFocusOnErrors(submitCount, list.length);
  const returnToCheck = useReturnToCheck();
  const previous = previousStep(stepId, draft.letter.templateId);
  const backHref = returnToCheck ? CHECK_HREF : previous ? questionHref(previous) : CHOOSE_HREF;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={backHref} />
        <ErrorSummary ref={summaryRef} errors={list.map((e) => ({ target: targetFor(e.name), message: e.message }))} />
        {showHeading ? <h1>{title}</h1> : null}
        {intro}
        <form onSubmit={onSubmit} noValidate>
          {children}
          <button className="nhsuk-button" type="submit" id={SUBMIT_ID}>
            {COMMON.continue}
          </button>
        </form>
      </div>
    </div>
  );
}
