import { todayIso } from "@/lib/answers/dates";
import { letterLanguageOf } from "@/lib/answers/letter-language";
import type { Problem } from "@/lib/answers";
import { type FileParts, fileParts } from "@/lib/draft/answers-file";
import { lineAndColumn, scanJson } from "@/lib/draft/json-bounds";
import { applyEdits } from "@/lib/letter/edits";
import type { LetterDocument } from "@/lib/letter/model";
import { staleParts } from "@/lib/letter/stale";
import type { LetterFormat } from "@/lib/render";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { isLetterId, LETTER_IDS, type LetterId } from "@/templates";
import { buildLetter } from "@/templates/build";
import { CATALOGUES, messages } from "@/messages";
import type { LetterLanguage } from "./args";
import { fill, formatFor } from "@/messages/format";
import { answersText, answerWarningLines, unknownKeyLines } from "./checks";
import { NODE_FONTS } from "./fonts";
import { type BoundedRead, READ_LIMITS, readBounded } from "./read-bounded";

/**
 * One letter from one answers file, as the command line makes it, single (`--answers`) or in a
 * batch (`--batch`): read, checked against the letter's needs, then rendered. Nothing is written
 * here: the caller decides where, and writes only letters whose answers were all right.
 */

/** Exit codes: 0 success; 2 invalid answers; 1 anything else (a file that cannot be read, a failed render). */
export const EXIT = { ok: 0, failure: 1, invalidAnswers: 2 } as const;

