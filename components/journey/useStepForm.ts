"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { useMemo } from "react";
import type * as z from "zod/mini";
import { CHECK_HREF, contextOf, nextStep, questionHref } from "@/lib/journey/flow";
import { STEPS, stepSchema, type Step, type StepId } from "@/lib/journey/steps";
import { useDraft } from "./DraftProvider";
import { useForm, type FieldErrors } from "@/components/form/useForm";

type StepOf<Id extends StepId> = (typeof STEPS)[Id];
export type FormValuesOf<Id extends StepId> = StepOf<Id> extends Step<infer F, any> ? z.input<z.ZodMiniObject<F>> & Record<string, unknown> : never;
type OutOf<Id extends StepId> = StepOf<Id> extends Step<any, infer O> ? O : never;

/**
 * True when the page was opened from "Change" on the check-answers page. Uses the router's search
 * params (right during client navigation, unlike window.location); pages sit inside <Suspense>.
 */
export function useReturnToCheck(): boolean {
  return useSearchParams().get("returnTo") === "check";
}

/**
 * One form per question page (./useForm), checked with the step's schema. On a valid submit the
 * step's answers go into the draft (saved at once) and the user moves on: to the next question
 * this letter still needs, or back to check answers.
 */
export function useStepForm<Id extends StepId>(id: Id) {
  const { draft, update } = useDraft();
  const router = useRouter();
  const returnToCheck = useReturnToCheck();
  const step = STEPS[id] as unknown as Step<any, OutOf<Id>>;
  const ctx = contextOf(draft);
  const { templateId, term } = ctx;
  const helper = ctx.v.helper;
  // The schema depends on the nation's words, who is writing and the letter; not on each keystroke.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const schema = useMemo(() => stepSchema(step, ctx), [step, templateId, term, helper]);
  const form = useForm<FormValuesOf<Id>, OutOf<Id>>({
    defaultValues: step.toForm(draft.answers, ctx) as never,
    schema: schema as never,
  });

  const onSubmit = form.handleSubmit((out) => {
    const next = update((d) => ({
      ...d,
      answers: step.apply(d.answers, out, contextOf(d)),
      progress: { answered: [...new Set([...d.progress.answered, id])] },
    }));
    if (returnToCheck) {
      router.push(CHECK_HREF);
      return;
    }
    const to = nextStep(id, next);
    router.push(to ? questionHref(to) : CHECK_HREF);
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
  let value: unknown = errors;
  for (const key of name.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  const message = value && typeof value === "object" ? (value as { message?: unknown }).message : undefined;
  return typeof message === "string" && message ? message : undefined;
}
