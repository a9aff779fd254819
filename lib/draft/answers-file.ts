import type { Problem } from "@/lib/answers";
import { stripEmpty } from "./clean";
import type { DraftAnswers } from "./format";
import { ZDraftAnswersStrict } from "./shape";
import { validatePartialAnswers } from "./validate";

export const ANSWERS_FILE_NAME = "second-opinion-answers.json";

/** The order sections appear in the file, the same order as the questions. */
const ORDER = [
  "schemaVersion",
  "nation",
  "writer",
  "patient",
  "gp",
  "currentTeam",
  "diagnosis",
  "surgery",
  "reasons",
  "preferred",
  "backup",
  "privateCare",
  "enclosures",
  "copyToCurrentTeam",
  "replyBy",
  "concern",
  "ownWords",
] as const;

/** The answers file: the JSON the command-line tool reads, without blanks. */
export function answersFileText(answers: DraftAnswers): string {
  const cleaned = (stripEmpty(answers) ?? {}) as Record<string, unknown>;
  const ordered: Record<string, unknown> = { schemaVersion: 1 };
  for (const key of ORDER) if (key !== "schemaVersion" && cleaned[key] !== undefined) ordered[key] = cleaned[key];
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

export type ReadFileResult = { ok: true; answers: DraftAnswers } | { ok: false; problems: Problem[] };

/** Largest answers file we will read. A real one is a few kilobytes. */
export const MAX_FILE_BYTES = 200_000;

/**
 * Reads an answers file the user picked. Never throws; every problem comes back in words the
 * user can act on. A file may hold only some answers (saved part way through).
 */
export function readAnswersFile(text: string): ReadFileResult {
  if (text.length > MAX_FILE_BYTES) {
    return { ok: false, problems: [{ path: "", message: "This file is too big to be a saved answers file" }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, problems: [{ path: "", message: "This file is not a saved answers file. It could not be read as answers" }] };
  }
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ path: "", message: "This file is not a saved answers file" }] };
  }
  const version = (raw as { schemaVersion?: unknown }).schemaVersion;
  if (version === undefined) {
    return { ok: false, problems: [{ path: "", message: "This file is not a saved answers file. Saved answers files start with a schemaVersion" }] };
  }
  if (version !== 1) {
    return { ok: false, problems: [{ path: "schemaVersion", message: "This file was saved by a different version of this service and cannot be read" }] };
  }

  const shape = ZDraftAnswersStrict.safeParse(raw);
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.map((issue) => ({ path: issue.path.map(String).join("."), message: issue.message })),
    };
  }
  const cleaned = (stripEmpty(shape.data) ?? {}) as DraftAnswers;
  const checked = validatePartialAnswers(cleaned);
  if (!checked.ok) return checked;
  return { ok: true, answers: { ...((stripEmpty(checked.answers) ?? {}) as DraftAnswers), schemaVersion: 1 } };
}
