import { cleanText } from "@/lib/answers/text";
import { assertNever, isEditable, type LetterBlock, type LetterDocument } from "./model";

/**
 * The longest one part of the letter may be reworded to (after cleaning), so an edited letter
 * still fits on a few pages. Our longest part is well under half of it.
 */
export const EDIT_MAX = 2000;

/** True when a rewording is longer than EDIT_MAX once cleaned. */
export function editTooLong(text: string): boolean {
  return cleanText(text, true).length > EDIT_MAX;
}

/**
 * A user's rewording of blocks, by block id. A block's text is edited as plain text: lists and
 * addresses as one line per item, signatures as the closing then one line per line.
 */
export type LetterEdits = Record<string, string>;

/** The text a user sees and edits for a block. */
export function blockEditText(block: LetterBlock): string {
  switch (block.kind) {
    case "address":
      return block.lines.join("\n");
    case "date":
      return block.text;
    case "heading":
    case "paragraph":
      return block.text;
    case "list":
      return block.items.join("\n");
    case "signature":
      return [block.closing, ...block.lines].join("\n");
    default:
      return assertNever(block);
  }
}

/**
 * Rewording is cleaned like every answer: invisible and control characters out, spaces folded.
 * It is text, never markup: renderers print it as it is.
 */
function lines(text: string): string[] {
  return cleanText(text, true)
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

function applyEdit(block: LetterBlock, text: string): LetterBlock {
  switch (block.kind) {
    case "address":
      return { ...block, lines: lines(text) };
    case "date":
      return block;
    case "heading":
      return { ...block, text: cleanText(text) };
    case "paragraph":
      return { ...block, text: cleanText(text, true) };
    case "list":
      return { ...block, items: lines(text) };
    case "signature": {
      const [closing = "", ...rest] = lines(text);
      return { ...block, closing, lines: rest };
    }
    default:
      return assertNever(block);
  }
}

function isEmpty(block: LetterBlock): boolean {
  switch (block.kind) {
    case "address":
      return block.lines.length === 0;
    case "list":
      return block.items.length === 0;
    case "heading":
    case "paragraph":
    case "date":
      return block.text.length === 0;
    case "signature":
      return block.closing.length === 0 && block.lines.length === 0;
    default:
      return assertNever(block);
  }
}

/**
 * The letter with the user's edits applied; a block edited down to nothing is left out. A block
 * that is not editable keeps its words whatever a stored draft says (an older draft, or a file).
 */
export function applyEdits<D extends LetterDocument>(doc: D, edits: LetterEdits): D {
  const blocks = doc.blocks
    .map((block) => (isEditable(block) && Object.hasOwn(edits, block.id) ? applyEdit(block, edits[block.id]!) : block))
    .filter((block) => !isEmpty(block));
  return { ...doc, blocks };
}
