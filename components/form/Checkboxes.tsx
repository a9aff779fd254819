import type { ReactNode } from "react";
import { Fieldset } from "./Fieldset";
import { ChoiceOption, itemId, type ChoiceItem } from "./ChoiceOption";
import { describedBy, cx, ErrorMessage, type FieldRegistration, Hint, type FieldsetQuestionProps } from "./shared";

export interface CheckboxesProps extends FieldsetQuestionProps {
  items: ChoiceItem[];
  registration: FieldRegistration;
  /** The ticked values, so conditional questions show for them. */
  value?: readonly string[] | string | boolean | null;
  small?: boolean;
}

/** NHS checkboxes. The first checkbox's id is the field name, for the error summary's link. */
export function Checkboxes({ name, legend, legendSize, isPageHeading, hint, error, items, registration, value, small }: CheckboxesProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  const ticked = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <Fieldset legend={legend} isPageHeading={isPageHeading} size={legendSize} describedBy={describedBy(hintId, errorId)}>
        <Hint id={hintId}>{hint}</Hint>
        <ErrorMessage id={`${name}-error`}>{error}</ErrorMessage>
        <div className={cx("nhsuk-checkboxes", small && "nhsuk-checkboxes--small", items.some((i) => i.conditional) && "nhsuk-checkboxes--conditional")}>
          {items.map((item, index) => (
            <div key={item.value}>
              <ChoiceOption kind="checkboxes" id={itemId(name, index)} item={item} registration={registration} chosen={ticked.includes(item.value)} />
            </div>
          ))}
        </div>
      </Fieldset>
    </div>
  );
}

/** A single checkbox that means "yes" (such as a consent box), giving a boolean. */
export function SingleCheckbox({
  name,
  label,
  hint,
  error,
  registration,
}: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  registration: FieldRegistration;
}) {
  const hintId = hint ? `${name}-item-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <ErrorMessage id={`${name}-error`}>{error}</ErrorMessage>
      <div className="nhsuk-checkboxes">
        <div className="nhsuk-checkboxes__item">
          <input className="nhsuk-checkboxes__input" id={name} type="checkbox" aria-describedby={describedBy(hintId, errorId)} {...registration} />
          <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={name}>
            {label}
          </label>
          {hint ? (
            <div className="nhsuk-hint nhsuk-checkboxes__hint" id={hintId}>
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
