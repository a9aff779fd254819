"use client";

import { Checkboxes, Textarea } from "@/components/form";
import { REASONS as R } from "@/content/questions/reasons";
import { LIMITS } from "@/lib/answers/text";
import { REASONS } from "@/lib/answers/vocabulary";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/reasons";

export function ReasonsForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const title = step.title(ctx);
  const labels = R.options(ctx.v);
  return (
    <QuestionLayout stepId="reasons" title={title} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Checkboxes
        name="selected"
        legend={title}
        isPageHeading
        hint={R.hint}
        error={errorFor(errors, "selected")}
        registration={register("selected")}
        items={REASONS.map((r) => ({ value: r, label: labels[r], hint: r === "turning-point" ? R.turningPointHint : undefined }))}
      />
      <Textarea
        label={R.ownWords}
        labelSize="m"
        hint={R.ownWordsHint}
        maxLength={LIMITS.reason}
        countText={watch("ownWords") ?? ""}
        error={errorFor(errors, "ownWords")}
        {...register("ownWords")}
      />
    </QuestionLayout>
  );
}
