import type { ComponentType } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { PageAnswers } from "@/lib/journey/check-page";
import type { StepContext } from "@/lib/journey/context";
import type { FormValues } from "@/lib/journey/form-values";
import type { Field } from "@/lib/journey/kit";
import type { StepWords } from "@/lib/journey/words";

export interface FieldViewContext {
  form: UseFormReturn<FormValues, unknown, PageAnswers>;
  ctx: StepContext;
  words: StepWords;
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