export type Checked =
  | { ok: true; letter: LetterDocument; warnings: string[] }
  /** `usage`: the mistake is the command's, not the file's (no letter named anywhere). */
  | { ok: false; exit: typeof EXIT.failure | typeof EXIT.invalidAnswers; problems: string[]; warnings: string[]; usage?: true };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Standard input as main is given it: bytes or text already read (a test's), or a bounded read. */
export type StdinRead = Uint8Array | string | BoundedRead;

/** Why a file was not read, in words: not a file, too slow, or the system's error code. */
export function notReadReason(read: Exclude<BoundedRead, { ok: true } | { reason: "too-big" }>): string {
  const words = messages.cli;
  switch (read.reason) {
    case "not-a-file":
      return words.notAFile[read.kind];
    case "too-slow":
      return fill(words.tooSlow, { seconds: formatFor(messages.meta).number(READ_LIMITS.ms / 1000) });
    case "error":
      return read.code;
  }
}

/**
 * Reads an answers file (`-` is standard input) and checks it like the input it is: a regular
 * file of at most 200 KB read within a time (cli/read-bounded.ts), UTF-8, JSON nested no deeper
 * than answers go, the draft's own parts (the letter chosen, its rewording), unknown keys named
 * with the nearest known one, then the answers against the letter's needs, dated `job.date`.
 * The letter is the file's own, or `job.template` (with a warning when the file names another).
 * `noFollow`: a symbolic link is not read (a batch's files). Each problem and warning is one
 * line, without its newline.
 */
export async function checkAnswersFile(
  source: string,
  job: { template?: LetterId; format: LetterFormat; date?: string; describeFiles?: boolean; language?: LetterLanguage },
  readStdin: () => Promise<StdinRead>,
  options: { noFollow?: boolean } = {},
): Promise<Checked> {
  const words = messages.cli;
  const format = formatFor(messages.meta);
  const warnings: string[] = [];
  const fail = (exit: typeof EXIT.failure | typeof EXIT.invalidAnswers, problems: string[]): Checked => ({ ok: false, exit, problems, warnings });
  const problem = (path: string, message: string) => fill(words.problem, { path: path || words.wholeFile, message });
  const warning = (path: string, message: string) => fill(words.warning, { message: problem(path, message) });
  const stated = (p: Problem) => problem(p.path, p.allowed ? fill(words.allowed, { message: p.message, values: format.list(p.allowed, "or") }) : p.message);

  const got = source === "-" ? await readStdin() : await readBounded(source, options);
  const read: BoundedRead =
    typeof got === "string" || got instanceof Uint8Array ? { ok: true, bytes: typeof got === "string" ? new TextEncoder().encode(got) : got } : got;
  if (!read.ok && read.reason !== "too-big") return fail(EXIT.failure, [fill(words.cannotRead, { file: source, reason: notReadReason(read) })]);
  if (!read.ok || read.bytes.length > READ_LIMITS.bytes) return fail(EXIT.invalidAnswers, [problem("", messages.answers.file.tooBig)]);
  // Text already decoded (a test's standard input) is taken as it is; bytes must be UTF-8.
  const raw = typeof got === "string" ? answersText(got) : answersText(read.bytes);
  if (raw === null) return fail(EXIT.invalidAnswers, [problem("", messages.answers.file.notUtf8)]);
  // Measured before it is parsed: nothing nested deeper than answers go reaches the code after JSON.parse.
  const scan = scanJson(raw);
  if (!scan.ok && scan.reason === "too-deep") return fail(EXIT.invalidAnswers, [problem("", messages.answers.file.tooDeep)]);
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (error) {
    const { line, column } = lineAndColumn(raw, scan.ok ? 0 : scan.offset);
    return fail(EXIT.invalidAnswers, [problem("", fill(words.notJson, { line, column, reason: (error as Error).message }))]);
  }
  // The file is the whole draft: the answers, and the letter chosen and its rewording beside them.
  const parts: FileParts | null = isRecord(input) ? fileParts(input, messages, LETTER_IDS) : null;
  if (parts) {
    warnings.push(...unknownKeyLines(parts.unknown, messages));
    if (parts.problems.length) return fail(EXIT.invalidAnswers, parts.problems.map(stated));
  }
  const fromFile = parts?.letter?.templateId;
  const fileLetter = isLetterId(fromFile) ? fromFile : undefined;
  const template = job.template ?? fileLetter;
  if (!template) return { ok: false, exit: EXIT.failure, problems: [words.missingTemplate], warnings, usage: true };
  if (fileLetter && fileLetter !== template) warnings.push(warning("letter.templateId", fill(words.templateOverride, { file: fileLetter, template })));
  const answers = parts ? parts.answers : input;
  warnings.push(...answerWarningLines(answers, messages));
  // The language asked for, else the one the answers chose (care in Wales), else this command's.
  const language = job.language ?? answersLanguage(answers);
  const built = buildLetter(template, answers, {
    date: job.date ?? todayIso(),
    words: language ? CATALOGUES[language] : messages,
    fileProperties: job.describeFiles ? "describe" : "neutral",
  });
  if (!built.ok) return fail(EXIT.invalidAnswers, built.problems.map(stated));
  for (const section of built.unchecked) warnings.push(warning(section, words.notUsed));
  const edits = parts?.letter?.edits[template] ?? {};
  // Rewording written from answers that have changed since: used as it is, and said so.
  for (const part of staleParts(built.letter, edits, parts?.letter?.basis?.[template] ?? {}, parts?.answers)) {
    warnings.push(warning(`letter.edits.${template}.${part.id}`, words.staleRewording));
  }
  const letter = applyEdits(built.letter, edits);
  if (job.format === "pdf") {
    const missing = charactersMissingFromPdf(renderText(letter));
    if (missing.length > 0) {
      warnings.push(fill(words.pdfMissing, { characters: missingCharactersList(missing, format, messages.letterShared.moreCharacters) }));
    }
  }
  return { ok: true, letter, warnings };
}

/** Renderers load only for the format asked for, so `--format txt` never pays for react-pdf. */
export async function renderLetter(format: LetterFormat, letter: LetterDocument): Promise<Uint8Array | string> {
  switch (format) {
    case "txt":
      return (await import("@/lib/render/text")).renderText(letter);
    case "pdf":
      return (await import("@/lib/render/pdf")).renderPdf(letter, NODE_FONTS);
    case "docx":
      return (await import("@/lib/render/docx")).renderDocx(letter);
  }
}

/** The letter's language the answers chose, if they chose one (lib/answers/letter-language.ts). */
function answersLanguage(answers: unknown): LetterLanguage | undefined {
  if (!isRecord(answers)) return undefined;
  const { tag } = letterLanguageOf(answers as Parameters<typeof letterLanguageOf>[0]);
  return tag === "cy" ? tag : undefined;
}
