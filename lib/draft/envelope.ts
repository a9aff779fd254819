import { isLetterId, type LetterId } from "@/letters";
import { DRAFT_FORMAT } from "./format";

/**
 * The stored draft's envelope, version 1, read without zod: question pages read their saved
 * answers before any checking code has loaded. The answers inside are taken as they are if they
 * are a set of answers at all; their shape is checked against the answers schema as soon as the
 * checks have loaded (./repair.ts). Damaged envelope parts fall back to empty rather than losing
 * the rest; null when it is not a version-1 draft or its answers are not a set of answers.
 */
type Raw = Record<string, unknown>;
export const isRecord = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);

function readEdits(value: unknown): Partial<Record<LetterId, Record<string, string>>> {
  if (!isRecord(value)) return {};
  // Any key that is not a letter makes the whole set unreadable, as a strict record would.
  if (!Object.keys(value).every(isLetterId)) return {};
  const out: Partial<Record<LetterId, Record<string, string>>> = {};
  for (const [id, edits] of Object.entries(value) as [LetterId, unknown][]) {
    out[id] = isRecord(edits) && Object.values(edits).every((v) => typeof v === "string") ? { ...(edits as Record<string, string>) } : {};
  }
  return out;
}

export function readStoredDraftV1(value: unknown): Raw | null {
  if (!isRecord(value) || value.format !== DRAFT_FORMAT || value.version !== 1) return null;
  if (!isRecord(value.answers)) return null;
  const letter = isRecord(value.letter) ? value.letter : null;
  const progress = isRecord(value.progress) ? value.progress : null;
  const answered = progress && Array.isArray(progress.answered) && progress.answered.every((v) => typeof v === "string") ? [...progress.answered] : [];
  return {
    format: value.format,
    version: 1,
    savedAt: typeof value.savedAt === "string" ? value.savedAt : new Date(0).toISOString(),
    answers: structuredClone(value.answers),
    letter: {
      templateId: letter && isLetterId(letter.templateId) ? letter.templateId : undefined,
      edits: letter ? readEdits(letter.edits) : {},
    },
    progress: { answered },
  };
}
