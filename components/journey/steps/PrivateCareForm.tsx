"use client";

import { Radios } from "@/components/form";
import { PRIVATE_CARE as P } from "@/content/questions/private-care";
import { PRIVATE_CARE } from "@/lib/answers/vocabulary";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/private-care";

export function PrivateCareForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  const title = step.title(ctx);
  const labels = P.options(ctx.v);
  return (
    <QuestionLayout stepId="private-care" title={title} showHeading={false} errors={errors} submitCount={submitCount} onSubmit={onSubmit}>
      <Radios
        name="privateCare"
        legend={title}
        isPageHeading
        intro={P.hint.map((p) => (
          <p key={p}>{p}</p>
        ))}
        error={errorFor(errors, "privateCare")}
        registration={register("privateCare")}
        value={watch("privateCare")}
        items={PRIVATE_CARE.map((o) => ({ value: o, label: labels[o], hint: o === "insured" ? P.insuredHint : undefined }))}
      />
    </QuestionLayout>
  );
}
