"use client";

import { PATIENT_ADDRESS as A } from "@/content/questions/patient-address";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/patient-address";
import { AddressFields } from "./AddressFields";

export function PatientAddressForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout
      stepId="patient-address"
      title={step.title(ctx)}
      errors={errors}
      submitCount={submitCount}
      onSubmit={onSubmit}
      intro={<p className="nhsuk-hint">{A.hint}</p>}
    >
      <AddressFields register={(line) => register(line)} error={(line) => errorFor(errors, line)} autoComplete={!ctx.v.helper} />
    </QuestionLayout>
  );
}
