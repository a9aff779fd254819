import type { InputHTMLAttributes, Ref } from "react";
import { describedBy, cx, FieldHead, fieldIds, type LabelledQuestionProps } from "./shared";

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "size">, LabelledQuestionProps {
  /** nhsuk-input--width-N: the width tells users how long an answer is expected. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  ref?: Ref<HTMLInputElement>;
}

/** An NHS text input with its label, hint and error message. */
export function TextInput({ id, name, label, labelSize, isPageHeading, hint, error, width, className, type = "text", ref, ...rest }: TextInputProps) {
  const { inputId, hintId, errorId } = fieldIds(id, name, hint, error);
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <FieldHead inputId={inputId} label={label} labelSize={labelSize} isPageHeading={isPageHeading} hint={hint} error={error} />
      <input
        ref={ref}
        className={cx("nhsuk-input", width && `nhsuk-input--width-${width}`, error && "nhsuk-input--error", className)}
        id={inputId}
        name={name}
        type={type}
        aria-describedby={describedBy(hintId, errorId)}
        {...rest}
      />
    </div>
  );
}
