import { readFile } from "node:fs/promises";
import { todayIso } from "@/lib/answers/dates";
import type { LetterDocument } from "@/lib/letter/model";
import type { LetterFormat } from "@/lib/render";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import type { LetterId } from "@/letters";
import { buildLetter } from "@/letters/templates";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
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
  | { ok: false; exit: typeof EXIT.failure | typeof EXIT.invalidAnswers; problems: string[] };

/** Reads an answers file (`-` is standard input) and checks it for `template`; each problem is one line, without its newline. */
export async function checkAnswersFile(
  source: string,
  job: { template: LetterId; format: LetterFormat; date?: string },
  readStdin: () => Promise<string>,
): Promise<Checked> {
  const words = messages.cli;
  let raw: string;
  try {
    raw = source === "-" ? await readStdin() : await readFile(source, "utf8");
  } catch (error) {
    return {
      ok: false,
      exit: EXIT.failure,
      problems: [fill(words.cannotRead, { file: source, reason: (error as NodeJS.ErrnoException).code ?? String(error) })],
    };
  }
  let input: unknown;
  try {
    input = JSON.parse(raw.replace(/^\uFEFF/, ""));
  } catch (error) {
    return {
      ok: false,
      exit: EXIT.invalidAnswers,
      problems: [fill(words.problem, { path: words.wholeFile, message: fill(words.notJson, { reason: (error as Error).message }) })],
    };
  }
  const built = buildLetter(job.template, input, { date: job.date ?? todayIso(), words: messages });
  if (!built.ok) {
    return {
      ok: false,
      exit: EXIT.invalidAnswers,
      problems: built.problems.map((p) => fill(words.problem, { path: p.path || words.wholeFile, message: p.message })),
    };
  }
  const warnings: string[] = [];
  if (job.format === "pdf") {
    const missing = charactersMissingFromPdf(renderText(built.letter));
    if (missing.length > 0) {
      const format = formatFor(messages.meta);
      warnings.push(fill(words.pdfMissing, { characters: missingCharactersList(missing, format, messages.letterShared.moreCharacters) }));
    }
  }
  return { ok: true, letter: built.letter, warnings };
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
