import { blockEditText, type LetterEdits } from "./edits";
import type { LetterDocument } from "./model";

/**
 * A reworded part whose own wording has moved on since the user reworded it: an answer it was
 * written from has changed (a new hospital, a new name), or something it says that is not an
 * answer has (a date). The user's words still say the old thing, so they are asked to check it.
 */
export interface StalePart {
  id: string;
  /** Our wording of the part now. */
  ours: string;
  /**
   * The answers (dotted paths) the part now says and did not say when it was reworded: the ones
   * that changed. Empty when what changed is not something the user typed.
   */
  changed: string[];
}

/** Every answer the user typed, by dotted path ("preferred.hospital"). */
function typedAnswers(value: unknown, path = "", out: [string, string][] = []): [string, string][] {
  if (typeof value === "string") {
    // A word or two letters would be found inside any paragraph: too short to say what changed.
    if (value.trim().length >= 3) out.push([path, value.trim()]);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) typedAnswers(item, `${path}.${i}`, out);
  } else if (value && typeof value === "object") {
    for (const [key, part] of Object.entries(value)) typedAnswers(part, path ? `${path}.${key}` : key, out);
  }
  return out;
}

/**
 * The reworded parts of `original` (our letter as the answers make it now) that are out of date:
 * those with a basis (our wording when reworded) that is not our wording now. A part reworded
 * before bases were kept has none, and cannot be judged.
 */
export function staleParts(original: LetterDocument, edits: LetterEdits, basis: LetterEdits, answers: unknown): StalePart[] {
  const typed = typedAnswers(answers);
  const out: StalePart[] = [];
  for (const block of original.blocks) {
    if (!("id" in block) || !Object.hasOwn(edits, block.id) || !Object.hasOwn(basis, block.id)) continue;
    const ours = blockEditText(block);
    const then = basis[block.id]!;
    if (ours === then) continue;
    const changed = typed.filter(([, value]) => ours.includes(value) && !then.includes(value)).map(([path]) => path);
    out.push({ id: block.id, ours, changed });
  }
  return out;
}
