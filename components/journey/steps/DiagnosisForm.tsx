"use client";

import { Radios, TextInput } from "@/components/form";
import { DIAGNOSIS as D } from "@/content/questions/diagnosis";
import { TREATMENT_STAGES } from "@/lib/answers/vocabulary";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/diagnosis";

export function DiagnosisForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const stages = D.stages(ctx.v);
  return (
    <QuestionLayout stepId="diagnosis" title={step.title(ctx)} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <TextInput label={D.condition(ctx.v)} labelSize="m" hint={D.conditionHint} autoComplete="off" error={errorFor(errors, "condition")} {...register("condition")} />
      <Radios
        name="stage"
        legend={D.stage(ctx.v)}
        legendSize="m"
        error={errorFor(errors, "stage")}
        registration={register("stage")}
        value={watch("stage")}
        items={TREATMENT_STAGES.map((s) => ({ value: s, label: stages[s] }))}
      />
    </QuestionLayout>
  );
}
