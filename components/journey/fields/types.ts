import type { ComponentType } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { FieldRegistration } from "@/components/form/shared";
import type { PageAnswers } from "@/lib/journey/check-page";
import type { StepContext } from "@/lib/journey/context";
import type { FormValues } from "@/lib/journey/form-values";
import type { Field } from "@/lib/journey/kit";
import type { StepWords } from "@/lib/journey/words";
import type { Say } from "../ByFacts";

export interface FieldViewContext {
  form: UseFormReturn<FormValues, unknown, PageAnswers>;
  /**
   * An input's registration: react-hook-form's once the page has its starting values; before,
   * one that does nothing, so the form cannot overwrite what is typed while the page reads the draft.
   */
  register(name: string): FieldRegistration;
  /** The answers so far; before the draft is read, as for nobody in particular (what differs is drawn by `say` and ByFacts). */
  ctx: StepContext;
  words: StepWords;
  /** Words in the voice and for the nation of the draft (every case, marked, until it is read). */
  say: Say;
  /** This field's label or legend is the page's h1. */
  pageHeading: boolean;
}

/**
 * What a kind's view is given: its field, the page, and `Question`, which draws a question inside
 * this one (a group's line, a revealed question). It is given rather than imported because
 * FieldView imports the views.
 */
export interface FieldViewProps<F extends Field> {
  field: F;
  view: FieldViewContext;
  Question: ComponentType<{ field: Field; view: FieldViewContext }>;
}
