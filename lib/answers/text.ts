/**
 * Free-text answers end up in a letter, so they are cleaned the same way everywhere:
 * Unicode NFC (so "Zoë" typed with a combining diaeresis matches the precomposed one),
 * invisible and control characters removed (they break PDF text and can hide content),
 * and runs of spaces folded. Multi-line answers keep single line breaks between paragraphs.
 */
const INVISIBLE =
  // C0/C1 controls except tab/newline, and every invisible format character (Unicode's Cf:
  // zero-width and bidi controls, BOM, soft hyphen, word joiners, interlinear annotation, the tag
  // characters U+E0000–E007F that can spell hidden words after any letter) but the few that
  // draw a mark of their own (the Arabic and Syriac number signs).
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|(?![\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}])\p{Cf}/gu;

export function cleanText(value: string, multiline = false): string {
  // Invisible characters out first, then NFC: one sitting between a letter and its accent
  // would otherwise stop the two composing.
  const normalised = value.replace(INVISIBLE, "").normalize("NFC").replace(/\r\n?/g, "\n");
  if (!multiline) return normalised.replace(/\s+/g, " ").trim();
  return normalised
    .split("\n")
    .map((line) => line.replace(/[ \t\u00A0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Limits chosen so that the longest possible letter still fits on about two pages. */
export const LIMITS = {
  name: 100,
  shortText: 120,
  addressLine: 100,
  town: 60,
  hospitalNumber: 30,
  relationship: 60,
  specialty: 80,
  email: 254,
  /** What the patient was told about surgery, the help they need, why a team: a few sentences. */
  note: 400,
  teamWhy: 600,
  otherEnclosures: 200,
  reason: 1200,
  ownWords: 1500,
  /** Entries in the log of what has happened: a letter lists them all. */
  logEntries: 30,
} as const;
