import type { Format } from "@/messages/format";
import type { Plural } from "@/messages/types";
import { PDF_FONT_RANGES } from "./pdf-font-coverage";

/** Line breaks and tabs are laid out by the PDF renderer, never drawn from the font. */
const LAID_OUT = /[\n\r\t]/;

function fontHas(codePoint: number): boolean {
  let low = 0;
  let high = PDF_FONT_RANGES.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const [first, last] = PDF_FONT_RANGES[mid]!;
    if (codePoint < first) high = mid - 1;
    else if (codePoint > last) low = mid + 1;
    else return true;
  }
  return false;
}

/** Whole characters as a reader sees them (an emoji with its skin tone is one), where supported. */
function characters(text: string): string[] {
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    return Array.from(new Intl.Segmenter("en-GB", { granularity: "grapheme" }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/**
 * The characters in the letter (its plain text, `renderText`) that the PDF's font has no glyph
 * for, each once, in the order they first appear. The PDF would print them as empty boxes; the Word file, the copied text and the
 * printed page use the reader's own fonts, which usually have them. Latin, Greek and Cyrillic,
 * with their accents, are covered; other scripts and emoji are not.
 */
export function charactersMissingFromPdf(letterText: string): string[] {
  const missing = new Set<string>();
  for (const character of characters(letterText)) {
    if (missing.has(character)) continue;
    for (const symbol of character) {
      if (!LAID_OUT.test(symbol) && !fontHas(symbol.codePointAt(0)!)) {
        missing.add(character);
        break;
      }
    }
  }
  return [...missing];
}

/** At most this many characters are named; the rest are counted. */
const NAMED_AT_MOST = 12;

/**
 * The characters a PDF cannot show, named for a person: "김, 민 and 준", or the first few and
 * "and 30 more", in the catalogue's language.
 */
export function missingCharactersList(characters: readonly string[], format: Format, more: Plural): string {
  const named = characters.slice(0, NAMED_AT_MOST);
  const rest = characters.length - named.length;
  return format.list(rest > 0 ? [...named, format.plural(more, rest)] : named);
}
