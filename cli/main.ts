import { readFile } from "node:fs/promises";
import { todayIso } from "@/lib/answers/dates";
import { answersFileJsonSchema, type FileParts, fileParts } from "@/lib/draft/answers-file";
import { applyEdits } from "@/lib/letter/edits";
import type { LetterDocument } from "@/lib/letter/model";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { LETTER_IDS } from "@/letters";
import { buildLetter } from "@/letters/templates";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { parseCommand, UsageError } from "./args";
import { answersText, escapeForTerminal, unknownKeyLines } from "./checks";
import { NODE_FONTS } from "./fonts";
import { writeAtomically } from "./write-atomically";

export const EXIT = { ok: 0, failure: 1, invalidAnswers: 2 } as const;

export interface Io {
  /** Standard input's bytes (or, from a test, text already decoded). */
  readStdin(): Promise<Uint8Array | string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/** The bytes as they are: checking that they are UTF-8 is answersText's job, not the reader's. */
async function readAnswers(source: string, io: Io): Promise<Uint8Array | string> {
  return source === "-" ? io.readStdin() : readFile(source);
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The command line, as a function: returns the exit code instead of exiting. */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  const words = messages.cli;
  // Everything printed passes through escapeForTerminal: messages carry parts of the user's files.
  const io = { ...rawIo, stdout: (text: string) => rawIo.stdout(escapeForTerminal(text)), stderr: (text: string) => rawIo.stderr(escapeForTerminal(text)) };
  const line = (text: string) => `${text}\n`;
  try {
    const command = parseCommand(argv, words);
    switch (command.kind) {
      case "help":
        io.stdout(line(words.usage));
        return EXIT.ok;
      case "list":
        io.stdout(LETTER_IDS.map((id) => line(`${id}\t${messages.letters[id].title}`)).join(""));
        return EXIT.ok;
      case "schema":
        io.stdout(line(JSON.stringify(answersFileJsonSchema(), null, 2)));
        return EXIT.ok;
      case "letter": {
        let bytes: Uint8Array | string;
        try {
          bytes = await readAnswers(command.answers, io);
        } catch (error) {
          io.stderr(line(fill(words.cannotRead, { file: command.answers, reason: (error as NodeJS.ErrnoException).code ?? String(error) })));
          return EXIT.failure;
        }
        const problem = (path: string, message: string) => line(fill(words.problem, { path: path || words.wholeFile, message }));
        const raw = answersText(bytes);
        if (raw === null) {
          io.stderr(problem("", messages.answers.file.notUtf8));
          return EXIT.invalidAnswers;
        }
        let input: unknown;
        try {
          input = JSON.parse(raw);
        } catch (error) {
          io.stderr(problem("", fill(words.notJson, { reason: (error as Error).message })));
          return EXIT.invalidAnswers;
        }
        // The file is the whole draft: the answers, and the letter chosen and its rewording beside them.
        const parts: FileParts | null = isRecord(input) ? fileParts(input, messages) : null;
        if (parts) {
          if (parts.unknown.length) io.stderr(unknownKeyLines(parts.unknown, messages).map(line).join(""));
          if (parts.problems.length) {
            io.stderr(parts.problems.map((p) => problem(p.path, p.message)).join(""));
            return EXIT.invalidAnswers;
          }
        }
        const template = command.template ?? parts?.letter?.templateId;
        if (!template) throw new UsageError(words.missingTemplate);
        const built = buildLetter(template, parts ? parts.answers : input, { date: command.date ?? todayIso(), words: messages });
        if (!built.ok) {
          io.stderr(built.problems.map((p) => problem(p.path, p.message)).join(""));
          return EXIT.invalidAnswers;
        }
        const letter = applyEdits(built.letter, parts?.letter?.edits[template] ?? {});
        if (command.format === "pdf") {
          const missing = charactersMissingFromPdf(renderText(letter));
          if (missing.length > 0) {
            const format = formatFor(messages.meta);
            io.stderr(line(fill(words.pdfMissing, { characters: missingCharactersList(missing, format, messages.letterShared.moreCharacters) })));
          }
        }
        const output = await render(command.format, letter);
        await writeAtomically(command.out, output);
        return EXIT.ok;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${line(error.message)}\n${line(words.usage)}`);
    } else {
      io.stderr(line(fill(words.failed, { reason: error instanceof Error ? error.message : String(error) })));
    }
    return EXIT.failure;
  }
}

/** Renderers load only for the format asked for, so `--format txt` never pays for react-pdf. */
async function render(format: "pdf" | "docx" | "txt", letter: LetterDocument) {
  switch (format) {
    case "txt":
      return (await import("@/lib/render/text")).renderText(letter);
    case "pdf":
      return (await import("@/lib/render/pdf")).renderPdf(letter, NODE_FONTS);
    case "docx":
      return (await import("@/lib/render/docx")).renderDocx(letter);
  }
}
