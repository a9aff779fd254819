import { toJSONSchema } from "zod/v4/core";
import * as z from "zod/mini";
import "./zod-settings";
import { ZConcernSchema } from "./concern";
import { ZCurrentTeamSchema } from "./current-team";
import { dateField } from "./date-field";
import { ZDiagnosisSchema } from "./diagnosis";
import { ZEnclosuresSchema } from "./enclosures";
import { ZFollowUpSchema } from "./follow-up";
import { ZGpSchema } from "./gp";
import { ZLogSchema } from "./log";
import { formatFor } from "@/messages/format";
import { type AnswerWords, answerMessage, termFor } from "./messages";
import { ZNationSchema } from "./nation";
import { checkContact, checkInformationFormat, ZPatientSchema } from "./patient";
import { ZPrivateCareSchema } from "./private-care";
import { ZReasonsSchema } from "./reasons";
import { ZRecordsSchema } from "./records";
import { ZSurgerySchema } from "./surgery";
import { ZTeamSchema } from "./team";
import { LIMITS } from "./text";
import { LETTER_LANGUAGES } from "./vocabulary";
import { optionalText } from "./text-fields";
import { checkBasis, ZWriterSchema } from "./writer";

export const SCHEMA_VERSION = 1 as const;

/** The sections a letter may need; each is optional in the answers file, required by the letters that need it. */
export const SECTIONS = {
  gp: ZGpSchema,
  currentTeam: ZCurrentTeamSchema,
  diagnosis: ZDiagnosisSchema,
  surgery: ZSurgerySchema,
  reasons: ZReasonsSchema,
  preferred: ZTeamSchema,
  concern: ZConcernSchema,
  followUp: ZFollowUpSchema,
  records: ZRecordsSchema,
} as const;
export type TSectionKey = keyof typeof SECTIONS;

/**
 * The answers: the one description of their shape. One answers file serves every letter, so each
 * letter-specific section is optional here and each letter requires the sections it needs
 * (`validateAnswers`). The stored-draft reader, the answers-file reader, the JSON Schema, the
 * check-answers rows and every "what is wrong" message are derived from it.
 */
const ANSWERS_SHAPE = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  nation: ZNationSchema,
  writer: ZWriterSchema,
  patient: ZPatientSchema,
  gp: z.optional(SECTIONS.gp),
  currentTeam: z.optional(SECTIONS.currentTeam),
  diagnosis: z.optional(SECTIONS.diagnosis),
  surgery: z.optional(SECTIONS.surgery),
  reasons: z.optional(SECTIONS.reasons),
  preferred: z.optional(SECTIONS.preferred),
  backup: z.optional(ZTeamSchema),
  privateCare: z.optional(ZPrivateCareSchema),
  enclosures: z.optional(ZEnclosuresSchema),
  copyToCurrentTeam: z.optional(z.boolean()),
  replyBy: z.optional(dateField()),
  concern: z.optional(SECTIONS.concern),
  followUp: z.optional(SECTIONS.followUp),
  records: z.optional(SECTIONS.records),
  ownWords: optionalText({ max: LIMITS.ownWords, multiline: true }),
  /** The letter's language, for care in Wales (lib/answers/letter-language.ts reads it); English when not given. */
  letterLanguage: z.optional(z.enum(LETTER_LANGUAGES)),
  log: z.optional(ZLogSchema),
};

type Writer = z.output<typeof ZWriterSchema>;

/**
 * The rules across the answers: a reply has to be able to reach whoever writes (the patient, or
 * the person writing for them, who is then the one the recipient replies to), in the format the
 * patient needs; and a representative's basis has to be one the patient's nation's law gives.
 */
function checkAcross(
  answers: { nation: z.output<typeof ZNationSchema>; writer: Writer; patient: z.output<typeof ZPatientSchema> },
  ctx: { addIssue(issue: z.core.$ZodRawIssue): void },
): void {
  const [who, contact] = answers.writer.role === "patient" ? (["patient", answers.patient] as const) : (["writer", answers.writer] as const);
  checkContact(contact, { addIssue: (issue) => ctx.addIssue({ ...issue, path: [who, ...(issue.path ?? [])] }) });
  checkBasis(answers.nation, answers.writer, { addIssue: (issue) => ctx.addIssue({ ...issue, path: ["writer", ...(issue.path ?? [])] }) });
  checkInformationFormat(answers.patient, contact, { addIssue: (issue) => ctx.addIssue({ ...issue, path: ["patient", ...(issue.path ?? [])] }) });
}

/** The answers schema, with some of the letter sections required. */
function answersSchema(required: readonly TSectionKey[] = []) {
  return z.object({ ...ANSWERS_SHAPE, ...Object.fromEntries(required.map((k) => [k, SECTIONS[k]])) }).check(z.superRefine(checkAcross));
}

export const ZAnswersSchema = answersSchema();
export type TAnswers = z.output<typeof ZAnswersSchema>;
export type TAnswersInput = z.input<typeof ZAnswersSchema>;
export type TAnswersWith<K extends TSectionKey> = TAnswers & { [P in K]-?: NonNullable<TAnswers[P]> };

export interface Problem {
  /** Dotted path of the answer, e.g. "patient.nhsNumber"; empty for the whole file. */
  path: string;
  message: string;
  /** For an answer that must be one of a fixed set: the values a file may hold there ("england", "wales"…). */
  allowed?: readonly string[];
}

export type Validation<T> = { ok: true; answers: T } | { ok: false; problems: Problem[] };

/** The nation an input says it is for, if it says one we know. */
export function nationOf(input: unknown): z.output<typeof ZNationSchema> | undefined {
  const nation = typeof input === "object" && input !== null ? (input as { nation?: unknown }).nation : undefined;
  const parsed = ZNationSchema.safeParse(nation);
  return parsed.success ? parsed.data : undefined;
}

/** The values an answer may take, when zod says it must be one of a fixed set (an enum, or a union's kind). */
function allowedValues(issue: z.core.$ZodIssue): string[] | undefined {
  if (issue.code === "invalid_value") return issue.values.map(String);
  if (issue.code === "invalid_union" && "options" in issue && Array.isArray(issue.options)) return issue.options.map(String);
  return undefined;
}

/** Problems in zod's issues, in words, once each. */
export function problemsOf(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join(".");
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const allowed = allowedValues(issue);
    problems.push({ path, message: issue.message, ...(allowed ? { allowed } : {}) });
  }
  return problems;
}

/**
 * Validates answers, requiring the given sections, with each problem in the catalogue's words.
 * Never throws: anything unexpected becomes a problem the user can read.
 */
export function validateAnswers<K extends TSectionKey = never>(input: unknown, required: readonly K[], words: AnswerWords): Validation<TAnswersWith<K>> {
  try {
    const schema = required.length ? answersSchema(required) : ZAnswersSchema;
    const context = { words, term: termFor(nationOf(input), words), voice: "helper" as const };
    const result = schema.safeParse(input, { error: (issue) => answerMessage(issue, context) });
    if (result.success) return { ok: true, answers: result.data as TAnswersWith<K> };
    return { ok: false, problems: problemsOf(result.error.issues) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [{ path: "", message: formatFor(words.meta).t(words.answers.generic.unreadable, { reason }) }] };
  }
}

/** The answers schema as JSON Schema (draft 2020-12), describing the answers file as written. */
export function answersJsonSchema(): Record<string, unknown> {
  return toJSONSchema(ZAnswersSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
