"use client";

import { Radios, Textarea } from "@/components/form";
import { CONCERN_WHAT_HAPPENED as C } from "@/content/questions/concern-what-happened";
import { WHAT_HAPPENED } from "@/lib/answers/vocabulary";
import { LIMITS } from "@/lib/answers/text";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/concern-what-happened";

export function ConcernWhatHappenedForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const title = step.title(ctx);
  return (
    <QuestionLayout stepId="concern-what-happened" title={title} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Radios
        name="whatHappened"
        legend={title}
        isPageHeading
        error={errorFor(errors, "whatHappened")}
        registration={register("whatHappened")}
        value={watch("whatHappened")}
        items={WHAT_HAPPENED.map((w) => ({ value: w, label: C.options[w] }))}
      />
      <Textarea
        label={C.details}
        labelSize="m"
        hint={C.detailsHint}
        maxLength={LIMITS.ownWords}
        countText={watch("details") ?? ""}
        error={errorFor(errors, "details")}
        {...register("details")}
      />
    </QuestionLayout>
  );
}
