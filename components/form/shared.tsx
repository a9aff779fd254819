"use client";

import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useFormKit } from "./FormWords";

/** What `register(name)` from react-hook-form gives an input: spread it onto the element. */
export type FieldRegistration = UseFormRegisterReturn;

/** Joins the ids of a field's hint and error for aria-describedby (undefined when there are none). */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const list = ids.filter(Boolean);
  return list.length ? list.join(" ") : undefined;
}

export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(" ");
}

export function Hint({ id, children, className }: { id?: string; children: ReactNode; className?: string }) {
  if (children === undefined || children === null || children === "") return null;
  return (
    <div className={cx("nhsuk-hint", className)} id={id}>
      {children}
    </div>
  );
}

/** NHS error message: the visually hidden "Error:" tells screen reader users what it is. */
export function ErrorMessage({ id, children }: { id: string; children?: ReactNode }) {
  const { words } = useFormKit();
  if (!children) return null;
  return (
    <span className="nhsuk-error-message" id={id}>
      <span className="nhsuk-u-visually-hidden">{words.errorPrefix.trim()}</span> {children}
    </span>
  );
}

export type LabelSize = "s" | "m" | "l" | "xl";

/** What every NHS question asked in a fieldset (radios, checkboxes, a date) is given. */
export interface FieldsetQuestionProps {
  /** The field name; the first input's id (or the group's) is this name, for the error summary's link. */
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
}

/** What every NHS question with one input and a label (text input, textarea) is given. */
export interface LabelledQuestionProps {
  id?: string;
  name: string;
  label: ReactNode;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
}

/** The ids a single-input field uses: its input (dots in nested names become dashes), hint and error. */
export function fieldIds(id: string | undefined, name: string, hint: ReactNode, error: string | undefined) {
  const inputId = id ?? name.replace(/\./g, "-");
  return { inputId, hintId: hint ? `${inputId}-hint` : undefined, errorId: error ? `${inputId}-error` : undefined };
}

/** A single-input field's label (in an h1 when it is the page's question), hint and error message. */
export function FieldHead({
  inputId,
  label,
  labelSize,
  isPageHeading,
  hint,
  error,
}: {
  inputId: string;
  label: ReactNode;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
}) {
  const labelEl = (
    <label className={cx("nhsuk-label", labelSize && `nhsuk-label--${labelSize}`)} htmlFor={inputId}>
      {label}
    </label>
  );
  return (
    <>
      {isPageHeading ? <h1 className="nhsuk-label-wrapper">{labelEl}</h1> : labelEl}
      <Hint id={hint ? `${inputId}-hint` : undefined}>{hint}</Hint>
      <ErrorMessage id={`${inputId}-error`}>{error}</ErrorMessage>
    </>
  );
}
