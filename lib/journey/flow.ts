import type { TSectionKey } from "@/lib/answers";
import type { Draft, DraftAnswers } from "@/lib/draft/format";
import type { TemplateId } from "@/lib/letter/model";
import { CATALOGUE } from "@/templates/catalogue";
import { STEP_IDS, stepById, stepContext, stepSchema, type StepContext, type StepId } from "./steps";

/** Every letter asks these, whatever it needs. */
const ALWAYS: readonly StepId[] = ["who-is-writing", "nation", "patient-details", "patient-address", "contact"];

/** The page that asks for each section a template can need (templates' `needs`). */
const STEPS_FOR_SECTION: Record<TSectionKey, readonly StepId[]> = {
  gp: ["gp"],
  currentTeam: ["current-team"],
  diagnosis: ["diagnosis"],
  surgery: ["surgery"],
  reasons: ["reasons"],
  preferred: ["preferred-team"],
  privateCare: ["private-care"],
  concern: ["concern-request", "concern-what-happened", "concern-help"],
};

/**
 * Optional answers each letter uses when given. Templates declare only what they need, so this
 * list follows what each template's build reads (templates/<id>/template.ts).
 */
const OPTIONAL_STEPS: Record<TemplateId, readonly StepId[]> = {
  "gp-oncology-second-opinion": ["backup-team", "private-care", "enclosures", "reply-by", "own-words"],
  "gp-surgical-second-opinion": ["backup-team", "private-care", "enclosures", "reply-by", "own-words"],
  "oncologist-surgical-review": ["backup-team", "enclosures", "reply-by", "own-words"],
  "pals-concern": ["reply-by", "own-words"],
};

/** The question pages a letter asks, in order. */
export function stepsFor(templateId: TemplateId): StepId[] {
  const wanted = new Set<StepId>([...ALWAYS, ...OPTIONAL_STEPS[templateId]]);
  for (const section of CATALOGUE[templateId].needs as readonly TSectionKey[]) {
    for (const id of STEPS_FOR_SECTION[section]) wanted.add(id);
  }
  return STEP_IDS.filter((id) => wanted.has(id));
}

export function contextOf(draft: Draft): StepContext {
  return stepContext(draft.answers, draft.letter.templateId, draft.progress.answered);
}

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
  return paths.some((path) => {
    let value: unknown = answers;
    for (const key of path.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
    return value !== undefined;
  });
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

/** The page before this one for this letter, or null for the first. */
export function previousStep(current: StepId, templateId: TemplateId | undefined): StepId | null {
  if (!templateId) return null;
  const order = stepsFor(templateId);
  const at = order.indexOf(current);
  return at > 0 ? order[at - 1]! : null;
}

/** The page that asks for the answer at a dotted path, e.g. "patient.nhsNumber" → patient-details. */
export function stepForPath(path: string, templateId?: TemplateId): StepId | null {
  const candidates = templateId ? stepsFor(templateId) : [...STEP_IDS];
  const exact = candidates.find((id) => stepById(id).paths.some((p) => path === p || path.startsWith(`${p}.`)));
  if (exact) return exact;
  // A whole missing section ("patient", "concern"): its first page.
  return candidates.find((id) => stepById(id).paths.some((p) => p.startsWith(`${path}.`))) ?? null;
}

export const questionHref = (id: StepId, returnToCheck = false) => `/questions/${id}/${returnToCheck ? "?returnTo=check" : ""}`;
export const CHECK_HREF = "/questions/check-answers/";
export const CHOOSE_HREF = "/questions/choose-letter/";
export const LETTER_HREF = "/letter/";
export const YOUR_ANSWERS_HREF = "/your-answers/";
