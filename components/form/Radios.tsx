import type { ReactNode } from "react";
import { ChoiceOption, itemId, type ChoiceItem } from "./ChoiceOption";
import { Fieldset } from "./Fieldset";
import { describedBy, cx, ErrorMessage, type FieldRegistration, Hint, type FieldsetQuestionProps } from "./shared";

export interface RadiosProps extends FieldsetQuestionProps {
  items: ChoiceItem[];
  /** A divider ("or") before the item with this value. */
  dividerBefore?: { value: string; text: string };
  inline?: boolean;
  small?: boolean;
  registration: FieldRegistration;
  /** The chosen value, so conditional questions show for it. */
  value: string | null | undefined;
  /** Content between the legend and the radios, such as explanatory paragraphs. */
  intro?: ReactNode;
}

/** NHS radios, with conditional questions (./ChoiceOption). */
export function Radios({ name, legend, legendSize, isPageHeading, hint, error, items, dividerBefore, inline, small, registration, value, intro }: RadiosProps) {
  const hintId = hint ? `${name}-hint` : undefined;
  const errorId = error ? `${name}-error` : undefined;
  return (
    <div className={cx("nhsuk-form-group", error && "nhsuk-form-group--error")}>
      <Fieldset legend={legend} isPageHeading={isPageHeading} size={legendSize} describedBy={describedBy(hintId, errorId)}>
        {intro}
        <Hint id={hintId}>{hint}</Hint>
        <ErrorMessage id={`${name}-error`}>{error}</ErrorMessage>
        <div
          className={cx(
            "nhsuk-radios",
            inline && "nhsuk-radios--inline",
            small && "nhsuk-radios--small",
            items.some((i) => i.conditional) && "nhsuk-radios--conditional",
          )}
        >
          {items.map((item, index) => (
            <RadioItem key={item.value} divider={dividerBefore?.value === item.value ? dividerBefore.text : undefined}>
              <ChoiceOption kind="radios" id={itemId(name, index)} item={item} registration={registration} chosen={value === item.value} />
            </RadioItem>
          ))}
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
