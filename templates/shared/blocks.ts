import type { LetterBlock } from "@/lib/letter/model";

/** Small builders so templates read as a list of what the letter says. */
export const paragraph = (id: string, text: string): LetterBlock => ({ kind: "paragraph", id, text });
export const heading = (id: string, text: string): LetterBlock => ({ kind: "heading", id, text });
export const bullets = (id: string, items: string[]): LetterBlock => ({ kind: "list", id, style: "bullet", items });
/** A list the answers alone write, kept out of rewording (the patient's identity). */
export const fixedBullets = (id: string, items: string[]): LetterBlock => ({ kind: "list", id, style: "bullet", items, fixed: true });
export const numbered = (id: string, items: string[]): LetterBlock => ({ kind: "list", id, style: "numbered", items });

/**
 * Words the user typed over several lines become one paragraph a line, with ids that stay stable
 * so edits to them survive a re-render.
 */
export function ownParagraphs(idPrefix: string, text: string | undefined): LetterBlock[] {
  if (!text) return [];
  return text
    .split(/\n+/)
    .map((t) => t.trim())
    .filter(Boolean)
    .map((t, i) => paragraph(`${idPrefix}-${i + 1}`, t));
}

/** Leaves out the parts a template decided not to include. */
export function compact(blocks: Array<LetterBlock | LetterBlock[] | false | null | undefined>): LetterBlock[] {
  return blocks.flatMap((b) => (b ? b : []));
}
