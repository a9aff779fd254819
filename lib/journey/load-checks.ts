import { lazyModule } from "@/lib/lazy-module";

/**
 * The checking half of the journey (each page's zod rules, and which pages are done), loaded
 * after a page has shown itself and awaited only when the user submits. Question pages stay under
 * their first-load JavaScript budget this way (issue 4); by the time anyone has read a question
 * and typed an answer, the module has long arrived.
 */
export const CHECKS = lazyModule(() => import("./checks"));
export type Checks = Awaited<ReturnType<typeof CHECKS.load>>;
export const loadChecks = CHECKS.load;

/** Every page's title and check-answers rows, with all their words: only check answers needs them. */
export const SUMMARIES_MODULE = lazyModule(() => import("./all-summaries"));
