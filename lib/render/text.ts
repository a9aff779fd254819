import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";

/**
 * The lines one block contributes. Blocks are separated by one blank line; the signature leaves
 * two blank lines between the closing and the name, room to sign a printed copy.
 */
function blockLines(block: LetterBlock): string[] {
  switch (block.kind) {
    case "address":
      return block.lines;
    case "date":
      return [block.text];
    case "heading":
      return [block.text];
    case "paragraph":
      return [block.text];
    case "list":
      return block.style === "numbered" ? block.items.map((item, i) => `${i + 1}. ${item}`) : block.items.map((item) => `- ${item}`);
    case "signature":
      if (block.closing === "") return block.lines;
      return block.lines.length > 0 ? [block.closing, "", "", ...block.lines] : [block.closing];
    default:
      return assertNever(block);
  }
}

/**
 * The letter as plain text, for pasting into a GP practice's online form or an email. No line
 * wrapping (the form or mail client wraps); `\n` line ends; ends with one newline.
 */
export function renderText(doc: LetterDocument): string {
  const chunks = doc.blocks.map((block) => blockLines(block).join("\n")).filter((chunk) => chunk.trim().length > 0);
  return `${chunks.join("\n\n")}\n`;
}
