"use client";

import type { FormEventHandler, ReactNode, Ref } from "react";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import type { FieldError } from "./form-errors";
import { SUBMIT_ID } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

/** Anchor for a field in the error summary: dates link to their group, the rest to the input. */
const targetFor = (name: string) => name.replace(/\./g, "-");

export interface QuestionLayoutProps {
  /** The tab's title, once the page knows who is writing (the static HTML's is the patient's). */
  title: string | null;
  /** The page's h1, or null when the page's question legend or label is its heading. */
  heading: ReactNode;
  /** Back (a link for each case, until the draft is read). */
  back: ReactNode;
  errors: FieldError[];
  submitCount: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formRef: Ref<HTMLFormElement>;
  /** The form has its starting values (data-filled, for tests and benches waiting for them). */
  filled: boolean;
  /** Its questions show and hide with its answers: kept invisible on a reload until they are filled in (journey.css). */
  fillsIn: boolean;
  /** Where the page is in the journey ("Your care: page 7 of 15"), above the heading. */
  progress?: ReactNode;
  /** Paragraphs under the heading. */
  intro?: ReactNode;
  children: ReactNode;
}

/**
 * A question page: Back, the error summary, the heading, the questions, Continue. The form
 * submits nothing by itself (`method="dialog"` outside a dialog does nothing): before the page's
 * script has run, Continue must not send what was typed to the server in the address.
 */
export function QuestionLayout({
  title,
  heading,
  back,
  errors,
  submitCount,
  onSubmit,
  formRef,
  filled,
  fillsIn,
  progress,
  intro,
  children,
}: QuestionLayoutProps) {
  const { words } = useJourney();
  usePageTitle(title, errors.length > 0);
  const summaryRef = useFocusOnErrors(submitCount, errors.length);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {back}
        <ErrorSummary ref={summaryRef} title={words.form.errorSummaryTitle} errors={errors.map((e) => ({ target: targetFor(e.name), message: e.message }))} />
        {progress}
        {heading ? <h1>{heading}</h1> : null}
        {intro}
        <form
          ref={formRef}
          onSubmit={onSubmit}
          method="dialog"
          noValidate
          className={fillsIn ? "app-fills-in" : undefined}
          data-filled={filled ? "" : undefined}
        >
          {children}
          <button className="nhsuk-button" type="submit" id={SUBMIT_ID}>
            {words.form.continue}
          </button>
        </form>
      </div>
    </div>
  );
}
