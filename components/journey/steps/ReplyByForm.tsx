"use client";

import { DateInput } from "@/components/form";
import { REPLY_BY as R } from "@/content/questions/reply-by";
import { datePartsInError } from "@/lib/journey/form-values";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/reply-by";

export function ReplyByForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const title = step.title(ctx);
  return (
    <QuestionLayout stepId="reply-by" title={title} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <DateInput
        name="replyBy"
        legend={title}
        isPageHeading
        hint={R.hint}
        error={errorFor(errors, "replyBy")}
        errorParts={datePartsInError(watch("replyBy"))}
        register={(part) => register(`replyBy.${part}`)}
      />
    </QuestionLayout>
  );
}
