import type { InputHTMLAttributes, ReactNode, Ref } from "react";
import { describedBy, cx, ErrorMessage, Hint, type LabelSize } from "./shared";

export interface TextInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name" | "size"> {
  id?: string;
  name: string;
  label: ReactNode;
  labelSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  /** nhsuk-input--width-N: the width tells users how long an answer is expected. */
  width?: 2 | 3 | 4 | 5 | 10 | 20 | 30;
  ref?: Ref<HTMLInputElement>;
}

/** An NHS text input with its label, hint and error message. */
export function TextInput({ id, name, label, labelSize, isPageHeading, hint, error, width, className, type = "text", ref, ...rest }: TextInputProps) {
  const inputId = id ?? name.replace(/\./g, "-");
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  const labelEl = (
    <label className={cx("nhsuk-label", labelSize && `nhsuk-label--${labelSize}`)} htmlFor={inputId}>
      {label}
    </label>
  );
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      {isPageHeading ? <h1 className="nhsuk-label-wrapper">{labelEl}</h1> : labelEl}
      <Hint id={hintId}>{hint}</Hint>
      <ErrorMessage id={`${inputId}-error`}>{error}</ErrorMessage>
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
