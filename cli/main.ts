import { readFile } from "node:fs/promises";
import { answersJsonSchema, todayIso } from "@/lib/answers";
import { cliPdfMissing } from "@/content/letter";
import { TEMPLATE_IDS } from "@/lib/letter/model";
import { charactersMissingFromPdf } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { buildLetter, TEMPLATES } from "@/templates";
import { parseCommand, USAGE, UsageError } from "./args";
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
  try {
    const command = parseCommand(argv);
    switch (command.kind) {
      case "help":
        io.stdout(`${USAGE}\n`);
        return EXIT.ok;
      case "list":
        io.stdout(TEMPLATE_IDS.map((id) => `${id}\t${TEMPLATES[id].title}\n`).join(""));
        return EXIT.ok;
      case "schema":
        io.stdout(`${JSON.stringify(answersJsonSchema(), null, 2)}\n`);
        return EXIT.ok;
      case "letter": {
        let raw: string;
        try {
          raw = await readAnswers(command.answers, io);
        } catch (error) {
          io.stderr(`Could not read the answers file "${command.answers}": ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
          return EXIT.failure;
        }
        let input: unknown;
        try {
          input = JSON.parse(raw.replace(/^\uFEFF/, ""));
        } catch (error) {
          io.stderr(`answers: The answers file is not valid JSON (${(error as Error).message})\n`);
          return EXIT.invalidAnswers;
        }
        const built = buildLetter(command.template, input, { date: command.date ?? todayIso() });
        if (!built.ok) {
          io.stderr(built.problems.map((p) => `${p.path || "answers"}: ${p.message}\n`).join(""));
          return EXIT.invalidAnswers;
        }
        if (command.format === "pdf") {
          const missing = charactersMissingFromPdf(renderText(built.letter));
          if (missing.length > 0) io.stderr(cliPdfMissing(missing));
        }
        const output = await render(command.format, built.letter);
        await writeAtomically(command.out, output);
        return EXIT.ok;
      }
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n\n${USAGE}\n`);
    } else {
      io.stderr(`Could not make the letter: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    return EXIT.failure;
  }
}

/** Renderers load only for the format asked for, so `--format txt` never pays for react-pdf. */
async function render(format: "pdf" | "docx" | "txt", letter: Parameters<typeof import("@/lib/render/text").renderText>[0]) {
  switch (format) {
    case "txt":
      return (await import("@/lib/render/text")).renderText(letter);
    case "pdf":
      return (await import("@/lib/render/pdf")).renderPdf(letter, NODE_FONTS);
    case "docx":
      return (await import("@/lib/render/docx")).renderDocx(letter);
  }
}
