"use client";

import { useWatch } from "react-hook-form";
import { Textarea } from "@/components/form/Textarea";
import type { TextareaField } from "@/lib/journey/kit";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

/** The count watches only its own textarea, so typing re-renders only this question. */
export function TextareaView({ field, view }: FieldViewProps<TextareaField>) {
  const { label, hint, error } = useFieldWords(field, view);
  const text = useWatch({ control: view.form.control, name: field.name });
  return (
    <Textarea
      label={label}
      labelSize={view.pageHeading ? "l" : field.size}
      isPageHeading={view.pageHeading}
      hint={hint}
      rows={field.rows}
      maxLength={field.max}
      countText={typeof text === "string" ? text : ""}
      error={error}
      {...view.register(field.name)}
    />
  );
}
