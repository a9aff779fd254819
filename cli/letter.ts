import { escapeLine } from "./checks";
import { interruptedMessage } from "./interrupt";
import { main } from "./main";
import { readStreamBounded } from "./read-bounded";

// An interrupt (Ctrl-C, a kill, a closed terminal) says how far the command got and ends it.
// Letters are written whole or not at all (cli/write-atomically.ts), so nothing is left to
// remove. The exit code is the shell's for a signal: 128 and the signal's number.
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
  ["SIGHUP", 1],
] as const) {
  process.once(signal, () => {
    const said = interruptedMessage();
    if (said) process.stderr.write(`${escapeLine(said)}\n`);
    process.exit(128 + number);
  });
}

process.exitCode = await main(process.argv.slice(2), {
  // The bytes as they came, at most 200 KB and within a time: main checks that they are UTF-8.
  readStdin: async () => {
    const read = await readStreamBounded(process.stdin);
    // What was not read is not waited for.
    if (!read.ok) process.stdin.destroy();
    return read;
  },
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  writeStdout: (data) => process.stdout.write(data),
  terminal: process.stderr.isTTY === true,
  stdoutTerminal: process.stdout.isTTY === true,
});
