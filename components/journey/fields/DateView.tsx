"use client";

import { useWatch } from "react-hook-form";
import { DateInput } from "@/components/form/DateInput";
import { datePartsInError } from "@/lib/journey/field-kinds/date";
import type { DateField } from "@/lib/journey/kit";
import { ReplyByHint } from "../ReplyByHint";
import type { FieldViewProps } from "./types";
import { useAutoComplete, useFieldWords } from "./useFieldWords";

export function DateView({ field, view }: FieldViewProps<DateField>) {
  const { label, hint, error, format, words } = useFieldWords(field, view);
  const autoComplete = useAutoComplete(field, view);
  const parts = useWatch({ control: view.form.control, name: field.name });
  const replyDefault = field.replyDefault ? words?.replyDefault : undefined;
  return (
    <DateInput
      name={field.name}
      legend={label}
      legendSize={view.pageHeading ? undefined : field.size}
      isPageHeading={view.pageHeading}
      hint={replyDefault ? <ReplyByHint hint={hint} words={replyDefault} nation={view.ctx.nation} format={format} voice={view.ctx.voice} /> : hint}
      error={error}
      errorParts={datePartsInError(parts)}
      register={(part) => view.register(`${field.name}.${part}`)}
      autoCompletePrefix={field.autoComplete && autoComplete !== "off" ? field.autoComplete : undefined}
    />
  );
}
