import type * as z from "zod/mini";
import {
  ZBackupTeamSchema,
  ZConcernSchema,
  ZCurrentTeamSchema,
  ZDiagnosisSchema,
  ZEnclosuresSchema,
  ZGpSchema,
  ZNationSchema,
  ZPreferredTeamSchema,
  ZPrivateCareSchema,
  ZReasonsSchema,
  ZSurgerySchema,
  ZWriterSchema,
  addressSchema,
  answersSchemaFor,
  IDENTIFIER_TERMS,
  patientSchema,
  type Problem,
} from "@/lib/answers";
import type { DraftAnswers } from "./format";

type Checker = (value: unknown, path: string) => { value: unknown; problems: Problem[] };

function prefixed(path: string, issue: z.core.$ZodIssue): Problem {
  const rest = issue.path.map(String).join(".");
  return { path: rest ? `${path}.${rest}` : path, message: issue.message };
}

function whole(schema: z.ZodMiniType): Checker {
  return (value, path) => {
    const result = schema.safeParse(value);
    return result.success ? { value: result.data, problems: [] } : { value, problems: result.error.issues.map((i) => prefixed(path, i)) };
  };
}

/** Checks each field that is present on its own, for sections split over several question pages. */
function byField(shape: Record<string, z.ZodMiniType>): Checker {
  return (value, path) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return { value, problems: [{ path, message: "must be a set of answers" }] };
    }
    const out: Record<string, unknown> = {};
    const problems: Problem[] = [];
    for (const [key, field] of Object.entries(value)) {
      const schema = shape[key];
      if (!schema) continue;
      const result = schema.safeParse(field);
      if (result.success) out[key] = result.data;
      else problems.push(...result.error.issues.map((i) => prefixed(`${path}.${key}`, i)));
    }
    return { value: out, problems };
  };
}

/**
 * Checks the answers given so far with the engine's own schemas, section by section, without
 * asking for the ones not given yet. Returns the cleaned answers (text tidied, NHS number
 * without spaces) or the problems, each with the dotted path of the answer.
 */
export function validatePartialAnswers(answers: DraftAnswers): { ok: true; answers: DraftAnswers } | { ok: false; problems: Problem[] } {
  const nation = ZNationSchema.safeParse(answers.nation);
  const term = nation.success ? IDENTIFIER_TERMS[nation.data] : "NHS number";
  const patientShape = patientSchema(term).shape;
  const full = answersSchemaFor(answers.nation).shape;

  const checkers: Record<string, Checker> = {
    schemaVersion: whole(full.schemaVersion),
    nation: whole(ZNationSchema),
    writer: whole(ZWriterSchema),
    patient: byField({ ...patientShape, address: addressSchema("the patient's") }),
    gp: whole(ZGpSchema),
    currentTeam: whole(ZCurrentTeamSchema),
    diagnosis: whole(ZDiagnosisSchema),
    surgery: whole(ZSurgerySchema),
    reasons: whole(ZReasonsSchema),
    preferred: whole(ZPreferredTeamSchema),
    backup: whole(ZBackupTeamSchema),
    privateCare: whole(ZPrivateCareSchema),
    enclosures: whole(ZEnclosuresSchema),
    copyToCurrentTeam: whole(full.copyToCurrentTeam),
    replyBy: whole(full.replyBy),
    concern: byField(ZConcernSchema.shape),
    ownWords: whole(full.ownWords),
  };

  const out: Record<string, unknown> = {};
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const check = checkers[key];
    if (!check || value === undefined) continue;
    const result = check(value, key);
    out[key] = result.value;
    problems.push(...result.problems);
  }
  return problems.length ? { ok: false, problems } : { ok: true, answers: out as DraftAnswers };
}
