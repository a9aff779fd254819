"use client";

import { useEffect } from "react";
import { type UseFormReturn, useWatch } from "react-hook-form";
import { Checkboxes, SingleCheckbox } from "@/components/form/Checkboxes";
import type { ChoiceItem } from "@/components/form/ChoiceOption";
import { DateInput } from "@/components/form/DateInput";
import { Fieldset } from "@/components/form/Fieldset";
import { Radios } from "@/components/form/Radios";
import { Hint } from "@/components/form/shared";
import { Textarea } from "@/components/form/Textarea";
import { TextInput } from "@/components/form/TextInput";
import type { PageAnswers } from "@/lib/journey/check-page";
import type { StepContext } from "@/lib/journey/context";
import { childrenOf, hiddenBy, isAsked } from "@/lib/journey/fields";
import { datePartsInError } from "@/lib/journey/field-kinds/date";
import type { FormValues } from "@/lib/journey/form-values";
import type { FieldWords, StepWords } from "@/lib/journey/words";
import type { Text } from "@/messages/types";
import { usualGreeting } from "@/lib/letter/greeting";
import type { Field, PresenceField, RadiosField, TextField } from "@/lib/journey/kit";
import { useDraft } from "./DraftProvider";
import { errorFor } from "./form-errors";
import { useJourney } from "./JourneyProvider";
import { ReplyByHint } from "./ReplyByHint";

export interface FieldViewContext {
  form: UseFormReturn<FormValues, unknown, PageAnswers>;
  ctx: StepContext;
  words: StepWords;
  /** This field's label or legend is the page's h1. */
  pageHeading: boolean;
}

/** What an input shows when its question is not answered. */
function blank(field: Field): unknown {
  switch (field.kind) {
    case "date":
      return { day: "", month: "", year: "" };
    case "checkboxes":
      return [];
    case "tick":
      return false;
    case "radios":
    case "presence":
      return null;
    default:
      return "";
  }
}

function useWords(view: FieldViewContext) {
  const { words, format } = useJourney();
  const term = words.answers.identifierTerms[view.ctx.nation ?? "england"];
  const t = (text: Text | undefined) => (text === undefined ? undefined : format.t(text, { term }, view.ctx.voice));
  return { t, format, answers: words.answers };
}

/** One question of a page, drawn from its definition and its words. */
export function FieldView({ field, view }: { field: Field; view: FieldViewContext }) {
  if (!isAsked(field, view.ctx)) return null;
  if (field.hiddenWhen) return <DependentField field={field} view={view} when={field.hiddenWhen} />;
  return <FieldOfKind field={field} view={view} />;
}

/** A question another answer on the page can hide: it watches that answer, and keeps nothing while hidden. */
function DependentField({ field, view, when }: { field: Field; view: FieldViewContext; when: NonNullable<Field["hiddenWhen"]> }) {
  const answer = useWatch({ control: view.form.control, name: when.field });
  const hidden = hiddenBy(field, () => answer);
  const { setValue } = view.form;
  useEffect(() => {
    if (hidden && field.kind !== "group") setValue(field.name, blank(field));
  }, [hidden, field, setValue]);
  return hidden ? null : <FieldOfKind field={field} view={view} />;
}

function FieldOfKind({ field, view }: { field: Field; view: FieldViewContext }) {
  switch (field.kind) {
    case "radios":
    case "presence":
      return <ChoiceView field={field} view={view} />;
    case "checkboxes":
      return <ChecksView field={field} view={view} />;
    default:
      return <InputView field={field} view={view} />;
  }
}

function InputView({ field, view }: { field: Field; view: FieldViewContext }) {
  const { t } = useWords(view);
  const { register, formState } = view.form;
  const w: FieldWords | undefined = view.words.fields[field.name];
  const error = errorFor(formState.errors, field.name);
  const label = t(w?.label) ?? field.name;
  const hint = t((view.ctx.nation && w?.nationHint?.[view.ctx.nation]) || w?.hint);
  // On a shared device the browser is asked to remember nothing typed here (autocomplete="off").
  const shared = useDraft().device === "shared";
  const autoComplete = !shared && "autoComplete" in field && field.autoComplete && (!field.personal || view.ctx.voice === "self") ? field.autoComplete : "off";
  switch (field.kind) {
    case "text":
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
          {...register(field.name)}
        />
      );
    case "textarea":
      return <CountedTextarea field={field} view={view} label={label} hint={hint} error={error} />;
    case "date":
      return (
        <DateView
          field={field}
          view={view}
          label={label}
          hint={hint}
          error={error}
          autoComplete={field.autoComplete && autoComplete !== "off" ? field.autoComplete : undefined}
        />
      );
    case "tick":
      return <SingleCheckbox name={field.name} label={label} hint={hint} error={error} registration={register(field.name)} />;
    case "group": {
      const lines = field.fields.map((line) => <FieldView key={line.name} field={line} view={{ ...view, pageHeading: false }} />);
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
    default:
      return null;
  }
}

