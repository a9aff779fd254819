import { execFile, execFileSync, spawn } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES } from "@/lib/draft/answers-file";
import { messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { answersOf, example, LETTER_DATE } from "@/tests/fixtures/examples";
import { pdfText } from "@/tests/helpers/extract";
import { entryOf, ROOT } from "./bundle.mjs";
import { main } from "./main";
import { READ_LIMITS, readBounded, readStreamBounded } from "./read-bounded";

// Issue 23, rows 3 and 7: the command line writes only regular files it created, reads answers
// within bounds, and says what it skipped, what it stopped at, and nothing a file name can forge.

const W = messages.cli;
const B = W.batch;
const format = formatFor(messages.meta);
const TEMPLATE = "gp-oncology-second-opinion";
const typical = example(TEMPLATE, "typical").path;

async function run(argv: string[], stdin: string | Uint8Array = "") {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { readStdin: async () => stdin, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = () => mkdtempSync(join(tmpdir(), "letter-safety-"));
const letterTo = (out: string, answers = typical) => ["--template", TEMPLATE, "--answers", answers, "--format", "txt", "--out", out, "--date", LETTER_DATE];
const fifo = (path: string) => {
  execFileSync("mkfifo", [path]);
  return path;
};
/** A Unix socket bound at `path`, closed by the returned function. */
async function socketAt(path: string): Promise<() => Promise<void>> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(path, resolve));
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
const isRoot = process.getuid?.() === 0;
/** A device node of our own (a copy of /dev/null), which only root may make: never the machine's own. */
const deviceAt = (path: string) => {
  execFileSync("mknod", [path, "c", "1", "3"]);
  return path;
};
/** Everything in a folder, hidden files too: what a run left behind. */
const left = (folder: string) => readdirSync(folder).sort();

describe("--out writes only a regular file it created (row 3)", () => {
  it("refuses a FIFO, a folder and a socket at --out, leaves each as it was, and leaves no file beside it", async () => {
    const folder = dir();
    mkdirSync(join(folder, "folder.txt"));
    const cases: [string, keyof typeof W.notAFile][] = [
      [fifo(join(folder, "pipe.txt")), "fifo"],
      [join(folder, "folder.txt"), "folder"],
    ];
    const close = await socketAt(join(folder, "socket.txt"));
    cases.push([join(folder, "socket.txt"), "socket"]);
    try {
      for (const [out, kind] of cases) {
        const { code, stderr } = await run(letterTo(out));
        expect(code, kind).toBe(1);
        expect(stderr).toBe(`${fill(W.cannotWrite, { file: out, reason: W.notAFile[kind] })}\n`);
      }
      expect(lstatSync(join(folder, "pipe.txt")).isFIFO()).toBe(true);
      expect(lstatSync(join(folder, "folder.txt")).isDirectory()).toBe(true);
      expect(lstatSync(join(folder, "socket.txt")).isSocket()).toBe(true);
      expect(left(folder)).toEqual(["folder.txt", "pipe.txt", "socket.txt"]);
    } finally {
      await close();
    }
  });

  it.runIf(isRoot)("refuses a device node, run as root, and leaves it a device", async () => {
    const folder = dir();
    const device = deviceAt(join(folder, "null"));
    const { code, stderr } = await run(letterTo(device));
    expect(code).toBe(1);
    expect(stderr).toBe(`${fill(W.cannotWrite, { file: device, reason: W.notAFile.device })}\n`);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it("never follows or replaces a symbolic link at --out, in a single letter or a batch", async () => {
    const folder = dir();
    const outside = join(dir(), "outside.txt");
    writeFileSync(outside, "not yours");
    const link = join(folder, "letter.txt");
    symlinkSync(outside, link);
    const single = await run(letterTo(link));
    expect(single.code).toBe(1);
    expect(single.stderr).toBe(`${fill(W.cannotWrite, { file: link, reason: W.notAFile.symlink })}\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(outside, "utf8")).toBe("not yours");

    // A batch's out folder with a link planted under a letter's name: that letter is refused, the others written.
    const answers = join(folder, "answers");
    mkdirSync(answers);
    for (const name of ["typical", "carer"]) writeFileSync(join(answers, `${name}.json`), readFileSync(example(TEMPLATE, name).path));
    const out = join(folder, "letters");
    mkdirSync(out);
    symlinkSync(outside, join(out, "typical.txt"));
    const batch = await run(["--template", TEMPLATE, "--batch", answers, "--format", "txt", "--out", out, "--date", LETTER_DATE]);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain(
      fill(B.fileProblem, { file: "typical.json", problem: fill(W.cannotWrite, { file: join(out, "typical.txt"), reason: W.notAFile.symlink }) }),
    );
    expect(readFileSync(outside, "utf8")).toBe("not yours");
    expect(left(out)).toEqual(["carer.txt", "typical.txt"]);
  });
});

describe("answers read within bounds, from regular files only (row 7)", () => {
  it("refuses a device and a FIFO as --answers at once, without reading or waiting", async () => {
    const folder = dir();
    const pipe = fifo(join(folder, "answers.json"));
    for (const [answers, kind] of [
      ["/dev/zero", "device"],
      [pipe, "fifo"],
      [folder, "folder"],
    ] as const) {
      const { code, stderr } = await run(letterTo(join(folder, "letter.txt"), answers));
      expect(code, answers).toBe(1);
      expect(stderr).toBe(`${fill(W.cannotRead, { file: answers, reason: W.notAFile[kind] })}\n`);
    }
    expect(left(folder)).toEqual(["answers.json"]);
  });

  it("refuses a file larger than the browser reads, before reading it", async () => {
    const folder = dir();
    const big = join(folder, "big.json");
    writeFileSync(big, JSON.stringify({ ...answersOf(TEMPLATE, "typical"), padding: "x".repeat(MAX_FILE_BYTES) }));
    const { code, stderr } = await run(letterTo(join(folder, "letter.txt"), big));
    expect(code).toBe(2);
    expect(stderr).toBe(`answers: ${messages.answers.file.tooBig}\n`);
    expect(await readBounded(big)).toEqual({ ok: false, reason: "too-big" });
  });

  it("reads standard input to the size bound and no further, and within the time bound", async () => {
    let taken = 0;
    async function* endless() {
      for (;;) {
        taken++;
        yield new Uint8Array(64 * 1024);
      }
    }
    expect(await readStreamBounded(endless())).toEqual({ ok: false, reason: "too-big" });
    expect(taken).toBe(Math.ceil((READ_LIMITS.bytes + 1) / (64 * 1024)));
    // A stream that never sends anything (a terminal left waiting, a FIFO with no writer).
    const silent: AsyncIterable<Uint8Array> = { [Symbol.asyncIterator]: () => ({ next: () => new Promise<IteratorResult<Uint8Array>>(() => {}) }) };
    expect(await readStreamBounded(silent, { bytes: READ_LIMITS.bytes, ms: 20 })).toEqual({ ok: false, reason: "too-slow" });
    // Through main, as the real standard input gives it.
    const { code, stderr } = await run(letterTo(join(dir(), "letter.txt"), "-"), { ok: false, reason: "too-slow" } as never);
    expect(code).toBe(1);
    expect(stderr).toBe(`${fill(W.cannotRead, { file: "-", reason: fill(W.tooSlow, { seconds: format.number(READ_LIMITS.ms / 1000) }) })}\n`);
  });
});

describe("--batch accounts for every entry (row 7)", () => {
  /** A folder of answers with a symbolic link to a good file, a FIFO and a folder named *.json, and a note. */
  function awkwardFolder() {
    const folder = join(dir(), "answers");
    mkdirSync(folder);
    writeFileSync(join(folder, "typical.json"), readFileSync(typical));
    symlinkSync(typical, join(folder, "linked.json"));
    fifo(join(folder, "pipe.json"));
    mkdirSync(join(folder, "folder.json"));
    writeFileSync(join(folder, "notes.txt"), "not answers");
    return folder;
  }

  it("names each entry it skips and why, and exits 1 when it skipped an answers-shaped one", async () => {
    const folder = awkwardFolder();
    const out = join(folder, "..", "letters");
    const { code, stderr } = await run(["--template", TEMPLATE, "--batch", folder, "--format", "txt", "--out", out, "--date", LETTER_DATE]);
    expect(code).toBe(1);
    const lines = stderr.split("\n");
    const skipped = (file: string, reason: string) => fill(B.fileProblem, { file, problem: fill(B.notRead, { reason }) });
    expect(lines).toEqual(
      expect.arrayContaining([
        skipped("folder.json", W.notAFile.folder),
        skipped("linked.json", W.notAFile.symlink),
        skipped("pipe.json", W.notAFile.fifo),
        skipped("notes.txt", B.notAnswers),
        format.plural(B.written, 1, { folder: out }),
      ]),
    );
    expect(left(out)).toEqual(["typical.txt"]);
  });

  it("exits 0 with only answers files and other files, naming the others", async () => {
    const folder = join(dir(), "answers");
    mkdirSync(folder);
    writeFileSync(join(folder, "typical.json"), readFileSync(typical));
    writeFileSync(join(folder, "notes.txt"), "not answers");
    const { code, stderr } = await run(["--template", TEMPLATE, "--batch", folder, "--format", "txt", "--out", join(folder, "..", "out")]);
    expect(code).toBe(0);
    expect(stderr).toContain(fill(B.fileProblem, { file: "notes.txt", problem: fill(B.notRead, { reason: B.notAnswers }) }));
  });

  it("escapes a line break in a file name, so no name prints a line of its own", async () => {
    const folder = join(dir(), "answers");
    mkdirSync(folder);
    const forged = format.plural(B.written, 99, { folder: "everything" });
    writeFileSync(join(folder, `x.json\n${forged}\n.json`), "{ not json");
    const { code, stderr } = await run(["--template", TEMPLATE, "--batch", folder, "--format", "txt", "--out", join(folder, "..", "out")]);
    expect(code).toBe(2);
    expect(stderr.split("\n")).not.toContain(forged);
    expect(stderr).toContain(`x.json\\u000A${forged}\\u000A.json: `);
  });
});

describe("the real process: folders, interrupts (row 7)", () => {
  const exec = promisify(execFile);

  it("makes its folders owner-only (0700) whatever the umask", async () => {
    const folder = dir();
    const answers = join(folder, "answers");
    mkdirSync(answers);
    writeFileSync(join(answers, "typical.json"), readFileSync(typical));
    const out = join(folder, "a", "b", "letters");
    const argv = ["--template", TEMPLATE, "--batch", answers, "--format", "txt", "--out", out];
    await exec("sh", ["-c", `umask 000 && npm run --silent --prefix "$0" letter -- "$@"`, ROOT, ...argv], { cwd: folder });
    for (const made of [join(folder, "a"), join(folder, "a", "b"), out]) expect(statSync(made).mode & 0o777, made).toBe(0o700);
    expect(statSync(join(out, "typical.txt")).mode & 0o777).toBe(0o600);
  });

  it("on an interrupt, says how far it got, leaves whole letters and no temporary file, and exits 130", async () => {
    const folder = dir();
    const answers = join(folder, "answers");
    mkdirSync(answers);
    // Enough letters that the interrupt comes long before the last: it is sent once the first is written.
    const total = 60;
    for (let i = 0; i < total; i++) writeFileSync(join(answers, `p${String(i).padStart(3, "0")}.json`), readFileSync(typical));
    const out = join(folder, "letters");
    const child = spawn(process.execPath, [entryOf(), "--template", TEMPLATE, "--batch", answers, "--format", "pdf", "--out", out, "--date", LETTER_DATE], {
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Wait for the first letter: the folder is watched, not slept on.
    await new Promise<void>((resolve) => {
      const check = () => {
        if (existsSync(out) && readdirSync(out).some((f) => f.endsWith(".pdf"))) {
          clearInterval(timer);
          resolve();
        }
      };
      const timer = setInterval(check, 5);
    });
    child.kill("SIGINT");
    expect(await exited).toBe(130);
    const written = readdirSync(out);
    expect(
      written.filter((f) => !f.endsWith(".pdf")),
      "no temporary file",
    ).toEqual([]);
    expect(written.length).toBeGreaterThan(0);
    expect(written.length).toBeLessThan(total);
    expect(stderr.trim().split("\n").at(-1)).toBe(fill(B.interrupted, { done: format.number(written.length), total: format.number(total), folder: out }));
    for (const file of written) expect(await pdfText(new Uint8Array(readFileSync(join(out, file)))), file).toContain("Dear Dr");
  }, 60_000);
});
