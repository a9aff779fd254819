import type { TLetterLanguage, TNation } from "./vocabulary";

/** The language a letter is written in, as a catalogue tag. */
export type LetterTag = "en-GB" | "cy";

/**
 * The letter's language from the answers (issue 24): asked only of someone whose care is in Wales,
 * where NHS bodies answer Welsh in Welsh. A choice left from before the nation changed is not used.
 * `repliesInWelsh`: a letter in English that asks for replies in Welsh.
 */
export function letterLanguageOf(answers: { nation?: TNation | undefined; letterLanguage?: TLetterLanguage | undefined }): {
  tag: LetterTag;
  repliesInWelsh: boolean;
} {
  const chosen = answers.nation === "wales" ? answers.letterLanguage : undefined;
  return { tag: chosen === "welsh" ? "cy" : "en-GB", repliesInWelsh: chosen === "english-reply-welsh" };
}
