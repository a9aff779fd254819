"use client";

import { SingleCheckbox } from "@/components/form/Checkboxes";
import type { TickField } from "@/lib/journey/kit";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

export function TickView({ field, view }: FieldViewProps<TickField>) {
  const { label, hint, error } = useFieldWords(field, view);
  return <SingleCheckbox name={field.name} label={label} hint={hint} error={error} registration={view.register(field.name)} />;
}
