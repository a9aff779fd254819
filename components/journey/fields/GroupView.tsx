"use client";

import { Fieldset } from "@/components/form/Fieldset";
import { Hint } from "@/components/form/shared";
import type { GroupField } from "@/lib/journey/kit";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

/** Its lines, under a legend of its own when it has one. */
export function GroupView({ field, view, Question }: FieldViewProps<GroupField>) {
  const { label, hint } = useFieldWords(field, view);
  const lines = field.fields.map((line) => <Question key={line.name} field={line} view={{ ...view, pageHeading: false }} />);
  if (!field.fieldset) return <>{lines}</>;
  return (
    <div className="nhsuk-form-group">
      <Fieldset legend={label} size="m" describedBy={hint ? `${field.name}-hint` : undefined}>
        <Hint id={`${field.name}-hint`}>{hint}</Hint>
        {lines}
      </Fieldset>
    </div>
  );
}
