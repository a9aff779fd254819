"use client";

import { useEffect, useState, type Ref, type TextareaHTMLAttributes } from "react";
import { useFormKit } from "./FormWords";
import { describedBy, cx, FieldHead, fieldIds, type LabelledQuestionProps } from "./shared";

export interface TextareaProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name" | "maxLength">, LabelledQuestionProps {
  /** Shows a character count against this limit. Typing past it is allowed and reported, as in the NHS pattern. */
  maxLength?: number;
  /** The current text, for the count, when the textarea is not controlled through `value` (react-hook-form's `register`). */
  countText?: string;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * An NHS textarea, with the character count pattern when `maxLength` is given: a visible count
 * that updates as you type and a screen-reader status that updates when typing pauses.
 */
export function Textarea({ id, name, label, labelSize, isPageHeading, hint, error, maxLength, countText, rows = 5, className, ref, ...rest }: TextareaProps) {
  const { inputId, hintId, errorId } = fieldIds(id, name, hint, error);
  const infoId = maxLength ? `${inputId}-info` : undefined;
  const length = (countText ?? (typeof rest.value === "string" ? rest.value : "")).length;
  const remaining = maxLength !== undefined ? maxLength - length : 0;
  const { words, format } = useFormKit();
  const message = remaining >= 0 ? format.plural(words.charactersRemaining, remaining) : format.plural(words.charactersTooMany, -remaining);
  const [status, setStatus] = useState(message);
  useEffect(() => {
    const timer = setTimeout(() => setStatus(message), 1000);
    return () => clearTimeout(timer);
  }, [message]);

  const field = (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <FieldHead inputId={inputId} label={label} labelSize={labelSize} isPageHeading={isPageHeading} hint={hint} error={error} />
      <textarea
        ref={ref}
        className={cx("nhsuk-textarea", (error || remaining < 0) && "nhsuk-textarea--error", className)}
        id={inputId}
        name={name}
        rows={rows}
        aria-describedby={describedBy(hintId, errorId, infoId)}
        {...rest}
      />
    </div>
  );
  if (!maxLength) return field;
  return (
    // data-nhsuk-character-count-init: nhsuk-frontend shows the count only once it is set up.
    <div className="nhsuk-character-count" data-nhsuk-character-count-init="">
      {field}
      {/* Static description for screen readers, as in nhsuk-frontend's character count. */}
      <div className="nhsuk-hint nhsuk-u-visually-hidden" id={infoId}>
        {format.plural(words.charactersLimit, maxLength)}
      </div>
      <div className={cx("nhsuk-character-count__status", remaining < 0 ? "nhsuk-error-message" : "nhsuk-hint")} aria-hidden="true">
        {message}
      </div>
      <div className="nhsuk-u-visually-hidden" aria-live="polite">
        {status}
      </div>
    </div>
  );
}