/**
 * A greeting the letter works out from a name on the same page ("Dr Anita Shah" → "Dr Shah"),
 * shown in the hint as the name is typed: left blank, the letter uses it.
 */
function GreetingInput({ field, view, label, hint, error }: { field: TextField; view: FieldViewContext; label: string; hint?: string; error?: string }) {
  const { format, answers } = useWords(view);
  const name = useWatch({ control: view.form.control, name: field.greetingFrom ?? "" });
  const w = view.words.fields[field.name];
  const usual = typeof name === "string" && name.trim() ? usualGreeting(name, answers.greeting, (m, p) => format.t(m, p)) : "";
  return (
    <TextInput
      label={label}
      hint={usual && w?.suggestion ? format.t(w.suggestion, { greeting: usual }, view.ctx.voice) : hint}
      spellCheck={field.spellCheck}
      autoComplete="off"
      error={error}
      {...view.form.register(field.name)}
    />
  );
}

/** The count watches only its own textarea, so typing re-renders only the count. */
function CountedTextarea({
  field,
  view,
  label,
  hint,
  error,
}: {
  field: Field & { kind: "textarea" };
  view: FieldViewContext;
  label: string;
  hint?: string;
  error?: string;
}) {
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
      {...view.form.register(field.name)}
    />
  );
}

function DateView({
  field,
  view,
  label,
  hint,
  error,
  autoComplete,
}: {
  field: Field & { kind: "date" };
  view: FieldViewContext;
  label: string;
  hint?: string;
  error?: string;
  autoComplete?: "bday";
}) {
  const parts = useWatch({ control: view.form.control, name: field.name });
  const { format } = useJourney();
  const replyDefault = field.replyDefault ? view.words.fields[field.name]?.replyDefault : undefined;
  return (
    <DateInput
      name={field.name}
      legend={label}
      legendSize={view.pageHeading ? undefined : field.size}
      isPageHeading={view.pageHeading}
      hint={replyDefault ? <ReplyByHint hint={hint} words={replyDefault} nation={view.ctx.nation} format={format} voice={view.ctx.voice} /> : hint}
      error={error}
      errorParts={datePartsInError(parts)}
      register={(part) => view.form.register(`${field.name}.${part}`)}
      autoCompletePrefix={autoComplete}
    />
  );
}

/** Radios, and "Yes, and tell us more" questions: the chosen option shows the questions it reveals. */
function ChoiceView({ field, view }: { field: RadiosField | PresenceField; view: FieldViewContext }) {
  const { t } = useWords(view);
  const { register, formState, setValue, control } = view.form;
  const w = view.words.fields[field.name];
  const chosen = useWatch({ control, name: field.name }) as string | null | undefined;
  const options = field.kind === "presence" ? ["yes", "no"] : field.options;
  const reveals: Readonly<Record<string, readonly Field[]>> = field.kind === "presence" ? { yes: field.reveals } : (field.reveals ?? {});

  // Questions revealed by a choice the user has undone keep no answer.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reveals comes from the field, which never changes for a page
  useEffect(() => {
    for (const [option, fields] of Object.entries(reveals)) {
      if (option === chosen) continue;
      for (const hidden of fields.flatMap((f) => [f, ...childrenOf(f)])) if (hidden.kind !== "group") setValue(hidden.name, blank(hidden));
    }
  }, [chosen, setValue]);

  const items: ChoiceItem[] = options.map((option) => {
    const o = w?.options?.[option];
    const revealed = reveals[option];
    return {
      value: option,
      label: t(o?.label) ?? option,
      hint: t(o?.hint),
      conditional: revealed?.length ? revealed.map((child) => <FieldView key={child.name} field={child} view={{ ...view, pageHeading: false }} />) : undefined,
    };
  });
  return (
    <Radios
      name={field.name}
      legend={t(w?.label) ?? field.name}
      legendSize={view.pageHeading ? undefined : field.size}
      isPageHeading={view.pageHeading}
      intro={w?.intro?.map((p) => <p key={t(p)}>{t(p)}</p>)}
      hint={t(w?.hint)}
      error={errorFor(formState.errors, field.name)}
      registration={register(field.name)}
      value={chosen}
      items={items}
    />
  );
}

function ChecksView({ field, view }: { field: Field & { kind: "checkboxes" }; view: FieldViewContext }) {
  const { t } = useWords(view);
  const w = view.words.fields[field.name];
  const ticked = useWatch({ control: view.form.control, name: field.name }) as readonly string[] | undefined;
  return (
    <Checkboxes
      name={field.name}
      legend={t(w?.label) ?? field.name}
      legendSize={view.pageHeading ? undefined : field.size}
      isPageHeading={view.pageHeading}
      hint={t(w?.hint)}
      error={errorFor(view.form.formState.errors, field.name)}
      registration={view.form.register(field.name)}
      value={ticked}
      items={field.options.map((option) => ({ value: option, label: t(w?.options?.[option]?.label) ?? option, hint: t(w?.options?.[option]?.hint) }))}
    />
  );
}
