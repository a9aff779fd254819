"use client";

import { Textarea } from "@/components/form";
import { OWN_WORDS as O } from "@/content/questions/own-words";
import { LIMITS } from "@/lib/answers/text";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/own-words";

export function OwnWordsForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const title = step.title(ctx);
  return (
    <QuestionLayout stepId="own-words" title={title} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Textarea
        label={title}
        labelSize="l"
        isPageHeading
        hint={O.hint}
        rows={8}
        maxLength={LIMITS.ownWords}
        countText={watch("ownWords") ?? ""}
        error={errorFor(errors, "ownWords")}
        {...register("ownWords")}
      />
    </QuestionLayout>
  );
}
