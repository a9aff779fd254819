"use client";

import { DateInput, Radios, Textarea } from "@/components/form";
import { SURGERY as S } from "@/content/questions/surgery";
import { COMMON } from "@/content/questions/common";
import { SURGERY_OUTCOMES } from "@/lib/answers/vocabulary";
import { datePartsInError } from "@/lib/journey/form-values";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/surgery";

export function SurgeryForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const outcomes = S.outcomes(ctx.v);
  return (
    <QuestionLayout stepId="surgery" title={step.title(ctx)} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Radios
        name="toldWhat"
        legend={S.toldWhat(ctx.v)}
        legendSize="m"
        error={errorFor(errors, "toldWhat")}
        registration={register("toldWhat")}
        value={watch("toldWhat")}
        items={SURGERY_OUTCOMES.map((o) => ({ value: o, label: outcomes[o] }))}
      />
      <Textarea
        label={S.reasonGiven}
        hint={S.reasonGivenHint}
        rows={3}
        maxLength={400}
        countText={watch("reasonGiven") ?? ""}
        error={errorFor(errors, "reasonGiven")}
        {...register("reasonGiven")}
      />
      <DateInput
        name="toldOn"
        legend={S.toldOn(ctx.v)}
        legendSize="m"
        hint={S.toldOnHint}
        error={errorFor(errors, "toldOn")}
        errorParts={datePartsInError(watch("toldOn"))}
        register={(part) => register(`toldOn.${part}`)}
      />
      <Radios
        name="askAboutTreatmentFirst"
        legend={S.askFirst}
        legendSize="m"
        hint={S.askFirstHint}
        error={errorFor(errors, "askAboutTreatmentFirst")}
        registration={register("askAboutTreatmentFirst")}
        value={watch("askAboutTreatmentFirst")}
        items={[
          { value: "yes", label: S.askFirstYes },
          { value: "no", label: COMMON.no },
        ]}
      />
    </QuestionLayout>
  );
}
