import { readFile } from "node:fs/promises";
import { todayIso } from "@/lib/answers/dates";
import { type FileParts, fileParts } from "@/lib/draft/answers-file";
import { applyEdits } from "@/lib/letter/edits";
import type { LetterDocument } from "@/lib/letter/model";
import { staleParts } from "@/lib/letter/stale";
import type { LetterFormat } from "@/lib/render";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { isLetterId, LETTER_IDS, type LetterId } from "@/templates";
import { buildLetter } from "@/templates/build";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { UsageError } from "./args";
import { answersText, answerWarningLines, unknownKeyLines } from "./checks";
import { NODE_FONTS } from "./fonts";

/**
 * One letter from one answers file, as the command line makes it, single (`--answers`) or in a
 * batch (`--batch`): read, checked against the letter's needs, then rendered. Nothing is written
 * here: the caller decides where, and writes only letters whose answers were all right.
 */

/** Exit codes: 0 success; 2 invalid answers; 1 anything else (a file that cannot be read, a failed render). */
export const EXIT = { ok: 0, failure: 1, invalidAnswers: 2 } as const;

export type Checked =
  | { ok: true; letter: LetterDocument; warnings: string[] }
  | { ok: false; exit: typeof EXIT.failure | typeof EXIT.invalidAnswers; problems: string[]; warnings: string[] };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads an answers file (`-` is standard input) and checks it like the input it is: UTF-8, JSON,
 * the draft's own parts (the letter chosen, its rewording), unknown keys named with the nearest
 * known one, then the answers against the letter's needs. The letter is `job.template`, or the
 * one the file names. Each problem and warning is one line, without its newline.
 */
export async function checkAnswersFile(
  source: string,
  job: { template?: LetterId; format: LetterFormat; date?: string },
  readStdin: () => Promise<Uint8Array | string>,
): Promise<Checked> {
  const words = messages.cli;
  const warnings: string[] = [];
  const fail = (exit: typeof EXIT.failure | typeof EXIT.invalidAnswers, problems: string[]): Checked => ({ ok: false, exit, problems, warnings });
  const problem = (path: string, message: string) => fill(words.problem, { path: path || words.wholeFile, message });
  let bytes: Uint8Array | string;
  try {
    // The bytes as they are: checking that they are UTF-8 is answersText's job, not the reader's.
    bytes = source === "-" ? await readStdin() : await readFile(source);
  } catch (error) {
    return fail(EXIT.failure, [fill(words.cannotRead, { file: source, reason: (error as NodeJS.ErrnoException).code ?? String(error) })]);
  }
  const raw = answersText(bytes);
  if (raw === null) return fail(EXIT.invalidAnswers, [problem("", messages.answers.file.notUtf8)]);
  let input: unknown;
  try {
    input = JSON.parse(raw);
  } catch (error) {
    return fail(EXIT.invalidAnswers, [problem("", fill(words.notJson, { reason: (error as Error).message }))]);
  }
  // The file is the whole draft: the answers, and the letter chosen and its rewording beside them.
  const parts: FileParts | null = isRecord(input) ? fileParts(input, messages, LETTER_IDS) : null;
  if (parts) {
    warnings.push(...unknownKeyLines(parts.unknown, messages));
    if (parts.problems.length)
      return fail(
        EXIT.invalidAnswers,
        parts.problems.map((p) => problem(p.path, p.message)),
      );
  }
  const fromFile = parts?.letter?.templateId;
  const template = job.template ?? (isLetterId(fromFile) ? fromFile : undefined);
  if (!template) throw new UsageError(words.missingTemplate);
  const answers = parts ? parts.answers : input;
  warnings.push(...answerWarningLines(answers, messages));
  const built = buildLetter(template, answers, { date: job.date ?? todayIso(), words: messages });
  if (!built.ok)
    return fail(
      EXIT.invalidAnswers,
      built.problems.map((p) => problem(p.path, p.message)),
    );
  const edits = parts?.letter?.edits[template] ?? {};
  // Rewording written from answers that have changed since: used as it is, and said so.
  for (const part of staleParts(built.letter, edits, parts?.letter?.basis?.[template] ?? {}, parts?.answers)) {
    warnings.push(fill(words.warning, { message: fill(words.problem, { path: `letter.edits.${template}.${part.id}`, message: words.staleRewording }) }));
  }
  const letter = applyEdits(built.letter, edits);
  if (job.format === "pdf") {
    const missing = charactersMissingFromPdf(renderText(letter));
    if (missing.length > 0) {
      const format = formatFor(messages.meta);
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
