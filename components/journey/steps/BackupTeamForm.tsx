"use client";

import { Radios, TextInput } from "@/components/form";
import { BACKUP as B } from "@/content/questions/backup-team";
import { QuestionLayout } from "../QuestionLayout";
import { errorFor, useStepForm } from "../useStepForm";
import { view } from "@/lib/journey/views/backup-team";

export function BackupTeamForm() {
  const { form, ctx, onSubmit, step } = useStepForm(view);
  const { register, watch, formState } = form;
  const { errors, submitCount } = formState;
  return (
    <QuestionLayout
      stepId="backup-team"
      title={step.title(ctx)}
      errors={errors}
      submitCount={submitCount}
      onSubmit={onSubmit}
      showHeading={false}
    >
      <Radios
        name="has"
        legend={B.title}
        isPageHeading
        intro={B.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
        error={errorFor(errors, "has")}
        registration={register("has")}
        value={watch("has")}
        items={[
          {
            value: "yes",
            label: B.yes,
            conditional: (
              <>
                <TextInput label={B.hospital} autoComplete="off" error={errorFor(errors, "hospital")} {...register("hospital")} />
                <TextInput label={B.team} autoComplete="off" error={errorFor(errors, "team")} {...register("team")} />
                <TextInput label={B.clinician} autoComplete="off" spellCheck={false} error={errorFor(errors, "clinician")} {...register("clinician")} />
              </>
            ),
          },
          { value: "no", label: B.no },
        ]}
      />
    </QuestionLayout>
  );
}
