import type { LetterTag } from "@/lib/answers/letter-language";

/** The letter words' files (app/letter-words/[file]/route.ts), by name, and the language of each. */
export const LETTER_WORDS_FILES = { "en-GB.json": "en-GB", "cy.json": "cy" } as const satisfies Record<string, LetterTag>;
export type LetterWordsFile = keyof typeof LETTER_WORDS_FILES;

/** Where the words for a letter in this language are, from the site's root. */
export function letterWordsPath(tag: LetterTag): string {
  return `/letter-words/${tag}.json`;
}
