import { answersFileJsonSchema } from "@/lib/draft/answers-file";
import { nhsDirectory } from "@/lib/organisations/nhs-directory";
import { LETTER_IDS } from "@/templates";
import { messages } from "@/messages";
import { fill } from "@/messages/format";
import { parseCommand, UsageError } from "./args";
import { runBatch } from "./batch";
import { escapeForTerminal, escapeLine } from "./checks";
import { whenInterrupted } from "./interrupt";
import { schemaWords } from "./schema-words";
import { checkAnswersFile, EXIT, renderLetter, type StdinRead } from "./letter-job";
import { NotAFileError, writeAtomically } from "./write-atomically";

export { EXIT };

export interface Io {
  /** Standard input's bytes, read within bounds (or, from a test, text already decoded). */
  readStdin(): Promise<StdinRead>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** A letter written to standard output (`--out -`), as it is: bytes for a PDF or Word file. */
  writeStdout?(data: Uint8Array | string): void;
  /** True when stderr is a terminal (a batch then keeps a progress line there). */
  terminal?: boolean;
  /** True when stdout is a terminal: a PDF or Word file is not printed there. */
  stdoutTerminal?: boolean;
}

/** The command line, as a function: returns the exit code instead of exiting. */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  const words = messages.cli;
  // Everything printed passes through escapeForTerminal: messages carry parts of the user's files.
  const io: Io = { ...rawIo, stdout: (text) => rawIo.stdout(escapeForTerminal(text)), stderr: (text) => rawIo.stderr(escapeForTerminal(text)) };
  const line = (text: string) => `${text}\n`;
  // A problem or warning is one line, whatever a file's name or key holds (a line break included).
  const oneLine = (text: string) => line(escapeLine(text));
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
        io.stdout(line(JSON.stringify(answersFileJsonSchema(LETTER_IDS, schemaWords()), null, 2)));
        return EXIT.ok;
      case "organisations": {
        const w = words.organisations;
        const directory = nhsDirectory();
        const found = directory.search(command.words, 50);
        if (found.length === 0) {
          io.stderr(line(fill(w.none, { words: command.words })));
          return EXIT.invalidAnswers;
        }
        for (const o of found) {
          const row = fill(w.row, {
            code: o.code,
            name: o.name,
            kind: w.kinds[o.kind],
            nation: messages.letterShared.nations[o.nation],
            town: o.town,
            postcode: o.postcode,
          });
          const board = directory.actingBody(o);
          io.stdout(line(board === o ? row : fill(w.actsFor, { row, board: `${board.code} ${board.name}` })));
        }
        return EXIT.ok;
      }
      case "letter": {
        const toStdout = command.out === "-";
        if (toStdout && command.format !== "txt" && rawIo.stdoutTerminal) throw new UsageError(fill(words.binaryToTerminal, { format: command.format }));
        whenInterrupted(() => (toStdout ? "" : fill(words.interrupted, { file: command.out })));
        const checked = await checkAnswersFile(command.answers, command, io.readStdin);
        io.stderr(checked.warnings.map(oneLine).join(""));
        if (!checked.ok) {
          if (checked.usage) throw new UsageError(checked.problems.join("\n"));
          io.stderr(checked.problems.map(oneLine).join(""));
          return checked.exit;
        }
        const data = await renderLetter(command.format, checked.letter);
        // The letter as it is, not escaped: its text was cleaned of control characters when it was read.
        if (toStdout && rawIo.writeStdout) rawIo.writeStdout(data);
        else if (toStdout) rawIo.stdout(typeof data === "string" ? data : Buffer.from(data).toString("latin1"));
        else await writeAtomically(command.out, data);
        return EXIT.ok;
      }
      case "batch":
        return await runBatch(command, { ...io, progress: rawIo.stderr });
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${oneLine(error.message)}\n${line(words.usage)}`);
    } else if (error instanceof NotAFileError) {
      io.stderr(oneLine(fill(words.cannotWrite, { file: error.path, reason: words.notAFile[error.kind] })));
    } else {
      io.stderr(oneLine(fill(words.failed, { reason: error instanceof Error ? error.message : String(error) })));
    }
    return EXIT.failure;
  }
}
