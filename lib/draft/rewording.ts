import { blockEditText, type LetterEdits } from "@/lib/letter/edits";
import type { LetterDocument } from "@/lib/letter/model";
import type { Draft } from "./format";

/**
 * The draft with one part of a letter reworded (`text`), its rewording taken away (undefined), or
 * kept as checked ("keep"), under the letter's id (`templateId`). `letter` is the letter as we
 * write it from the answers now. Beside each
 * rewording goes our wording as it was then (its basis), so a change to the answers it was written
 * from can be seen (lib/letter/stale.ts): keeping it after a check takes our wording as it is now.
 * Saving our own wording unchanged is not a rewording.
 */
export function withRewording(draft: Draft, templateId: string, letter: LetterDocument, id: string, text: string | undefined | "keep"): Draft {
  const current: LetterEdits = { ...(draft.letter.edits[templateId] ?? {}) };
  const bases: LetterEdits = { ...(draft.letter.basis?.[templateId] ?? {}) };
  const original = letter.blocks.find((b) => "id" in b && b.id === id);
  const ours = original ? blockEditText(original) : undefined;
  if (text === undefined || ours === text) {
    delete current[id];
    delete bases[id];
  } else {
    if (text !== "keep") current[id] = text;
    if (ours !== undefined) bases[id] = ours;
  }
  return {
    ...draft,
    letter: { ...draft.letter, edits: { ...draft.letter.edits, [templateId]: current }, basis: { ...draft.letter.basis, [templateId]: bases } },
  };
}
