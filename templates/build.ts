import { type Problem, type TAnswersWith, type TSectionKey, validateAnswers } from "@/lib/answers";
import type { LetterDocument } from "@/lib/letter/model";
import { firstLetterSent, template as followUpNoReply } from "./follow-up-no-reply/template";
import { template as recordsRequest } from "./records-request/template";
import { template as gpOncologySecondOpinion } from "./gp-oncology-second-opinion/template";
import { template as gpSurgicalSecondOpinion } from "./gp-surgical-second-opinion/template";
import type { LetterId } from "./index";
import { KIND_RULES } from "@/lib/letter/kinds";
import type { Reminder, ReminderPlace } from "@/lib/letter/reminder";
import { nhsDirectory } from "@/lib/organisations/nhs-directory";
import { resolveOrganisations } from "@/lib/organisations/resolve";
import { buildConsentForm } from "./shared/consent-form";
import { type ConcernDestination, routeOf } from "./shared/destinations";
import { prefilled } from "./shared/history";
import { reminderFor } from "./shared/reminder";
import { template as oncologistSurgicalReview } from "./oncologist-surgical-review/template";
import { template as palsConcern } from "./pals-concern/template";
import type { LetterContext, LetterTemplate } from "./types";

/** Every letter's template, by id: the type checker names any letter of the registry missing here. */
export const TEMPLATES = {
  "gp-oncology-second-opinion": gpOncologySecondOpinion,
  "oncologist-surgical-review": oncologistSurgicalReview,
  "gp-surgical-second-opinion": gpSurgicalSecondOpinion,
  "pals-concern": palsConcern,
  "follow-up-no-reply": followUpNoReply,
  "records-request": recordsRequest,
} satisfies { [I in LetterId]: LetterTemplate<TSectionKey, I> };

export type BuildResult = { ok: true; letter: LetterDocument<LetterId> } | { ok: false; problems: Problem[] };

/**
 * What stops a letter being written from these answers: missing or wrong answers, then the
 * letter's own checks (dates against the letter's date). Empty when it can be written.
 */
export function letterProblems(id: LetterId, input: unknown, ctx: LetterContext): Problem[] {
  const result = validated(id, input, ctx);
  return result.ok ? result.template.check(result.answers, ctx) : result.problems;
}

/** Validates answers for one letter and builds it. Never throws for bad answers: problems come back by path. */
export function buildLetter(id: LetterId, input: unknown, ctx: LetterContext): BuildResult {
  const result = validated(id, input, ctx);
  if (!result.ok) return result;
  const problems = result.template.check(result.answers, ctx);
  if (problems.length) return { ok: false, problems };
  return { ok: true, letter: result.template.build(result.answers, ctx) };
}

/**
 * Who can act when this letter gets no reply or does not sort it out, by the letter's kind: the
 * concern's route (a concern letter), or the one a concern about the first letter's recipient
 * would take (a follow-up). Null for other kinds, and while the letter cannot be written.
 */
export function letterRoute(id: LetterId, input: unknown, ctx: LetterContext): ConcernDestination | null {
  const result = validated(id, input, ctx);
  if (!result.ok || result.template.check(result.answers, ctx).length) return null;
  return routeOf(id, result.answers);
}

/** The calendar reminder for a letter that can be written from these answers; null while it cannot. */
export function letterReminder(id: LetterId, input: unknown, ctx: LetterContext, place: ReminderPlace): Reminder | null {
  const result = validated(id, input, ctx);
  if (!result.ok || result.template.check(result.answers, ctx).length) return null;
  return reminderFor(id, result.answers, ctx, place);
}

/**
 * The letter this one encloses a copy of, by the letter's kind (a follow-up encloses the letter it
 * follows up): made from the same answers, dated the day it was sent. Null for other kinds, and
 * while this letter cannot be written.
 */
export function enclosedLetter(id: LetterId, input: unknown, ctx: LetterContext): LetterDocument<LetterId> | null {
  const result = validated(id, input, ctx);
  if (!KIND_RULES[TEMPLATES[id].meta.kind].enclosesFirstLetter || !result.ok || result.template.check(result.answers, ctx).length) return null;
  const answers = result.answers as TAnswersWith<"followUp">;
  return answers.followUp ? (firstLetterSent(answers, ctx) as LetterDocument<LetterId> | null) : null;
}

function validated(id: LetterId, input: unknown, ctx: LetterContext) {
  // Each template was checked against its own `needs`; here any of them will do.
  const template: LetterTemplate<TSectionKey, LetterId> = TEMPLATES[id];
  // Organisations named by a code or by a name the directory knows are filled in from it first.
  const resolved = resolveOrganisations(input, nhsDirectory(), ctx.words);
  const validation = validateAnswers(resolved.answers, template.meta.needs, ctx.words);
  if (resolved.problems.length > 0) return { ok: false as const, problems: [...resolved.problems, ...(validation.ok ? [] : validation.problems)] };
  return validation.ok ? { ok: true as const, template, answers: validation.answers } : validation;
}

/**
 * What the browser's letter pages need of the templates, in one value: the composition root (a
 * route in app/) hands it to the components, which import no template code themselves.
 */
export const LETTER_CODE = { buildLetter, letterProblems, letterReminder, letterRoute, buildConsentForm, enclosedLetter, prefilled };
export type LetterCode = typeof LETTER_CODE;
