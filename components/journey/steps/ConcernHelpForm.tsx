"use client";

import { Checkboxes, Radios, Textarea } from "@/components/form";
import { CONCERN_HELP as C } from "@/content/questions/concern-help";
import { COMMON } from "@/content/questions/common";
import { CONCERN_OUTCOMES } from "@/lib/answers/vocabulary";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/concern-help";

export function ConcernHelpForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout stepId="concern-help" title={step.title(ctx)} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Checkboxes
        name="outcomes"
        legend={C.outcomes}
        legendSize="m"
        hint={C.outcomesHint}
        error={errorFor(errors, "outcomes")}
        registration={register("outcomes")}
        items={CONCERN_OUTCOMES.map((o) => ({ value: o, label: C.options[o] }))}
      />
      <Radios
        name="permission"
        legend={C.permission}
        legendSize="m"
        hint={C.permissionHint}
        error={errorFor(errors, "permission")}
        registration={register("permission")}
        value={watch("permission")}
        items={[
          { value: "yes", label: COMMON.yes },
          { value: "no", label: COMMON.no },
        ]}
      />
      <Textarea
        label={C.extraHelp}
        labelSize="m"
        hint={C.extraHelpHint}
        rows={3}
        maxLength={400}
        countText={watch("extraHelp") ?? ""}
        error={errorFor(errors, "extraHelp")}
        {...register("extraHelp")}
      />
    </QuestionLayout>
  );
}
