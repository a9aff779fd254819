"use client";

import { Checkboxes, Radios, TextInput } from "@/components/form";
import { ENCLOSURES as E } from "@/content/questions/enclosures";
import { ENCLOSURES } from "@/lib/answers/vocabulary";
import { asksAboutCopy } from "@/lib/journey/step-meta";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/enclosures";

export function EnclosuresForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout stepId="enclosures" title={step.title(ctx)} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Checkboxes
        name="items"
        legend={E.items}
        legendSize="m"
        hint={E.itemsHint}
        error={errorFor(errors, "items")}
        registration={register("items")}
        items={ENCLOSURES.map((e) => ({ value: e, label: E.options[e] }))}
      />
      <TextInput label={E.other} hint={E.otherHint} autoComplete="off" error={errorFor(errors, "other")} {...register("other")} />
      {asksAboutCopy(ctx.templateId) ? (
        <Radios
          name="copy"
          legend={E.copy(ctx.v)}
          legendSize="m"
          hint={E.copyHint}
          error={errorFor(errors, "copy")}
          registration={register("copy")}
          value={watch("copy")}
          items={[
            { value: "yes", label: E.copyYes },
            { value: "no", label: E.copyNo },
          ]}
        />
      ) : null}
    </QuestionLayout>
  );
}
