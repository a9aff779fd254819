import { returnTo } from "@/lib/draft/frame";
import type { LetterMeta } from "./kit";
import type { PageDefinition, StepOutline } from "./context";
import { pathsOf } from "./fields";

/**
 * The order of the journey: which pages a letter asks, and where each answer is asked for. No
 * zod and no words: question pages use this before anything else has loaded.
 */

/** Whether a letter asks a page: every letter, letters that need its section, or letters that list it. */
function asksPage(letter: LetterMeta, step: StepOutline): boolean {
  if (step.asked === "always") return true;
  if (step.asked === "optional") return (letter.asks as readonly string[]).includes(step.id);
  return (letter.needs as readonly string[]).includes(step.asked.section);
}

/** The question pages a letter asks, in order. */
export function stepsFor<S extends string>(letter: LetterMeta, steps: readonly StepOutline<S>[]): S[] {
  return steps.filter((step) => asksPage(letter, step)).map((step) => step.id);
}

/** The page before this one for this letter, or null for the first. */
export function previousStep<S extends string>(current: string, letter: LetterMeta | undefined, steps: readonly StepOutline<S>[]): S | null {
  if (!letter) return null;
  const order: readonly string[] = stepsFor(letter, steps);
  const at = order.indexOf(current);
  return at > 0 ? (order[at - 1] as S) : null;
}

/** The page that asks for the answer at a dotted path: "patient.nhsNumber" → patient-details. */
export function stepForPath<S extends string>(path: string, steps: readonly PageDefinition<S>[], letter?: LetterMeta): S | null {
  const candidates = letter ? steps.filter((step) => asksPage(letter, step)) : steps;
  const exact = candidates.find((step) => pathsOf(step).some((p) => path === p || path.startsWith(`${p}.`)));
  // A whole missing section ("patient", "concern"): its first page.
  const found = exact ?? candidates.find((step) => pathsOf(step).some((p) => p.startsWith(`${path}.`)));
  if (found) return found.id;
  // An answer another letter asks for (a follow-up needs the GP's details if its first letter went to the GP).
  return letter ? stepForPath(path, steps) : null;
}

export const questionHref = (id: string, returnToCheck = false) => `/questions/${id}/${returnToCheck ? "?returnTo=check" : ""}`;
export const CHECK_HREF = "/questions/check-answers/";
/** A page's row on check answers, as the id of its element: Change comes back to it. */
export const checkRowId = (id: string) => `row-${id}`;
export const checkRowHref = (id: string) => `${CHECK_HREF}#${checkRowId(id)}`;
export const CHOOSE_HREF = "/questions/choose-letter/";
/** "Is this your own device?": asked once, before the first question (see deviceHref). */
export const DEVICE_HREF = "/questions/device/";
export const LETTER_HREF = "/letter/";
export const YOUR_ANSWERS_HREF = "/your-answers/";

/** Where question pages are: /questions/<step>/. */
export const QUESTIONS_PATH = "/questions/";
/** The journey's pages a person can be sent back to after the device question: its own addresses, never another site's. */
export const JOURNEY_PATHS: readonly string[] = [QUESTIONS_PATH, LETTER_HREF, YOUR_ANSWERS_HREF];

/**
 * Where the device question sends someone once answered: back to the journey page they were
 * going to (`to`, a path of this site with its query and hash), or on to choose a letter. The
 * page's first script sends a returning person on by the same rule (lib/draft/frame.ts).
 */
export function returnFromDevice(to: string | null | undefined): string {
  return returnTo(to, JOURNEY_PATHS, DEVICE_HREF, CHOOSE_HREF);
}

/** The device question, then back to `to` (a journey page's path, query and hash). */
export function deviceHref(to?: string): string {
  return to ? `${DEVICE_HREF}?to=${encodeURIComponent(to)}` : DEVICE_HREF;
}
