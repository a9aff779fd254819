import { valueAt } from "@/lib/dotted-path";
import type { Draft } from "@/lib/draft/format";
import { isLetterId, LETTERS } from "@/templates";
import { STEPS, type StepId } from "@/lib/steps";
import type { StepDefinition } from "@/lib/journey/kit";
import { pageSchema } from "./check-page";
import { stepContext, type StepContext } from "./context";
import { pathsOf } from "./fields";
import { stepsFor } from "./flow";
import { formValues } from "./form-values";

/*
 * Which pages are done, and so where "Continue" goes. These check answers with each page's own
 * checks (zod), so pages load this module after they have shown themselves (./checks.ts).
 */

export function contextOf(draft: Draft): StepContext {
  const id = draft.letter.templateId;
  return stepContext(draft.answers, isLetterId(id) ? LETTERS[id] : undefined, draft.progress.answered);
}

const byId = new Map<string, StepDefinition>(STEPS.map((step) => [step.id, step]));
export const stepById = (id: StepId): StepDefinition => byId.get(id)!;

/**
 * Whether a page's answers are all there and valid. A page that may be left with nothing saved
 * ("I do not have a back-up") is done once it has been answered.
 */
export function isStepComplete(id: StepId, draft: Draft): boolean {
  const step = stepById(id);
  const ctx = contextOf(draft);
  if (!pageSchema(step, ctx).safeParse(formValues(step, draft.answers, ctx)).success) return false;
  return draft.progress.answered.includes(id) || pathsOf(step).some((path) => valueAt(draft.answers, path) !== undefined);
}

/** The first page of this letter still to answer, or null when every one is done. */
export function firstIncompleteStep(draft: Draft): StepId | null {
  const ctx = contextOf(draft);
  if (!ctx.letter) return null;
  return stepsFor(ctx.letter, STEPS).find((id) => !isStepComplete(id, draft)) ?? null;
}

/**
 * Where "Continue" goes: the next page of this letter still to answer, after this one. Pages
 * answered already (for an earlier letter) are skipped, so a second letter asks only what is
 * missing. Null means "check your answers".
 */
export function nextStep(current: StepId, draft: Draft): StepId | null {
  const ctx = contextOf(draft);
  if (!ctx.letter) return null;
  const order = stepsFor(ctx.letter, STEPS);
  return order.slice(order.indexOf(current) + 1).find((id) => !isStepComplete(id, draft)) ?? null;
}
