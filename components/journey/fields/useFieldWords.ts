"use client";

import type { Field } from "@/lib/journey/kit";
import type { Text } from "@/messages/types";
import { useDraft } from "../DraftProvider";
import { errorFor } from "../form-errors";
import { useJourney } from "../JourneyProvider";
import type { FieldViewContext } from "./types";

/** A question's words in the page's voice: its label (or legend), its hint (the nation's, if it has one), its error. */
export function useFieldWords(field: Field, view: FieldViewContext) {
  const { words, format } = useJourney();
  const term = words.answers.identifierTerms[view.ctx.nation ?? "england"];
  const t = (text: Text | undefined) => (text === undefined ? undefined : format.t(text, { term }, view.ctx.voice));
  const w = view.words.fields[field.name];
  return {
    t,
    format,
    answers: words.answers,
    words: w,
    label: t(w?.label) ?? field.name,
    hint: t((view.ctx.nation && w?.nationHint?.[view.ctx.nation]) || w?.hint),
    error: errorFor(view.form.formState.errors, field.name),
  };
}

/**
 * The browser's autofill token for an input: only for the user's own answers (`personal` ones
 * only when the patient writes), and none on a shared device, where the browser is asked to
 * remember nothing typed here.
 */
export function useAutoComplete(field: { autoComplete?: string; personal?: boolean }, view: FieldViewContext): string {
  const shared = useDraft().device === "shared";
  return !shared && field.autoComplete && (!field.personal || view.ctx.voice === "self") ? field.autoComplete : "off";
}
