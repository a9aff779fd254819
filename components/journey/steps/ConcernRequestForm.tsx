"use client";

import { DateInput, Radios, TextInput } from "@/components/form";
import { CONCERN_REQUEST as C } from "@/content/questions/concern-request";
import { REQUEST_RECIPIENTS } from "@/lib/answers/vocabulary";
import { datePartsInError } from "@/lib/journey/form-values";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/concern-request";

export function ConcernRequestForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout
      stepId="concern-request"
      title={step.title(ctx)}
      errors={errors}
      submitCount={submitCount}
      onSubmit={onSubmit}
      intro={<p className="nhsuk-hint">{C.hint}</p>}
    >
      <DateInput
        name="requestedOn"
        legend={C.requestedOn}
        legendSize="m"
        hint={C.requestedOnHint}
        error={errorFor(errors, "requestedOn")}
        errorParts={datePartsInError(watch("requestedOn"))}
        register={(part) => register(`requestedOn.${part}`)}
      />
      <Radios
        name="requestedFrom"
        legend={C.requestedFrom}
        legendSize="m"
        error={errorFor(errors, "requestedFrom")}
        registration={register("requestedFrom")}
        value={watch("requestedFrom")}
        items={REQUEST_RECIPIENTS.map((r) => ({ value: r, label: C.recipients[r] }))}
      />
      <TextInput
        label={C.requestedFromName}
        hint={C.requestedFromNameHint}
        autoComplete="off"
        spellCheck={false}
        error={errorFor(errors, "requestedFromName")}
        {...register("requestedFromName")}
      />
    </QuestionLayout>
  );
}
