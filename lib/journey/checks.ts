import { zodResolver } from "@hookform/resolvers/zod";
import type { StepId } from "@/lib/steps";
import { pageSchema } from "./check-page";
import type { StepContext } from "./context";
import { stepById } from "./progress";
import type { PageWords } from "./words";

/**
 * The checking half of the journey (each page's zod checks, and which pages are done), loaded
 * after a page has shown itself and awaited only when the user submits: the question pages stay
 * within their first-load JavaScript budget this way, the zod resolver included.
 */
export { applyPage, pageSchema, type PageAnswers } from "./check-page";
export { contextOf, firstIncompleteStep, isStepComplete, nextStep, stepById } from "./progress";
export { repairDraft } from "@/lib/draft/repair";

/** The resolver of a page's useForm: its zod schema for the answers this render shows. */
export function resolverFor(id: StepId, ctx: StepContext, words: PageWords) {
  return zodResolver(pageSchema(stepById(id), ctx, words));
}
