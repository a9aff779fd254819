"use client";

import type { FormEventHandler, ReactNode, Ref } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import type { FieldError } from "./form-errors";
import { SUBMIT_ID } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

/** Anchor for a field in the error summary: dates link to their group, the rest to the input. */
const targetFor = (name: string) => name.replace(/\./g, "-");

export interface QuestionLayoutProps {
  /** The page title (and h1, unless the page's question legend is the h1). */
  title: string;
  /** Show `title` as an h1 above the fields. False when a legend or label is the page heading. */
  showHeading: boolean;
  backHref: string;
  errors: FieldError[];
  submitCount: number;
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** Where the page is in the journey ("Your care: page 7 of 15"), above the heading. */
  progress?: string;
  /** Paragraphs under the heading. */
  intro?: ReactNode;
  /** A warning after Continue (an answer that may be mistyped), above the questions: it takes focus through `ref`. */
  warning?: { heading: string; paragraphs: readonly string[]; ref: Ref<HTMLDivElement> };
  children: ReactNode;
}

/** A question page: Back, the error summary, the heading, the questions, Continue. */
export function QuestionLayout({ title, showHeading, backHref, errors, submitCount, onSubmit, progress, intro, warning, children }: QuestionLayoutProps) {
  const { words } = useJourney();
  usePageTitle(title, errors.length > 0);
  const summaryRef = useFocusOnErrors(submitCount, errors.length);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href={backHref} text={words.form.back} />
        <ErrorSummary ref={summaryRef} title={words.form.errorSummaryTitle} errors={errors.map((e) => ({ target: targetFor(e.name), message: e.message }))} />
        {progress ? (
          <p className="nhsuk-caption-m app-progress" data-testid="progress">
            {progress}
          </p>
        ) : null}
        {showHeading ? <h1>{title}</h1> : null}
        {intro}
        {warning ? (
          // The NHS warning callout, as WarningCallout draws it elsewhere: drawn here so the question
          // pages share no more code with check answers (their first load is within 1 KB of its budget).
          <div className="nhsuk-warning-callout" role="status" data-testid="answer-warning" ref={warning.ref} tabIndex={-1}>
            <h2 className="nhsuk-warning-callout__label">
              <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
              {warning.heading}
            </h2>
            {warning.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </div>
        ) : null}
        <form onSubmit={onSubmit} noValidate>
          {children}
          <button className="nhsuk-button" type="submit" id={SUBMIT_ID}>
            {words.form.continue}
          </button>
        </form>
      </div>
    </div>
  );
}
