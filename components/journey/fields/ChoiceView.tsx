"use client";

import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import type { ChoiceItem } from "@/components/form/ChoiceOption";
import { Radios } from "@/components/form/Radios";
import { blankOf, childrenOf, hasInput, optionsOf, revealsOf } from "@/lib/journey/fields";
import type { PresenceField, RadiosField } from "@/lib/journey/kit";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

/** Radios, and "Yes, and tell us more" questions: the chosen option shows the questions it reveals. */
export function ChoiceView({ field, view, Question }: FieldViewProps<RadiosField | PresenceField>) {
  const { t, label, error, words: w } = useFieldWords(field, view);
  const { setValue, control } = view.form;
  const chosen = useWatch({ control, name: field.name }) as string | null | undefined;
  const reveals = revealsOf(field);

  // Questions revealed by a choice the user has undone keep no answer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reveals comes from the field, which never changes for a page
  useEffect(() => {
    for (const [option, fields] of Object.entries(reveals)) {
      if (option === chosen) continue;
      for (const hidden of fields.flatMap((f) => [f, ...childrenOf(f)])) if (hasInput(hidden)) setValue(hidden.name, blankOf(hidden));
    }
  }, [chosen, setValue]);

  const items: ChoiceItem[] = optionsOf(field).map((option) => {
    const o = w?.options?.[option];
    const revealed = reveals[option];
    return {
      value: option,
      label: t(o?.label) ?? option,
      hint: t(o?.hint),
      conditional: revealed?.length ? revealed.map((child) => <Question key={child.name} field={child} view={{ ...view, pageHeading: false }} />) : undefined,
    };
  });
  return (
    <Radios
      name={field.name}
      legend={label}
      legendSize={view.pageHeading ? undefined : field.size}
      isPageHeading={view.pageHeading}
      intro={w?.intro?.map((p, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a question's fixed paragraphs, in their order
        <p key={i}>{t(p)}</p>
      ))}
      hint={t(w?.hint)}
      error={error}
      registration={view.register(field.name)}
      value={chosen}
      items={items}
    />
  );
}
