import { validateAnswers, type Problem } from "@/lib/answers";
import type { LetterDocument, TemplateId } from "@/lib/letter/model";
import { gpOncologySecondOpinion } from "./gp-oncology-second-opinion/template";
import { gpSurgicalSecondOpinion } from "./gp-surgical-second-opinion/template";
import { oncologistSurgicalReview } from "./oncologist-surgical-review/template";
import { palsConcern } from "./pals-concern/template";
import type { LetterContext, LetterTemplate } from "./types";

export type { LetterContext, LetterTemplate } from "./types";

export const TEMPLATES: Record<TemplateId, LetterTemplate<never>> = {
  "gp-oncology-second-opinion": gpOncologySecondOpinion as unknown as LetterTemplate<never>,
  "oncologist-surgical-review": oncologistSurgicalReview as unknown as LetterTemplate<never>,
  "gp-surgical-second-opinion": gpSurgicalSecondOpinion as unknown as LetterTemplate<never>,
  "pals-concern": palsConcern as unknown as LetterTemplate<never>,
};

export { isTemplateId } from "./catalogue";

/**
 * Validates answers for one letter and builds it. Never throws for bad answers: problems come
 * back as `dotted.path: message` pairs.
 */
export type BuildResult = { ok: true; letter: LetterDocument } | { ok: false; problems: Problem[] };

export function buildLetter(id: TemplateId, input: unknown, ctx: LetterContext): BuildResult {
  const template = TEMPLATES[id];
  const validation = validateAnswers(input, template.needs);
  if (!validation.ok) return validation;
  const problems = template.check(validation.answers, ctx);
  if (problems.length) return { ok: false, problems };
  return { ok: true, letter: template.build(validation.answers, ctx) };
}
