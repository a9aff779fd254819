import type { Draft, DraftAnswers } from "@/lib/draft/format";
import { valueAt } from "@/lib/dotted-path";
import { contextOf, stepsFor } from "./flow";
import type { StepId } from "./step-ids";
import { stepById, stepSchema } from "./steps";

/*
 * Which pages are done, and so where "Continue" goes. These check answers with each page's rules
 * (zod), so question pages load this module after they have shown themselves (./load-checks.ts).
 */

/** Whether a page's answers are all there and valid (optional pages: once visited). */
export function isStepComplete(id: StepId, draft: Draft): boolean {
  const step = stepById(id);
  const ctx = contextOf(draft);
  const valid = stepSchema(step, ctx).safeParse(step.toForm(draft.answers, ctx)).success;
  if (!valid) return false;
  if (!step.optional) return true;
  return draft.progress.answered.includes(id) || hasAnyAnswer(draft.answers, step.paths);
}

function hasAnyAnswer(answers: DraftAnswers, paths: readonly string[]): boolean {
  return paths.some((path) => valueAt(answers, path) !== undefined);
}

/** The first page of this letter still to answer, or null when every one is done. */
export function firstIncompleteStep(draft: Draft): StepId | null {
  const t = draft.letter.templateId;
  if (!t) return null;
  return stepsFor(t).find((id) => !isStepComplete(id, draft)) ?? null;
}

/**
 * Where "Continue" goes: the next page of this letter still to answer, after this one. Pages
 * answered already (for an earlier letter) are skipped, so a second letter asks only what is
 * missing. Null means "check your answers".
 */
export function nextStep(current: StepId, draft: Draft): StepId | null {
  const t = draft.letter.templateId;
  if (!t) return null;
  const order = stepsFor(t);
  const at = order.indexOf(current);
  return order.slice(at + 1).find((id) => !isStepComplete(id, draft)) ?? null;
}

