"use client";

import { Fieldset, TextInput } from "@/components/form";
import { Hint } from "@/components/form/shared";
import { GP as G } from "@/content/questions/gp";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/gp";
import { AddressFields } from "./AddressFields";

export function GpForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout stepId="gp" title={step.title(ctx)} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <TextInput label={G.name} hint={G.nameHint} autoComplete="off" spellCheck={false} error={errorFor(errors, "name")} {...register("name")} />
      <TextInput label={G.practiceName} hint={G.practiceNameHint} autoComplete="off" error={errorFor(errors, "practiceName")} {...register("practiceName")} />
      <div className="nhsuk-form-group">
        <Fieldset legend={G.address} size="m" describedBy="gp-address-hint">
          <Hint id="gp-address-hint">{G.addressHint}</Hint>
          <AddressFields register={(line) => register(line)} error={(line) => errorFor(errors, line)} autoComplete={false} />
        </Fieldset>
      </div>
    </QuestionLayout>
  );
}
