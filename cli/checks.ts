import { answerWarnings } from "@/lib/answers/warnings";
import type { UnknownKey } from "@/lib/draft/answers-file";
import { decodeAnswersFile } from "@/lib/draft/answers-file";
import type { Catalogue } from "@/messages";
import { fill } from "@/messages/format";

/**
 * The checks the command line makes on what it reads and what it prints, one small function
 * each, so every command that reads answers files makes the same ones.
 */

/**
 * Terminal control characters (C0 and C1 codes but tab and newline, DEL) and the characters
 * that reorder or hide text (bidirectional overrides and isolates, line and paragraph
 * separators), written out as `\u001B`. Anything the command line prints may carry part of a
 * file (a key, a JSON error quoting its text, a file name), and printed raw these could recolour
 * the terminal, move the cursor, rewrite what was printed before, or make a path read backwards.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;

const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;

export function escapeForTerminal(text: string): string {
  return text.replace(CONTROL, escaped);
}

/**
 * One line of what the command line prints (a problem, a warning, a file's name and what became
 * of it), with its own line breaks and tabs escaped too: a file named "a.json\nb.json: all
 * written" must not print a line of its own that looks like ours.
 */
export function escapeLine(text: string): string {
  return escapeForTerminal(text).replace(/[\t\n]/g, escaped);
}

/**
 * The answers as text. Bytes must be UTF-8: anything else is refused rather than read with its
 * accented letters turned into "�" (null). Text already decoded (a test's standard input) is
 * taken as it is.
 */
export function answersText(input: Uint8Array | string): string | null {
  return typeof input === "string" ? input.replace(/^\uFEFF/, "") : decodeAnswersFile(input);
}

/** One warning line for each key a file has that this version does not know, with the nearest known key. */
export function unknownKeyLines(unknown: readonly UnknownKey[], words: Pick<Catalogue, "cli" | "answers">): string[] {
  const F = words.answers.file;
  return unknown.map((u) => {
    const near = u.kind === "field" ? F.unknownFieldNear : F.unknownLetterNear;
    const far = u.kind === "field" ? F.unknownField : F.unknownLetter;
    const message = u.suggestion ? fill(near, { suggestion: u.suggestion }) : far;
    return fill(words.cli.warning, { message: fill(words.cli.problem, { path: u.path, message }) });
  });
}

/**
 * One warning line for each answer that may be mistyped but can still make the letter (a CHI
 * number that does not start with the date of birth): `Warning: patient.nhsNumber: …`.
 */
export function answerWarningLines(answers: unknown, words: Pick<Catalogue, "cli" | "answers" | "meta">): string[] {
  return answerWarnings(answers, words).map((w) => fill(words.cli.warning, { message: fill(words.cli.problem, { path: w.path, message: w.message }) }));
}
