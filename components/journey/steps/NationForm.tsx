"use client";

import { Radios } from "@/components/form";
import { NATIONS, NATION_NAMES } from "@/lib/answers/vocabulary";
import { NATION as N } from "@/content/questions/nation";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/nation";

export function NationForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const title = step.title(ctx);
  return (
    <QuestionLayout stepId="nation" title={title} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Radios
        name="nation"
        legend={title}
        isPageHeading
        hint={N.hint}
        error={errorFor(errors, "nation")}
        registration={register("nation")}
        value={watch("nation")}
        items={NATIONS.map((n) => ({ value: n, label: NATION_NAMES[n] }))}
      />
    </QuestionLayout>
  );
}
