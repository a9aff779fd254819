import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { formatFor } from "@/messages/format";
import { answersOf, example, LETTER_DATE } from "@/tests/fixtures/examples";
import { pdfText } from "@/tests/helpers/extract";
import { main } from "./main";

// `npm run letter -- --batch <folder>`: every answers file checked first and named with its
// problems, a letter for each good one, nothing for a bad one, and the exit code saying so.

const TEMPLATE = "gp-oncology-second-opinion";
const B = messages.cli.batch;
const format = formatFor(messages.meta);

async function run(argv: string[], terminal = false) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { readStdin: async () => "", stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), terminal });
  return { code, stdout, stderr };
}

/** A folder holding the letter's examples, and what else a test puts there. */
function folderOf(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "letter-batch-"));
  const folder = join(dir, "answers");
  mkdirSync(folder);
  for (const name of ["typical", "carer", "minimal"]) copyFileSync(example(TEMPLATE, name).path, join(folder, `${name}.json`));
  for (const [name, text] of Object.entries(extra)) writeFileSync(join(folder, name), text);
  return folder;
}

const batch = (folder: string, out: string, fmt = "txt") => ["--template", TEMPLATE, "--batch", folder, "--format", fmt, "--out", out, "--date", LETTER_DATE];

describe("letter command line, --batch", () => {
  it("writes a letter for every answers file, named after it, and exits 0", async () => {
    const folder = folderOf({ "notes.txt": "not an answers file" });
    const out = join(folder, "..", "letters");
    const { code, stderr } = await run(batch(folder, out));
    expect(code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["carer.txt", "minimal.txt", "typical.txt"]);
    for (const name of ["typical", "carer", "minimal"]) {
      expect(readFileSync(join(out, `${name}.txt`), "utf8")).toBe(readFileSync(example(TEMPLATE, name).path.replace(/\.json$/, ".txt"), "utf8"));
    }
    expect(stderr).toContain(format.plural(B.written, 3, { folder: out }));
  });

  it("checks every file first, names each one with its problems, writes nothing for them, and exits 2", async () => {
    const missingName = answersOf(TEMPLATE, "typical");
    delete missingName.patient.fullName;
    const folder = folderOf({ "broken.json": "{ not json", "no-name.json": JSON.stringify(missingName) });
    const out = join(folder, "..", "letters");
    const { code, stderr } = await run(batch(folder, out, "pdf"));
    expect(code).toBe(2);
    expect(readdirSync(out).sort()).toEqual(["carer.pdf", "minimal.pdf", "typical.pdf"]);
    const lines = stderr.split("\n");
    expect(lines.filter((l) => l.startsWith("broken.json: "))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith("no-name.json: patient.fullName: "))).toBe(true);
    expect(stderr).toContain(format.plural(B.skipped, 2));
    // The problems all come before any letter is made: the summary of what was skipped precedes what was written.
    expect(stderr.indexOf(format.plural(B.skipped, 2))).toBeLessThan(stderr.indexOf(format.plural(B.written, 3, { folder: out })));
    expect(await pdfText(new Uint8Array(readFileSync(join(out, "carer.pdf"))))).toContain("Gwen");
  });

  it("keeps a progress line on a terminal, and none elsewhere", async () => {
    const folder = folderOf();
    const onTerminal = await run(batch(folder, join(folder, "..", "a")), true);
    expect(onTerminal.stderr).toContain(`\r${messages.cli.batch.progress.replace("{done}", "3").replace("{total}", "3")}`);
    const piped = await run(batch(folder, join(folder, "..", "b")));
    expect(piped.stderr).not.toContain("\r");
  });

  it("says so, and exits 1, when the folder holds no answers files or cannot be read", async () => {
    const empty = mkdtempSync(join(tmpdir(), "letter-batch-empty-"));
    const none = await run(batch(empty, join(empty, "out")));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain(empty);
    expect(existsSync(join(empty, "out"))).toBe(false);
    const missing = await run(batch(join(empty, "no-such-folder"), join(empty, "out")));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("ENOENT");
  });

  it("refuses --answers and --batch together", async () => {
    const folder = folderOf();
    const { code, stderr } = await run([...batch(folder, join(folder, "..", "x")), "--answers", example(TEMPLATE, "typical").path]);
    expect(code).toBe(1);
    expect(stderr).toContain(B.bothSources);
  });
});
