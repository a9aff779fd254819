import type { TSectionKey } from "@/lib/answers";
import type { Draft, DraftAnswers } from "@/lib/draft/format";
import type { TemplateId } from "@/lib/letter/model";
import { CATALOGUE } from "@/templates/catalogue";
import { stepContext, type StepContext } from "./context";
import { STEP_IDS, type StepId } from "./step-ids";
import { STEP_PATHS } from "./step-meta";

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
  const exact = candidates.find((id) => STEP_PATHS[id].some((p) => path === p || path.startsWith(`${p}.`)));
  if (exact) return exact;
  // A whole missing section ("patient", "concern"): its first page.
  return candidates.find((id) => STEP_PATHS[id].some((p) => p.startsWith(`${path}.`))) ?? null;
}

export const questionHref = (id: StepId, returnToCheck = false) => `/questions/${id}/${returnToCheck ? "?returnTo=check" : ""}`;
export const CHECK_HREF = "/questions/check-answers/";
export const CHOOSE_HREF = "/questions/choose-letter/";
export const LETTER_HREF = "/letter/";
export const YOUR_ANSWERS_HREF = "/your-answers/";
