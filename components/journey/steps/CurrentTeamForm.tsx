"use client";

import { DateInput, TextInput } from "@/components/form";
import { CURRENT_TEAM as T } from "@/content/questions/current-team";
import { datePartsInError } from "@/lib/journey/form-values";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/current-team";

export function CurrentTeamForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout
      stepId="current-team"
      title={step.title(ctx)}
      errors={errors}
      submitCount={submitCount}
      onSubmit={onSubmit}
      intro={<p className="nhsuk-hint">{T.hint}</p>}
    >
      <TextInput
        label={ctx.v.helper ? T.consultantNameHelper : T.consultantName}
        hint={T.consultantNameHint}
        autoComplete="off"
        spellCheck={false}
        error={errorFor(errors, "consultantName")}
        {...register("consultantName")}
      />
      <TextInput label={T.specialty} hint={T.specialtyHint} autoComplete="off" error={errorFor(errors, "specialty")} {...register("specialty")} />
      <TextInput label={T.hospital} hint={T.hospitalHint} autoComplete="off" error={errorFor(errors, "hospital")} {...register("hospital")} />
      <DateInput
        name="mdtDate"
        legend={T.mdtDate}
        hint={T.mdtDateHint}
        error={errorFor(errors, "mdtDate")}
        errorParts={datePartsInError(watch("mdtDate"))}
        register={(part) => register(`mdtDate.${part}`)}
      />
    </QuestionLayout>
  );
}
