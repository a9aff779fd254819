import { answersFileJsonSchema } from "@/lib/draft/answers-file";
import { nhsDirectory } from "@/lib/organisations/nhs-directory";
import { LETTER_IDS } from "@/templates";
import { messages } from "@/messages";
import { fill } from "@/messages/format";
import { parseCommand, UsageError } from "./args";
import { runBatch } from "./batch";
import { escapeForTerminal } from "./checks";
import { checkAnswersFile, EXIT, renderLetter } from "./letter-job";
import { writeAtomically } from "./write-atomically";

export { EXIT };

export interface Io {
  /** Standard input's bytes (or, from a test, text already decoded). */
  readStdin(): Promise<Uint8Array | string>;
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (a batch then keeps a progress line there). */
  terminal?: boolean;
}

/** The command line, as a function: returns the exit code instead of exiting. */
export async function main(argv: string[], rawIo: Io): Promise<number> {
  const words = messages.cli;
  // Everything printed passes through escapeForTerminal: messages carry parts of the user's files.
  const io: Io = { ...rawIo, stdout: (text) => rawIo.stdout(escapeForTerminal(text)), stderr: (text) => rawIo.stderr(escapeForTerminal(text)) };
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
        io.stdout(line(JSON.stringify(answersFileJsonSchema(LETTER_IDS), null, 2)));
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
        const checked = await checkAnswersFile(command.answers, command, io.readStdin);
        io.stderr(checked.warnings.map(line).join(""));
        if (!checked.ok) {
          io.stderr(checked.problems.map(line).join(""));
          return checked.exit;
        }
        await writeAtomically(command.out, await renderLetter(command.format, checked.letter));
        return EXIT.ok;
      }
      case "batch":
        return await runBatch(command, { ...io, progress: rawIo.stderr });
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
