"use client";

import { DateInput, TextInput } from "@/components/form";
import { PATIENT_DETAILS as P } from "@/content/questions/patient-details";
import { datePartsInError } from "@/lib/journey/form-values";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/patient-details";

export function PatientDetailsForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  // Autocomplete fills the user's own details: only right when the user is the patient.
  const self = !ctx.v.helper;
  return (
    <QuestionLayout stepId="patient-details" title={step.title(ctx)} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <TextInput
        label={P.fullName(ctx.v)}
        hint={P.fullNameHint}
        autoComplete={self ? "name" : "off"}
        spellCheck={false}
        error={errorFor(errors, "fullName")}
        {...register("fullName")}
      />
      <DateInput
        name="dateOfBirth"
        legend={P.dateOfBirth(ctx.v)}
        hint={P.dateOfBirthHint}
        error={errorFor(errors, "dateOfBirth")}
        errorParts={datePartsInError(watch("dateOfBirth"))}
        register={(part) => register(`dateOfBirth.${part}`)}
        autoCompletePrefix={self ? "bday" : undefined}
      />
      <TextInput
        label={ctx.term}
        hint={P.nhsNumberHint(ctx.term, ctx.v)}
        width={10}
        inputMode="numeric"
        autoComplete="off"
        spellCheck={false}
        error={errorFor(errors, "nhsNumber")}
        {...register("nhsNumber")}
      />
      <TextInput
        label={P.hospitalNumber}
        hint={P.hospitalNumberHint}
        width={10}
        autoComplete="off"
        spellCheck={false}
        error={errorFor(errors, "hospitalNumber")}
        {...register("hospitalNumber")}
      />
    </QuestionLayout>
  );
}
