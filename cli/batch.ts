import { mkdir, readdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import type { LetterFormat } from "@/lib/render";
import type { LetterId } from "@/templates";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { checkAnswersFile, EXIT, renderLetter } from "./letter-job";
import { writeAtomically } from "./write-atomically";

export interface BatchIo {
  readStdin(): Promise<Uint8Array | string>;
  stderr(text: string): void;
  /** True when stderr is a terminal: then a progress line is kept up to date. */
  terminal?: boolean;
  /**
   * Writes the progress line to stderr as it is: it is only our words and numbers, and redraws
   * itself with a carriage return, which `stderr` (escaping what files bring) would write out.
   */
  progress?(text: string): void;
}

export interface BatchCommand {
  template: LetterId;
  folder: string;
  format: LetterFormat;
  out: string;
  date?: string;
}

/**
 * `--batch <folder>`: a letter for every answers file (`*.json`) in the folder, in one process, into
 * `--out <folder>` as `<name>.<format>`. Every file is read and checked first, and each problem is
 * reported with the file's name; a file with a problem gets no letter, and the exit code says so
 * (2 when answers were invalid, 1 when a file could not be read or a letter not written). The
 * letters of the files that were right are made and written one by one, each whole or not at all.
 */
export async function runBatch(command: BatchCommand, io: BatchIo): Promise<number> {
  const words = messages.cli.batch;
  const format = formatFor(messages.meta);
  const line = (text: string) => io.stderr(`${text}\n`);
  let names: string[];
  try {
    names = (await readdir(command.folder, { withFileTypes: true }))
      .filter((entry) => entry.isFile() && extname(entry.name).toLowerCase() === ".json")
      .map((entry) => entry.name)
      .sort();
  } catch (error) {
    line(fill(messages.cli.cannotRead, { file: command.folder, reason: (error as NodeJS.ErrnoException).code ?? String(error) }));
    return EXIT.failure;
  }
  if (names.length === 0) {
    line(fill(words.noFiles, { folder: command.folder }));
    return EXIT.failure;
  }

  // Every file checked before any letter is made, so all the problems come at once.
  let invalidAnswers = false;
  let failed = false;
  const ready: { name: string; letter: Parameters<typeof renderLetter>[1] }[] = [];
  for (const name of names) {
    const checked = await checkAnswersFile(join(command.folder, name), command, io.readStdin);
    if (!checked.ok) {
      for (const problem of checked.problems) line(fill(words.fileProblem, { file: name, problem }));
      if (checked.exit === EXIT.failure) failed = true;
      else invalidAnswers = true;
      continue;
    }
    for (const warning of checked.warnings) line(fill(words.fileProblem, { file: name, problem: warning }));
    ready.push({ name, letter: checked.letter });
  }
  const skipped = names.length - ready.length;
  if (skipped > 0) line(format.plural(words.skipped, skipped));

  try {
    await mkdir(command.out, { recursive: true });
  } catch (error) {
    line(fill(messages.cli.failed, { reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failure;
  }
  const progress = (done: number) => {
    if (io.terminal) (io.progress ?? io.stderr)(`\r${fill(words.progress, { done: format.number(done), total: format.number(ready.length) })}`);
  };
  let written = 0;
  progress(0);
  for (const { name, letter } of ready) {
    const file = join(command.out, `${basename(name, extname(name))}.${command.format}`);
    try {
      await writeAtomically(file, await renderLetter(command.format, letter));
      written++;
      progress(written);
    } catch (error) {
      if (io.terminal) (io.progress ?? io.stderr)("\n");
      line(fill(words.fileProblem, { file: name, problem: fill(messages.cli.failed, { reason: error instanceof Error ? error.message : String(error) }) }));
      failed = true;
    }
  }
  if (io.terminal) (io.progress ?? io.stderr)("\n");
  line(format.plural(words.written, written, { folder: command.out }));
  // A file that could not be read or written outranks invalid answers: both are reported above.
  return failed ? EXIT.failure : invalidAnswers ? EXIT.invalidAnswers : EXIT.ok;
}
