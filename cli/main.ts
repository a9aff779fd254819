import { readFile } from "node:fs/promises";
import { answersJsonSchema } from "@/lib/answers";
import { todayIso } from "@/lib/answers/dates";
import type { LetterDocument } from "@/lib/letter/model";
import { charactersMissingFromPdf, missingCharactersList } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { LETTER_IDS } from "@/letters";
import { buildLetter } from "@/letters/templates";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { parseCommand, UsageError } from "./args";
import { NODE_FONTS } from "./fonts";
import { writeAtomically } from "./write-atomically";

export const EXIT = { ok: 0, failure: 1, invalidAnswers: 2 } as const;

export interface Io {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

async function readAnswers(source: string, io: Io): Promise<string> {
  return source === "-" ? io.readStdin() : readFile(source, "utf8");
}

/** The command line, as a function: returns the exit code instead of exiting. */
export async function main(argv: string[], io: Io): Promise<number> {
  const words = messages.cli;
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
        io.stdout(line(JSON.stringify(answersJsonSchema(), null, 2)));
        return EXIT.ok;
      case "letter": {
        let raw: string;
        try {
          raw = await readAnswers(command.answers, io);
        } catch (error) {
          io.stderr(line(fill(words.cannotRead, { file: command.answers, reason: (error as NodeJS.ErrnoException).code ?? String(error) })));
          return EXIT.failure;
        }
        let input: unknown;
        try {
          input = JSON.parse(raw.replace(/^\uFEFF/, ""));
        } catch (error) {
          io.stderr(line(fill(words.problem, { path: words.wholeFile, message: fill(words.notJson, { reason: (error as Error).message }) })));
          return EXIT.invalidAnswers;
        }
        const built = buildLetter(command.template, input, { date: command.date ?? todayIso(), words: messages });
        if (!built.ok) {
          io.stderr(built.problems.map((p) => line(fill(words.problem, { path: p.path || words.wholeFile, message: p.message }))).join(""));
          return EXIT.invalidAnswers;
        }
        if (command.format === "pdf") {
          const missing = charactersMissingFromPdf(renderText(built.letter));
          if (missing.length > 0) {
            const format = formatFor(messages.meta);
            io.stderr(line(fill(words.pdfMissing, { characters: missingCharactersList(missing, format, messages.letterShared.moreCharacters) })));
          }
        }
        const output = await render(command.format, built.letter);
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
