"use client";

import { Radios, SingleCheckbox, TextInput } from "@/components/form";
import { WRITER as W } from "@/content/questions/who-is-writing";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/who-is-writing";

export function WriterForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout stepId="who-is-writing" title={step.title(ctx)} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Radios
        name="role"
        legend={W.title}
        isPageHeading
        hint={W.hint}
        error={errorFor(errors, "role")}
        registration={register("role")}
        value={watch("role")}
        items={[
          { value: "patient", label: W.patient },
          {
            value: "helper",
            label: W.helper,
            hint: W.helperHint,
            conditional: (
              <>
                <TextInput label={W.fullName} autoComplete="name" spellCheck={false} error={errorFor(errors, "fullName")} {...register("fullName")} />
                <TextInput label={W.relationship} hint={W.relationshipHint} width={20} error={errorFor(errors, "relationship")} {...register("relationship")} />
                <SingleCheckbox name="consent" label={W.consent} hint={W.consentHint} error={errorFor(errors, "consent")} registration={register("consent")} />
              </>
            ),
          },
        ]}
      />
    </QuestionLayout>
  );
}
