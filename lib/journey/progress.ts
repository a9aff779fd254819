import { valueAt } from "@/lib/dotted-path";
import type { Draft } from "@/lib/draft/format";
import { pageSchema } from "./check-page";
import { stepContext, type StepContext } from "./context";
import { pathsOf } from "./fields";
import { stepsFor } from "./flow";
import { formValues } from "./form-values";
import type { LetterMeta, StepDefinition } from "./kit";

/*
 * Which pages are done, and so where "Continue" goes. These check answers with each page's own
 * checks (zod), so pages load this module after they have shown themselves (./checks.ts). They are
 * given the pages, with their rules, and the letters (`JourneyRules`): the journey's composition
 * root binds them (app/(journey)/checks.ts), so the engine names no registry.
 */

/** The question pages in order, with their rules, and the letters by id. */
export interface JourneyRules {
  steps: readonly StepDefinition[];
  letters: Readonly<Record<string, LetterMeta>>;
}

export function journeyProgress(rules: JourneyRules) {
  const byId = new Map<string, StepDefinition>(rules.steps.map((step) => [step.id, step]));
  const letterOf = (id: string | undefined) => (id !== undefined && Object.hasOwn(rules.letters, id) ? rules.letters[id] : undefined);

  function contextOf(draft: Draft): StepContext {
    return stepContext(draft.answers, letterOf(draft.letter.templateId), draft.progress.answered);
  }

  const stepById = (id: string): StepDefinition => byId.get(id)!;

  /**
   * Whether a page's answers are all there and valid. A page that may be left with nothing saved
   * ("I do not have a back-up") is done once it has been answered.
   */
  function isStepComplete(id: string, draft: Draft): boolean {
    const step = stepById(id);
    const ctx = contextOf(draft);
    if (!pageSchema(step, ctx).safeParse(formValues(step, draft.answers, ctx)).success) return false;
    return draft.progress.answered.includes(id) || pathsOf(step).some((path) => valueAt(draft.answers, path) !== undefined);
  }

  /** The first page of this letter still to answer, or null when every one is done. */
  function firstIncompleteStep(draft: Draft): string | null {
    const ctx = contextOf(draft);
    if (!ctx.letter) return null;
    return stepsFor(ctx.letter, rules.steps).find((id) => !isStepComplete(id, draft)) ?? null;
  }

  /**
   * Where "Continue" goes: the next page of this letter still to answer, after this one. Pages
   * answered already (for an earlier letter) are skipped, so a second letter asks only what is
   * missing. Null means "check your answers".
   */
  function nextStep(current: string, draft: Draft): string | null {
    const ctx = contextOf(draft);
    if (!ctx.letter) return null;
    const order = stepsFor(ctx.letter, rules.steps);
    return order.slice(order.indexOf(current) + 1).find((id) => !isStepComplete(id, draft)) ?? null;
  }

  return { contextOf, stepById, isStepComplete, firstIncompleteStep, nextStep };
}
