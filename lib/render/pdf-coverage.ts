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
export function characters(text: string): string[] {
  if (typeof Intl !== "undefined" && "Segmenter" in Intl) {
    return Array.from(new Intl.Segmenter("en-GB", { granularity: "grapheme" }).segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/** Characters that draw nothing (format and control characters, variation selectors, tags): named by their code, not shown. */
const INVISIBLE = /^[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]$/u;

const named = (symbol: string) => (INVISIBLE.test(symbol) ? `U+${symbol.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : symbol);

const missing = (symbol: string) => !LAID_OUT.test(symbol) && !fontHas(symbol.codePointAt(0)!);

/**
 * The characters in the letter (its plain text, `renderText`) that the PDF's font has no glyph
 * for, each once, in the order they first appear, exactly as they are: a character the font
 * lacks is named whole with what joins it (an emoji with its skin tone is one), and one that
 * joins a character the font has is named alone (a mark above a letter), or by its code when it
 * draws nothing (`U+E0041`, a tag character): never as the letter it follows. The PDF prints each
 * as "�" (`standInForMissing`); the Word file, the copied text and the printed page use the
 * reader's own fonts, which usually have them. Latin, Greek and Cyrillic, with their accents, are
 * covered; other scripts and emoji are not.
 */
export function charactersMissingFromPdf(letterText: string): string[] {
  const found = new Set<string>();
  for (const character of characters(letterText)) {
    const symbols = Array.from(character);
    if (!symbols.some(missing)) continue;
    if (missing(symbols[0]!) && !INVISIBLE.test(symbols[0]!)) found.add(character);
    else for (const symbol of symbols) if (missing(symbol)) found.add(named(symbol));
  }
  return [...found];
}

/** What the PDF prints for a character its font does not have: the replacement character, which the font draws. */
export const STAND_IN = "\uFFFD";

/**
 * The text with each character the font lacks replaced by "�", one for each character as a
 * reader sees it: a font that has no glyph would otherwise hand it to react-pdf's Helvetica
 * fallback, which can only draw Latin-1, and "Margaret 😀 Ellis" printed as "Margaret =Ellis".
 * What joins a character the font has keeps the character: "a" with a mark it lacks is "a�".
 */
export function standInForMissing(text: string): string {
  if (!Array.from(text).some(missing)) return text;
  return characters(text)
    .map((character) => {
      const symbols = Array.from(character);
      const first = symbols.findIndex(missing);
      return first === -1 ? character : `${symbols.slice(0, first).join("")}${STAND_IN}`;
    })
    .join("");
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
