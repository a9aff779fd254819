import { asOf, type Problem, type TAnswersWith, type TSectionKey, validateAnswers } from "@/lib/answers";
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

/**
 * A letter, or what stops it being written. `unchecked`: sections of the answers this letter does
 * not read, left unchecked because they had problems (a concern's dates, for a GP letter).
 */
export type BuildResult = { ok: true; letter: LetterDocument<LetterId>; unchecked: string[] } | { ok: false; problems: Problem[] };

/**
 * What stops a letter being written from these answers: missing or wrong answers, then the
 * letter's own checks (dates against the letter's date). Empty when it can be written.
 */
export function letterProblems(id: LetterId, input: unknown, ctx: LetterContext): Problem[] {
  const result = validated(id, input, ctx);
  return result.ok ? asOf(ctx.date, () => result.template.check(result.answers, ctx)) : result.problems;
}

/** Validates answers for one letter and builds it. Never throws for bad answers: problems come back by path. */
export function buildLetter(id: LetterId, input: unknown, ctx: LetterContext): BuildResult {
  const result = validated(id, input, ctx);
  if (!result.ok) return result;
  const problems = asOf(ctx.date, () => result.template.check(result.answers, ctx));
  if (problems.length) return { ok: false, problems };
  return { ok: true, letter: asOf(ctx.date, () => result.template.build(result.answers, ctx)), unchecked: result.unchecked };
}

/**
 * Who can act when this letter gets no reply or does not sort it out, by the letter's kind: the
 * concern's route (a concern letter), or the one a concern about the first letter's recipient
 * would take (a follow-up). Null for other kinds, and while the letter cannot be written.
 */
export function letterRoute(id: LetterId, input: unknown, ctx: LetterContext): ConcernDestination | null {
  const result = validated(id, input, ctx);
  if (!result.ok || asOf(ctx.date, () => result.template.check(result.answers, ctx)).length) return null;
  return routeOf(id, result.answers);
}

/** The calendar reminder for a letter that can be written from these answers; null while it cannot. */
export function letterReminder(id: LetterId, input: unknown, ctx: LetterContext, place: ReminderPlace): Reminder | null {
  const result = validated(id, input, ctx);
  if (!result.ok || asOf(ctx.date, () => result.template.check(result.answers, ctx)).length) return null;
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

/** What every letter reads: the file's version, the nation, who writes, for whom (and the file as a whole). */
const READ_BY_EVERY_LETTER = new Set(["", "schemaVersion", "nation", "writer", "patient"]);

type Validated =
  | { ok: true; template: LetterTemplate<TSectionKey, LetterId>; answers: TAnswersWith<TSectionKey>; unchecked: string[] }
  | { ok: false; problems: Problem[] };

/**
 * The answers checked for one letter. Dates that must be past or future are checked against the
 * letter's date (`asOf`), which is today in the browser and `--date` on the command line. Only
 * the sections the letter uses are checked: problems in a section it does not need (a
 * concern's dates, for a GP letter) are set aside when the letter, made without that section,
 * never reads it; if it does read it, every problem stands.
 */
function validated(id: LetterId, input: unknown, ctx: LetterContext): Validated {
  // Each template was checked against its own `needs`; here any of them will do.
  const template: LetterTemplate<TSectionKey, LetterId> = TEMPLATES[id];
  const needs = new Set<string>(template.meta.needs);
  const check = (answers: unknown) => {
    // Organisations named by a code or by a name the directory knows are filled in from it first.
    const resolved = resolveOrganisations(answers, nhsDirectory(), ctx.words);
    const validation = asOf(ctx.date, () => validateAnswers(resolved.answers, template.meta.needs, ctx.words));
    return { problems: [...resolved.problems, ...(validation.ok ? [] : validation.problems)], validation };
  };
  const all = check(input);
  if (all.problems.length === 0 && all.validation.ok) return { ok: true, template, answers: all.validation.answers, unchecked: [] };
  const sectionOf = (problem: Problem) => problem.path.split(".")[0]!;
  const optional = [...new Set(all.problems.map(sectionOf))].filter((section) => !READ_BY_EVERY_LETTER.has(section) && !needs.has(section));
  const failed = { ok: false as const, problems: all.problems };
  if (optional.length === 0 || typeof input !== "object" || input === null || Array.isArray(input)) return failed;
  const without = Object.fromEntries(Object.entries(input).filter(([key]) => !optional.includes(key)));
  const rest = check(without);
  if (rest.problems.length > 0 || !rest.validation.ok) return failed;
  const used = sectionsRead(template, rest.validation.answers, ctx);
  return used === "all" || optional.some((section) => used.has(section))
    ? failed
    : { ok: true, template, answers: rest.validation.answers, unchecked: optional };
}

/**
 * The top-level sections of the answers a letter reads while it is checked and written, or "all"
 * when it walks the whole of them (a spread, a copy). A section it looks for and does not find
 * counts as read: the letter would have used it.
 */
function sectionsRead(template: LetterTemplate<TSectionKey, LetterId>, answers: TAnswersWith<TSectionKey>, ctx: LetterContext): Set<string> | "all" {
  const read = new Set<string>();
  let all = false;
  const note = (key: string | symbol) => {
    if (typeof key === "string") read.add(key);
  };
  const watched = new Proxy(answers, {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      note(key);
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      all = true;
      return Reflect.ownKeys(target);
    },
  });
  asOf(ctx.date, () => {
    if (template.check(watched, ctx).length === 0) template.build(watched, ctx);
  });
  return all ? "all" : read;
}

/**
 * What the browser's letter pages need of the templates, in one value: the composition root (a
 * route in app/) hands it to the components, which import no template code themselves.
 */
export const LETTER_CODE = { buildLetter, letterProblems, letterReminder, letterRoute, buildConsentForm, enclosedLetter, prefilled };
export type LetterCode = typeof LETTER_CODE;
