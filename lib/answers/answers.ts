import { toJSONSchema } from "zod/v4/core";
import * as z from "zod/mini";
import "./locale";
import { ZConcernSchema } from "./concern";
import { ZCurrentTeamSchema } from "./current-team";
import { dateField } from "./date-field";
import { ZDiagnosisSchema } from "./diagnosis";
import { ZEnclosuresSchema } from "./enclosures";
import { ZGpSchema } from "./gp";
import { ZNationSchema } from "./nation";
import { IDENTIFIER_TERMS, NATIONS, type TNation } from "./vocabulary";
import { patientSchema } from "./patient";
import { ZPrivateCareSchema } from "./private-care";
import { ZReasonsSchema } from "./reasons";
import { ZSurgerySchema } from "./surgery";
import { ZBackupTeamSchema, ZPreferredTeamSchema } from "./team";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { ZWriterSchema } from "./writer";

export const SCHEMA_VERSION = 1 as const;

/**
 * One answers file serves all four letters, so every letter-specific section is optional here;
 * each template then requires the sections it needs (see `requireSections`).
 */
function buildAnswersSchema(identifierTerm: string) {
  return z.object(
    {
      schemaVersion: z.literal(SCHEMA_VERSION, { error: `schemaVersion must be ${SCHEMA_VERSION}` }),
      nation: ZNationSchema,
      writer: ZWriterSchema,
      patient: patientSchema(identifierTerm),
      gp: z.optional(ZGpSchema),
      currentTeam: z.optional(ZCurrentTeamSchema),
      diagnosis: z.optional(ZDiagnosisSchema),
      surgery: z.optional(ZSurgerySchema),
      reasons: z.optional(ZReasonsSchema),
      preferred: z.optional(ZPreferredTeamSchema),
      backup: z.optional(ZBackupTeamSchema),
      privateCare: z.optional(ZPrivateCareSchema),
      enclosures: z.optional(ZEnclosuresSchema),
      copyToCurrentTeam: z.optional(z.boolean({ error: "Select whether the current team may be sent a copy" })),
      replyBy: z.optional(dateField({ required: "Enter the date you would like a reply by", label: "Reply-by date" })),
      concern: z.optional(ZConcernSchema),
      ownWords: optionalText({ label: "Your own words", max: LIMITS.ownWords, multiline: true }),
    },
    { error: "Answers must be a JSON object" },
  );
}

/** The schema with England's and Wales's wording, published as JSON Schema. */
export const ZAnswersSchema = buildAnswersSchema("NHS number");
export type TAnswers = z.output<typeof ZAnswersSchema>;
export type TAnswersInput = z.input<typeof ZAnswersSchema>;

export type TSectionKey = "gp" | "currentTeam" | "diagnosis" | "surgery" | "reasons" | "preferred" | "privateCare" | "concern";
export type TAnswersWith<K extends TSectionKey> = TAnswers & { [P in K]-?: NonNullable<TAnswers[P]> };

/** The section schemas, not optional, for templates that need them. */
const SECTION_SCHEMAS = {
  gp: ZGpSchema,
  currentTeam: ZCurrentTeamSchema,
  diagnosis: ZDiagnosisSchema,
  surgery: ZSurgerySchema,
  reasons: ZReasonsSchema,
  preferred: ZPreferredTeamSchema,
  privateCare: ZPrivateCareSchema,
  concern: ZConcernSchema,
} satisfies Record<TSectionKey, z.ZodMiniType>;

const byNation = new Map<TNation, typeof ZAnswersSchema>(NATIONS.map((n) => [n, buildAnswersSchema(IDENTIFIER_TERMS[n])]));

/** The answers schema whose messages use the nation's own term for the patient's number. */
export function answersSchemaFor(nation: unknown): typeof ZAnswersSchema {
  const parsed = ZNationSchema.safeParse(nation);
  return parsed.success ? byNation.get(parsed.data)! : ZAnswersSchema;
}

export interface Problem {
  /** Dotted path of the answer, e.g. "patient.nhsNumber"; empty for the whole file. */
  path: string;
  message: string;
}

export type Validation<T> = { ok: true; answers: T } | { ok: false; problems: Problem[] };

function toProblems(error: z.core.$ZodError): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".");
    const key = `${path}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ path, message: issue.message });
  }
  return problems;
}

/**
 * Validates answers, requiring the given sections. Never throws: anything unexpected becomes a
 * problem the user can read.
 */
export function validateAnswers<K extends TSectionKey = never>(input: unknown, required: readonly K[] = []): Validation<TAnswersWith<K>> {
  try {
    const nation = typeof input === "object" && input !== null ? (input as { nation?: unknown }).nation : undefined;
    const base = answersSchemaFor(nation);
    const schema = required.length ? z.extend(base, Object.fromEntries(required.map((k) => [k, SECTION_SCHEMAS[k]]))) : base;
    const result = schema.safeParse(input);
    if (result.success) return { ok: true, answers: result.data as TAnswersWith<K> };
    return { ok: false, problems: toProblems(result.error) };
  } catch (error) {
    return { ok: false, problems: [{ path: "", message: `These answers could not be read (${error instanceof Error ? error.message : String(error)})` }] };
  }
}

/** The answers schema as JSON Schema (draft 2020-12), describing the answers file as written. */
export function answersJsonSchema(): Record<string, unknown> {
  return toJSONSchema(ZAnswersSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}

