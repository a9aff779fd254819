import type { Command } from "./args";
import { mkdir, readdir } from "node:fs/promises";
import { basename, extname, join } from "node:path";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { escapeLine } from "./checks";
import { whenInterrupted } from "./interrupt";
import { checkAnswersFile, EXIT, renderLetter, type StdinRead } from "./letter-job";
import type { NotAFile } from "./read-bounded";
import { NotAFileError, writeAtomically } from "./write-atomically";

export interface BatchIo {
  readStdin(): Promise<StdinRead>;
  stderr(text: string): void;
  /** True when stderr is a terminal: then a progress line is kept up to date. */
  terminal?: boolean;
  /**
   * Writes the progress line to stderr as it is: it is only our words and numbers, and redraws
   * itself with a carriage return, which `stderr` (escaping what files bring) would write out.
   */
  progress?(text: string): void;
}

/** The batch command as the arguments give it (`template`: the letter for every file; without it, each file's own). */
export type BatchCommand = Omit<Extract<Command, { kind: "batch" }>, "kind">;

/** What a folder's entry is, as readdir says without following it. */
function entryKind(entry: {
  isFile(): boolean;
  isSymbolicLink(): boolean;
  isFIFO(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isSocket(): boolean;
  isDirectory(): boolean;
}): NotAFile | null {
  if (entry.isFile()) return null;
  if (entry.isSymbolicLink()) return "symlink";
  if (entry.isFIFO()) return "fifo";
  if (entry.isCharacterDevice() || entry.isBlockDevice()) return "device";
  if (entry.isSocket()) return "socket";
  if (entry.isDirectory()) return "folder";
  return "other";
}

const isAnswersName = (name: string) => extname(name).toLowerCase() === ".json";

/**
 * `--batch <folder>`: a letter for every answers file (`*.json`) in the folder, in one process, into
 * `--out <folder>` (made owner-only, 0700, if missing) as `<name>.<format>`. Each file makes its
 * own letter (`letter.templateId`) unless `--template` names one for all. Every entry is accounted
 * for: an answers file is read only if it is a regular file (a symbolic link, a FIFO, a folder
 * named `*.json` are named with the reason and not read, and make the exit code 1); any other
 * entry is named as not an answers file. Every file is read and checked first, and each problem
 * is reported with the file's name; a file with a problem gets no letter, and the exit code says
 * so (2 when answers were invalid, 1 when a file could not be read or a letter not written). The
 * letters of the files that were right are made and written one by one, each whole or not at
 * all. Every name printed is escaped (`escapeLine`), a line break in it included.
 */
export async function runBatch(command: BatchCommand, io: BatchIo): Promise<number> {
  const words = messages.cli.batch;
  const format = formatFor(messages.meta);
  const line = (text: string) => io.stderr(`${escapeLine(text)}\n`);
  const about = (file: string, problem: string) => line(fill(words.fileProblem, { file, problem }));
  let names: string[];
  let failed = false;
  try {
    const entries = (await readdir(command.folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    names = [];
    for (const entry of entries) {
      const kind = entryKind(entry);
      const answers = isAnswersName(entry.name);
      if (kind === null && answers) names.push(entry.name);
      else if (answers) {
        // Shaped like an answers file and not read: the batch did not do all it was asked.
        about(entry.name, fill(words.notRead, { reason: messages.cli.notAFile[kind!] }));
        failed = true;
      } else about(entry.name, fill(words.notRead, { reason: words.notAnswers }));
    }
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
  const ready: { name: string; letter: Parameters<typeof renderLetter>[1] }[] = [];
  for (const name of names) {
    // Not followed if it became a symbolic link since the folder was listed.
    const checked = await checkAnswersFile(join(command.folder, name), command, io.readStdin, { noFollow: true });
    for (const warning of checked.warnings) about(name, warning);
    if (!checked.ok) {
      for (const problem of checked.problems) about(name, problem);
      if (checked.exit === EXIT.failure) failed = true;
      else invalidAnswers = true;
      continue;
    }
    ready.push({ name, letter: checked.letter });
  }
  const skipped = names.length - ready.length;
  if (skipped > 0) line(format.plural(words.skipped, skipped));

  try {
    // Owner-only, whatever the umask: the folder's names are the patients' files' names.
    await mkdir(command.out, { recursive: true, mode: 0o700 });
  } catch (error) {
    line(fill(messages.cli.failed, { reason: error instanceof Error ? error.message : String(error) }));
    return EXIT.failure;
  }
  let written = 0;
  whenInterrupted(() => fill(words.interrupted, { done: format.number(written), total: format.number(ready.length), folder: command.out }));
  const progress = (done: number) => {
    if (io.terminal) (io.progress ?? io.stderr)(`\r${fill(words.progress, { done: format.number(done), total: format.number(ready.length) })}`);
  };
  progress(0);
  for (const { name, letter } of ready) {
    // A turn of the event loop between letters: rendering resolves only promises, and an
    // interrupt (cli/letter.ts) is heard only between turns.
    await new Promise((resolve) => setImmediate(resolve));
    const file = join(command.out, `${basename(name, extname(name))}.${command.format}`);
    try {
      await writeAtomically(file, await renderLetter(command.format, letter));
      written++;
      progress(written);
    } catch (error) {
      if (io.terminal) (io.progress ?? io.stderr)("\n");
      const reason =
        error instanceof NotAFileError
          ? fill(messages.cli.cannotWrite, { file, reason: messages.cli.notAFile[error.kind] })
          : fill(messages.cli.failed, { reason: error instanceof Error ? error.message : String(error) });
      about(name, reason);
      failed = true;
    }
  }
  if (io.terminal) (io.progress ?? io.stderr)("\n");
  line(format.plural(words.written, written, { folder: command.out }));
  // A file that could not be read or written outranks invalid answers: both are reported above.
  return failed ? EXIT.failure : invalidAnswers ? EXIT.invalidAnswers : EXIT.ok;
}
