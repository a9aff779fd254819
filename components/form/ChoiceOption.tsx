import type { ReactNode } from "react";
import { cx, type FieldRegistration } from "./shared";

export interface ChoiceItem {
  value: string;
  label: ReactNode;
  hint?: ReactNode;
  /** Questions shown only when this item is chosen (NHS "conditional reveal"). */
  conditional?: ReactNode;
}

/** The id of a group's nth input: the first is the field name, so the error summary can link to it. */
export const itemId = (name: string, index: number) => (index === 0 ? name : `${name}-${index + 1}`);

/**
 * One NHS radio or checkbox with its label, hint and conditional questions. Conditional questions
 * are shown and hidden by React rather than nhsuk-frontend's script, with the same classes and
 * attributes; its CSS hides them only under `body.nhsuk-frontend-supported`, which the root
 * layout's first script sets, as nhsuk-frontend's own page template does.
 */
export function ChoiceOption({
  kind,
  id,
  item,
  registration,
  chosen,
}: {
  kind: "radios" | "checkboxes";
  id: string;
  item: ChoiceItem;
  registration: FieldRegistration;
  /** Whether the item is chosen, so its conditional questions show. */
  chosen: boolean;
}) {
  const itemHintId = item.hint ? `${id}-item-hint` : undefined;
  const conditionalId = item.conditional ? `conditional-${id}` : undefined;
  return (
    <>
      <div className={`nhsuk-${kind}__item`}>
        <input
          className={`nhsuk-${kind}__input`}
          id={id}
          type={kind === "radios" ? "radio" : "checkbox"}
          value={item.value}
          aria-describedby={itemHintId}
          aria-controls={conditionalId}
          {...registration}
        />
        <label className={`nhsuk-label nhsuk-${kind}__label`} htmlFor={id}>
          {item.label}
        </label>
        {item.hint ? (
          <div className={`nhsuk-hint nhsuk-${kind}__hint`} id={itemHintId}>
            {item.hint}
          </div>
        ) : null}
      </div>
      {item.conditional ? (
        <div className={cx(`nhsuk-${kind}__conditional`, !chosen && `nhsuk-${kind}__conditional--hidden`)} id={conditionalId}>
          {item.conditional}
        </div>
      ) : null}
    </>
  );
}
