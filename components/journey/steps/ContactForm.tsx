"use client";

import { Radios, TextInput } from "@/components/form";
import { CONTACT as C } from "@/content/questions/contact";
import { CONTACT_METHODS } from "@/lib/answers/vocabulary";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/contact";

export function ContactForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const self = !ctx.v.helper;
  return (
    <QuestionLayout
      stepId="contact"
      title={step.title(ctx)}
      errors={errors}
      submitCount={submitCount}
      onSubmit={onSubmit}
      intro={<p className="nhsuk-hint">{C.hint}</p>}
    >
      <TextInput
        label={C.phone}
        hint={C.phoneHint}
        type="tel"
        width={20}
        autoComplete={self ? "tel" : "off"}
        error={errorFor(errors, "phone")}
        {...register("phone")}
      />
      <TextInput
        label={C.email}
        type="email"
        autoComplete={self ? "email" : "off"}
        spellCheck={false}
        error={errorFor(errors, "email")}
        {...register("email")}
      />
      <Radios
        name="preferredContact"
        legend={C.preferred(ctx.v)}
        legendSize="m"
        error={errorFor(errors, "preferredContact")}
        registration={register("preferredContact")}
        value={watch("preferredContact")}
        items={CONTACT_METHODS.map((m) => ({ value: m, label: C.methods[m] }))}
      />
    </QuestionLayout>
  );
}
