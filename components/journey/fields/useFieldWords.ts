"use client";

import type { Field } from "@/lib/journey/kit";
import { useDraft } from "../DraftProvider";
import { errorFor } from "../form-errors";
import { useJourney } from "../JourneyProvider";
import type { FieldViewContext } from "./types";

/**
 * A question's words in the page's voice: its label (or legend), its hint (the nation's, if it has
 * one), its error. Before the draft is read, each in every voice and nation's wording, marked.
 */
export function useFieldWords(field: Field, view: FieldViewContext) {
  const { words, format } = useJourney();
  const w = view.words.fields[field.name];
  return {
    t: view.say,
    format,
    answers: words.answers,
    words: w,
    label: view.say(w?.label) ?? field.name,
    hint: view.say((facts) => (facts.nation !== "none" && w?.nationHint?.[facts.nation]) || w?.hint),
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
