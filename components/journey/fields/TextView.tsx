"use client";

import type { ReactNode } from "react";
import { useWatch } from "react-hook-form";
import { TextInput } from "@/components/form/TextInput";
import type { TextField } from "@/lib/journey/kit";
import { usualGreeting } from "@/lib/letter/greeting";
import type { FieldViewContext, FieldViewProps } from "./types";
import { useAutoComplete, useFieldWords } from "./useFieldWords";

export function TextView({ field, view }: FieldViewProps<TextField>) {
  const { label, hint, error } = useFieldWords(field, view);
  const autoComplete = useAutoComplete(field, view);
  if (field.greetingFrom) return <GreetingInput field={field} view={view} label={label} hint={hint} error={error} />;
  return (
    <TextInput
      label={label}
      labelSize={view.pageHeading ? "l" : field.size}
      isPageHeading={view.pageHeading}
      hint={hint}
      type={field.type}
      width={field.width}
      inputMode={field.inputMode}
      autoComplete={autoComplete}
      spellCheck={field.spellCheck}
      error={error}
      {...view.register(field.name)}
    />
  );
}

/**
 * A greeting the letter works out from a name on the same page ("Dr Anita Shah" → "Dr Shah"),
 * shown in the hint as the name is typed: left blank, the letter uses it.
 */
function GreetingInput({ field, view, label, hint, error }: { field: TextField; view: FieldViewContext; label: ReactNode; hint?: ReactNode; error?: string }) {
  const { format, answers, words } = useFieldWords(field, view);
  const name = useWatch({ control: view.form.control, name: field.greetingFrom ?? "" });
  const usual = typeof name === "string" && name.trim() ? usualGreeting(name, answers.greeting, (m, p) => format.t(m, p)) : "";
  return (
    <TextInput
      label={label}
      hint={usual && words?.suggestion ? format.t(words.suggestion, { greeting: usual }, view.ctx.voice) : hint}
      spellCheck={field.spellCheck}
      autoComplete="off"
      error={error}
      {...view.register(field.name)}
    />
  );
}
