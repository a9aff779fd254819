import { syllable } from "syllable";
import type { LetterDocument } from "@/lib/letter/model";

/**
 * How hard a letter's body is to read (letters.md, "How to write for these users"): its
 * Flesch–Kincaid grade and its length in words. The body is what the reader reads as prose:
 * the paragraphs and lists after the greeting, not the addresses, the date, the patient's
 * identifiers or the signature.
 */
const NOT_BODY = new Set(["salutation", "patient-details"]);

/** The body's sentences: each list item and each paragraph ends one, whatever its punctuation. */
export function bodySentences(letter: LetterDocument): string[] {
  const units = letter.blocks.flatMap((block) => {
    if (block.kind === "paragraph" && !NOT_BODY.has(block.id)) return [block.text];
    if (block.kind === "list" && !NOT_BODY.has(block.id)) return block.items;
    return [];
  });
  // A full stop inside "Dr." or "e.g." would split a sentence; the letters use neither.
  return units.flatMap((unit) => unit.split(/(?<=[.!?])\s+/)).filter((s) => /\p{L}/u.test(s));
}

const wordsOf = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  /** Flesch–Kincaid grade: 0.39 × words a sentence + 11.8 × syllables a word − 15.59. */
  grade: number;
}

/**
 * Numbers (dates, phone numbers) and email addresses count as words of the letter's length but
 * not in the grade: they have no syllables to count, and "9 December 2026" is not hard reading.
 */
export function readability(letter: LetterDocument): Readability {
  const sentences = bodySentences(letter);
  const words = sentences.flatMap(wordsOf);
  const spoken = words.filter((w) => /\p{L}/u.test(w) && !w.includes("@"));
  const syllables = spoken.reduce((sum, w) => sum + Math.max(1, syllable(w)), 0);
  const grade = 0.39 * (spoken.length / sentences.length) + 11.8 * (syllables / spoken.length) - 15.59;
  return { words: words.length, sentences: sentences.length, syllables, grade: Math.round(grade * 10) / 10 };
}
