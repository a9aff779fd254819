import { zodResolver } from "@hookform/resolvers/zod";
import { repairDraft } from "@/lib/draft/repair";
import { applyPage, pageSchema } from "./check-page";
import type { StepContext } from "./context";
import { type JourneyRules, journeyProgress } from "./progress";
import type { PageWords } from "./words";

/**
 * The checking half of the journey (each page's zod checks, and which pages are done), loaded
 * after a page has shown itself and awaited only when the user submits: the question pages stay
 * within their first-load JavaScript budget this way, the zod resolver included. Bound to the
 * journey's pages and letters by its composition root (app/(journey)/checks.ts).
 */
export function journeyChecks(rules: JourneyRules) {
  const progress = journeyProgress(rules);
  return {
    ...progress,
    /** Every page whole: for what a page that carries only its own needs of the others (a rare notice). */
    steps: rules.steps,
    applyPage,
    pageSchema,
    repairDraft,
    /** The resolver of a page's useForm: its zod schema for the answers this render shows. */
    resolverFor: (id: string, ctx: StepContext, words: PageWords) => zodResolver(pageSchema(progress.stepById(id), ctx, words)),
  };
}

export type JourneyChecks = ReturnType<typeof journeyChecks>;
export type { PageAnswers } from "./check-page";
export type { JourneyRules } from "./progress";
