"use client";

import { useWatch } from "react-hook-form";
import { Checkboxes } from "@/components/form/Checkboxes";
import type { CheckboxesField } from "@/lib/journey/kit";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

export function CheckboxesView({ field, view }: FieldViewProps<CheckboxesField>) {
  const { t, label, error, words: w } = useFieldWords(field, view);
  const ticked = useWatch({ control: view.form.control, name: field.name }) as readonly string[] | undefined;
  return (
    <Checkboxes
      name={field.name}
      legend={label}
      legendSize={view.pageHeading ? undefined : field.size}
      isPageHeading={view.pageHeading}
      hint={t(w?.hint)}
      error={error}
      registration={view.register(field.name)}
      value={ticked}
      items={field.options.map((option) => ({ value: option, label: t(w?.options?.[option]?.label) ?? option, hint: t(w?.options?.[option]?.hint) }))}
    />
  );
}
