"use client";

import { useFormKit } from "./FormWords";
import { Fieldset } from "./Fieldset";
import { describedBy, cx, ErrorMessage, type FieldRegistration, Hint, type FieldsetQuestionProps } from "./shared";

type Part = "day" | "month" | "year";

/** The field name's parts are `${name}.day` etc., their ids `${name}-day` etc.; the group's id is the name. */
export interface DateInputProps extends FieldsetQuestionProps {
  /** Which parts to mark as wrong (all when the whole date is wrong). */
  errorParts?: readonly Part[];
  register: (part: Part) => FieldRegistration;
  /** "bday" for a date of birth: bday-day, bday-month, bday-year. */
  autoCompletePrefix?: "bday";
}

/** The NHS date input: three boxes, numeric keyboard on phones, no date picker. */
export function DateInput({ name, legend, legendSize, isPageHeading, hint, error, errorParts, register, autoCompletePrefix }: DateInputProps) {
  const id = name.replace(/\./g, "-");
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const { words } = useFormKit();
  const parts: { part: Part; label: string; width: 2 | 4 }[] = [
    { part: "day", label: words.day, width: 2 },
    { part: "month", label: words.month, width: 2 },
    { part: "year", label: words.year, width: 4 },
  ];
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <Fieldset legend={legend} isPageHeading={isPageHeading} size={legendSize} describedBy={describedBy(hintId, errorId)} role="group">
        <Hint id={hintId}>{hint}</Hint>
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
        <div className="nhsuk-date-input" id={id}>
          {parts.map(({ part, label, width }) => {
            const partId = `${id}-${part}`;
            const wrong = Boolean(error) && (errorParts ?? ["day", "month", "year"]).includes(part);
            return (
              <div className="nhsuk-date-input__item" key={part}>
                <div className="nhsuk-form-group">
                  <label className="nhsuk-label nhsuk-date-input__label" htmlFor={partId}>
                    {label}
                  </label>
                  <input
                    className={cx("nhsuk-input nhsuk-date-input__input", `nhsuk-input--width-${width}`, wrong && "nhsuk-input--error")}
                    id={partId}
                    type="text"
                    inputMode="numeric"
                    autoComplete={autoCompletePrefix ? `${autoCompletePrefix}-${part}` : "off"}
                    {...register(part)}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
