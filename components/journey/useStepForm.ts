"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import type * as z from "zod/mini";
import { COMMON } from "@/content/questions/common";
import { valueAt } from "@/lib/dotted-path";
import { CHECK_HREF, contextOf, questionHref } from "@/lib/journey/flow";
import { loadChecks } from "@/lib/journey/load-checks";
import type { RULES, StepRules } from "@/lib/journey/rules";
import type { StepId } from "@/lib/journey/step-ids";
import type { PageView } from "@/lib/journey/views/page";
import { useDraft } from "./DraftProvider";
import { useForm, type FieldErrors, type FormSchema } from "@/components/form/useForm";

export type FormValuesOf<Id extends StepId> = z.input<z.ZodMiniObject<(typeof RULES)[Id]["form"]>> & Record<string, unknown>;
type OutOf<Id extends StepId> = (typeof RULES)[Id] extends StepRules<any, infer O> ? O : never;

/**
 * True when the page was opened from "Change" on the check-answers page. Uses the router's search
 * params (right during client navigation, unlike window.location); pages sit inside <Suspense>.
 */
export function useReturnToCheck(): boolean {
  return useSearchParams().get("returnTo") === "check";
}

/**
 * One form per question page (./useForm). The page shows itself from the step's view (wording and
 * starting values, no zod); its checks (the step's zod rules) load straight after and are
 * awaited on submit (lib/journey/load-checks.ts). On a valid submit the step's answers go into
 * the draft (saved at once) and the user moves on: to the next question this letter still needs,
 * or back to check answers.
 */
export function useStepForm<Id extends StepId>(step: PageView<FormValuesOf<Id>> & { id: Id }) {
  const id = step.id;
  const { draft, update } = useDraft();
  const router = useRouter();
  const returnToCheck = useReturnToCheck();
  const ctx = contextOf(draft);

  useEffect(() => {
    // Fetch the checks now, while the user reads the question; a failure is reported on submit.
    loadChecks().catch(() => undefined);
  }, []);

  // Built when the user submits, from the answers this render shows (the nation's words, who is
  // writing, the letter).
  const schema = async (): Promise<FormSchema<OutOf<Id>>> => {
    const checks = await loadChecks();
    return checks.rulesSchema(checks.rulesById(id), ctx) as FormSchema<OutOf<Id>>;
  };
  const form = useForm<FormValuesOf<Id>, OutOf<Id>>({
    defaultValues: step.toForm(draft.answers, ctx) as never,
    schema,
    schemaFailed: COMMON.checksFailed,
  });

  const onSubmit = form.handleSubmit((out) => {
    // The checks are loaded by now: the schema that accepted `out` came from them.
    void loadChecks().then(({ nextStep, rulesById }) => {
      const next = update((d) => ({
        ...d,
        answers: rulesById(id).apply(d.answers, out, contextOf(d)),
        progress: { answered: [...new Set([...d.progress.answered, id])] },
      }));
      if (returnToCheck) {
        router.push(CHECK_HREF);
        return;
      }
      const to = nextStep(id, next);
      router.push(to ? questionHref(to) : CHECK_HREF);
    });
  });

  return { form, ctx, onSubmit, step };
}

export interface FieldError {
  /** The field's name, dotted for nested fields ("dateOfBirth"). */
  name: string;
  message: string;
}

/** The form's nested errors as a flat list, in the order the schema reported them. */
export function errorList(errors: FieldErrors, prefix = ""): FieldError[] {
  const list: FieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) list.push({ name, message });
    else list.push(...errorList(value as FieldErrors, name));
  }
  return list;
}

/** The message for one field, for the inline error. */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  const message = valueAt(errors, `${name}.message`);
  return typeof message === "string" && message ? message : undefined;
}
