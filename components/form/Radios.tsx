import type { ReactNode } from "react";
import type { FieldRegistration as UseFormRegisterReturn } from "./useForm";
import { Fieldset } from "./Fieldset";
import { describedBy, cx, ErrorMessage, Hint, type LabelSize } from "./shared";

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Questions shown only when this item is chosen (NHS "conditional reveal"). */
  conditional?: ReactNode;
}

export interface RadiosProps {
  /** The field name; the first radio's id is this name, so the error summary can link to it. */
  name: string;
  legend: ReactNode;
  legendSize?: LabelSize;
  isPageHeading?: boolean;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  /** A divider ("or") before the item with this value. */
  dividerBefore?: { value: string; text: string };
  inline?: boolean;
  small?: boolean;
  registration: UseFormRegisterReturn;
  /** The chosen value, so conditional questions show for it. */
  value: string | null | undefined;
  /** Content between the legend and the radios, such as explanatory paragraphs. */
  intro?: ReactNode;
}

export const itemId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

/**
 * NHS radios. Conditional questions are shown and hidden by React rather than nhsuk-frontend's
 * script (we load none), using the same classes.
 */
export function Radios({ name, legend, legendSize, isPageHeading, hint, error, items, dividerBefore, inline, small, registration, value, intro }: RadiosProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <Fieldset legend={legend} isPageHeading={isPageHeading} size={legendSize} describedBy={describedBy(hintId, errorId)}>
        {intro}
        <Hint id={hintId}>{hint}</Hint>
        <ErrorMessage id={`${name}-error`}>{error}</ErrorMessage>
        <div className={cx("nhsuk-radios", inline && "nhsuk-radios--inline", small && "nhsuk-radios--small", items.some((i) => i.conditional) && "nhsuk-radios--conditional")}>
          {items.map((item, index) => {
            const id = itemId(name, index);
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            const conditionalId = item.conditional ? `conditional-${id}` : undefined;
            const checked = value === item.value;
            return (
              <RadioItem key={item.value} divider={dividerBefore?.value === item.value ? dividerBefore.text : undefined}>
                <div className="nhsuk-radios__item">
                  <input
                    className="nhsuk-radios__input"
                    id={id}
                    type="radio"
                    value={item.value}
                    aria-describedby={itemHintId}
                    aria-controls={conditionalId}
                    {...registration}
                  />
                  <label className="nhsuk-label nhsuk-radios__label" htmlFor={id}>
                    {item.label}
                  </label>
                  {item.hint ? (
                    <div className="nhsuk-hint nhsuk-radios__hint" id={itemHintId}>
                      {item.hint}
                    </div>
                  ) : null}
                </div>
                {item.conditional ? (
                  <div className={cx("nhsuk-radios__conditional", !checked && "nhsuk-radios__conditional--hidden")} id={conditionalId}>
                    {item.conditional}
                  </div>
                ) : null}
              </RadioItem>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}

function RadioItem({ divider, children }: { divider?: string; children: ReactNode }) {
  return (
    <>
      {divider ? <div className="nhsuk-radios__divider">{divider}</div> : null}
      {children}
    </>
  );
}
