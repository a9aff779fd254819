import { type AnswerWords, type Problem, ZAnswersSchema } from "@/lib/answers";
import { readPartialAnswers } from "@/lib/answers/partial";
import { formatFor } from "@/messages/format";
import { stripEmpty } from "./clean";
import type { DraftAnswers } from "./format";

export const ANSWERS_FILE_NAME = "second-opinion-answers.json";

/** The answers file: the JSON the command-line tool reads, without blanks, in the schema's order. */
export function answersFileText(answers: DraftAnswers): string {
  const cleaned = (stripEmpty(answers) ?? {}) as Record<string, unknown>;
  const ordered: Record<string, unknown> = { schemaVersion: 1 };
  for (const key of Object.keys(ZAnswersSchema.shape)) if (key !== "schemaVersion" && cleaned[key] !== undefined) ordered[key] = cleaned[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ReadFileResult = { ok: true; answers: DraftAnswers } | { ok: false; problems: Problem[] };

/** Largest answers file we will read. A real one is a few kilobytes. */
export const MAX_FILE_BYTES = 200_000;

/**
 * Reads an answers file the user picked. Never throws; every problem comes back in words the
 * user can act on. A file may hold only some answers (saved part way through): each answer that
 * is there is checked as the letter would check it.
 */
export function readAnswersFile(text: string, words: AnswerWords): ReadFileResult {
  const file = words.answers.file;
  const fail = (message: string, path = ""): ReadFileResult => ({ ok: false, problems: [{ path, message }] });
  if (text.length > MAX_FILE_BYTES) return fail(file.tooBig);
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return fail(file.notJson);
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return fail(file.notAnswers);
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) return fail(file.noVersion);
  if (version !== 1) return fail(file.otherVersion, "schemaVersion");

  const read = readPartialAnswers(raw, "checked", words);
  if (read.problems.length)
    return {
      ok: false,
      problems: read.problems.map((p) => ({ ...p, message: p.message || formatFor(words.meta).t(words.answers.generic.invalid, { label: p.path }) })),
    };
  return { ok: true, answers: { ...((stripEmpty(read.value) ?? {}) as DraftAnswers), schemaVersion: 1 } };
}
