import { DRAFT_FORMAT, type KeptPart } from "./format";

/**
 * The stored draft's envelope, version 1, read without zod: question pages read their saved
 * answers before any checking code has loaded. The answers inside are taken as they are if they
 * are a set of answers at all; their shape is checked against the answers schema as soon as the
 * checks have loaded (./repair.ts). A damaged envelope part is kept aside as it was (`kept`) and
 * read as empty, rather than losing the rest or being lost itself at the next save; parts this
 * version does not know are carried as they are. Null when it is not a version-1 draft or its
 * answers are not a set of answers. `letterIds` are the letters this version writes (the journey's
 * composition root gives them): a letter chosen that is not one of them is kept aside.
 */
type Raw = Record<string, unknown>;
export const isRecord = (value: unknown): value is Raw => typeof value === "object" && value !== null && !Array.isArray(value);

const KNOWN = new Set(["format", "version", "savedAt", "answers", "letter", "progress", "kept"]);

/**
 * The rewording, letter by letter. Each letter's rewording is read on its own, and each part in
 * it: one bad part is kept aside, not the letter's whole rewording, nor every letter's. A letter
 * this version does not write keeps its rewording: a newer version may have saved it.
 */
function readEdits(value: unknown, kept: KeptPart[], key: "edits" | "basis" = "edits"): Partial<Record<string, Record<string, string>>> {
  if (value === undefined) return {};
  if (!isRecord(value)) {
    kept.push({ path: `letter.${key}`, value });
    return {};
  }
  const out: Raw = {};
  for (const [id, edits] of Object.entries(value)) {
    if (!isRecord(edits)) {
      kept.push({ path: `letter.${key}.${id}`, value: edits });
      continue;
    }
    const good: Raw = {};
    for (const [block, text] of Object.entries(edits)) {
      if (typeof text === "string") define(good, block, text);
      else kept.push({ path: `letter.${key}.${id}.${block}`, value: text });
    }
    define(out, id, good);
  }
  return out as Partial<Record<string, Record<string, string>>>;
}

/** A plain data property even for "__proto__", which assignment would take as the prototype. */
function define(out: Raw, key: string, value: unknown): void {
  Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
}

function readKept(value: unknown): KeptPart[] {
  if (!Array.isArray(value)) return [];
  return value.filter((part): part is KeptPart => isRecord(part) && typeof part.path === "string").map((part) => ({ path: part.path, value: part.value }));
}

export function readStoredDraftV1(value: unknown, letterIds: readonly string[]): Raw | null {
  if (!isRecord(value) || value.format !== DRAFT_FORMAT || value.version !== 1) return null;
  if (!isRecord(value.answers)) return null;
  const kept = readKept(value.kept);
  const letter = isRecord(value.letter) ? value.letter : null;
  if (value.letter !== undefined && value.letter !== null && !letter) kept.push({ path: "letter", value: value.letter });
  const templateId = letter && typeof letter.templateId === "string" && letterIds.includes(letter.templateId) ? letter.templateId : undefined;
  if (letter && letter.templateId !== undefined && templateId === undefined) kept.push({ path: "letter.templateId", value: letter.templateId });
  const edits = letter ? readEdits(letter.edits, kept) : {};
  // Our wording when each part was reworded: read as the rewording is (the same shape).
  const basis = letter && letter.basis !== undefined ? readEdits(letter.basis, kept, "basis") : undefined;
  const progress = isRecord(value.progress) ? value.progress : null;
  // Pages answered are our own bookkeeping, not the user's words: the readable ones are enough.
  const answered = progress && Array.isArray(progress.answered) ? progress.answered.filter((v): v is string => typeof v === "string") : [];
  const out: Raw = {};
  for (const [key, part] of Object.entries(value)) if (!KNOWN.has(key)) define(out, key, structuredClone(part));
  Object.assign(out, {
    format: value.format,
    version: 1,
    savedAt: typeof value.savedAt === "string" ? value.savedAt : new Date(0).toISOString(),
    answers: structuredClone(value.answers),
    letter: { templateId, edits, ...(basis ? { basis } : {}) },
    progress: { answered },
  });
  if (kept.length > 0) out.kept = structuredClone(kept);
  return out;
}
