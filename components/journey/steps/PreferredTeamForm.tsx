"use client";

import { TextInput, Textarea } from "@/components/form";
import { PREFERRED as P } from "@/content/questions/preferred-team";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/preferred-team";

const SURGICAL = new Set(["oncologist-surgical-review", "gp-surgical-second-opinion"]);

export function PreferredTeamForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout
      stepId="preferred-team"
      title={step.title(ctx)}
      errors={errors}
      submitCount={submitCount}
      onSubmit={onSubmit}
      intro={
        <>
          <p className="nhsuk-hint">{P.hint}</p>
          {ctx.templateId && SURGICAL.has(ctx.templateId) ? <p className="nhsuk-hint">{P.surgicalHint}</p> : null}
        </>
      }
    >
      <TextInput label={P.hospital} hint={P.hospitalHint} autoComplete="off" error={errorFor(errors, "hospital")} {...register("hospital")} />
      <TextInput label={P.team} hint={P.teamHint} autoComplete="off" error={errorFor(errors, "team")} {...register("team")} />
      <TextInput label={P.clinician} hint={P.clinicianHint} autoComplete="off" spellCheck={false} error={errorFor(errors, "clinician")} {...register("clinician")} />
      <Textarea label={P.why} hint={P.whyHint} rows={3} maxLength={600} countText={watch("why") ?? ""} error={errorFor(errors, "why")} {...register("why")} />
    </QuestionLayout>
  );
}
