import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answersOf, example, LETTER_DATE } from "@/tests/fixtures/examples";
import { docxText, pdfText } from "@/tests/helpers/extract";
import { buildBundle, entryOf, notRunnableMessage, ROOT, staleReason } from "./bundle.mjs";
import { main } from "./main";

/** Runs the command line in-process, collecting what it prints. */
async function run(argv: string[], stdin = "") {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { readStdin: async () => stdin, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = () => mkdtempSync(join(tmpdir(), "letter-cli-"));
const typicalPath = example("gp-oncology-second-opinion", "typical").path;
const args = (out: string, extra: string[] = []) => [
  "--template",
  "gp-oncology-second-opinion",
  "--answers",
  typicalPath,
  "--format",
  "txt",
  "--out",
  out,
  "--date",
  LETTER_DATE,
  ...extra,
];

describe("letter command line", () => {
  it("--list prints one template id a line, then its title", async () => {
    const { code, stdout } = await run(["--list"]);
    expect(code).toBe(0);
    const ids = stdout
      .trim()
      .split("\n")
      .map((l) => l.split("\t")[0]);
    expect(ids).toEqual(["gp-oncology-second-opinion", "oncologist-surgical-review", "gp-surgical-second-opinion", "pals-concern"]);
    expect(stdout).toContain("\tLetter to your GP asking for a second opinion from another oncology team");
  });

  it("--schema prints the answers JSON Schema", async () => {
    const { code, stdout } = await run(["--schema"]);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema.$schema).toContain("json-schema.org");
    expect(schema.properties.patient.properties.nhsNumber.type).toBe("string");
  });

  it.each(["pdf", "docx", "txt"] as const)("writes a %s letter and exits 0", async (format) => {
    const out = join(dir(), `letter.${format}`);
    const { code, stderr } = await run([
      "--template",
      "oncologist-surgical-review",
      "--answers",
      example("oncologist-surgical-review", "carer").path,
      "--format",
      format,
      "--out",
      out,
      "--date",
      LETTER_DATE,
    ]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const bytes = new Uint8Array(readFileSync(out));
    const text = format === "pdf" ? await pdfText(bytes) : format === "docx" ? await docxText(bytes) : new TextDecoder().decode(bytes);
    expect(text).toContain("Gwen Pritchard");
    expect(text).toContain("485 777 3007");
    expect(text).toContain("Morriston Hospital");
  });

  it("writes a PDF with characters its fonts lack, and warns which on stderr", async () => {
    const answers = JSON.parse(readFileSync(typicalPath, "utf8"));
    answers.patient.fullName = "김민준 Kim";
    const folder = dir();
    const input = JSON.stringify(answers);
    const pdf = await run(
      ["--template", "gp-oncology-second-opinion", "--answers", "-", "--format", "pdf", "--out", join(folder, "letter.pdf"), "--date", LETTER_DATE],
      input,
    );
    expect(pdf.code).toBe(0);
    expect(pdf.stderr).toBe("Warning: the PDF's lettering does not have 김, 민 and 준, which will show as empty boxes. The docx and txt formats keep them.\n");
    expect(await pdfText(new Uint8Array(readFileSync(join(folder, "letter.pdf"))))).toContain("Kim");
    const txt = await run(
      ["--template", "gp-oncology-second-opinion", "--answers", "-", "--format", "txt", "--out", join(folder, "letter.txt"), "--date", LETTER_DATE],
      input,
    );
    expect(txt.stderr).toBe("");
    expect(readFileSync(join(folder, "letter.txt"), "utf8")).toContain("김민준 Kim");
  });

  it("reads answers from standard input with --answers -", async () => {
    const out = join(dir(), "letter.txt");
    const { code } = await run(
      ["--template", "pals-concern", "--answers", "-", "--format", "txt", "--out", out, "--date", LETTER_DATE],
      readFileSync(example("pals-concern", "typical").path, "utf8"),
    );
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("Dear PALS Team,");
  });

  it("exits 2 with one `path: message` line a problem, and writes nothing", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.patient.nhsNumber = "943 476 5918";
    delete answers.gp;
    const bad = join(folder, "bad.json");
    writeFileSync(bad, JSON.stringify(answers));
    const out = join(folder, "letter.pdf");
    const { code, stderr } = await run(["--template", "gp-oncology-second-opinion", "--answers", bad, "--format", "pdf", "--out", out]);
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      "patient.nhsNumber: Enter a valid NHS number. Check each digit: one may be mistyped",
      "gp: This letter goes to the GP: enter the GP's details",
    ]);
    expect(readdirSync(folder)).toEqual(["bad.json"]);
  });

  it("exits 2 when the answers are not JSON", async () => {
    const { code, stderr } = await run(["--template", "pals-concern", "--answers", "-", "--format", "txt", "--out", join(dir(), "x.txt")], "{ not json");
    expect(code).toBe(2);
    expect(stderr).toMatch(/^answers: The answers file is not valid JSON/);
  });

  it("exits 2 when a reply-by date is before the letter's date", async () => {
    const { code, stderr } = await run(args(join(dir(), "x.txt"), []).map((a) => (a === LETTER_DATE ? "2026-12-20" : a)));
    expect(code).toBe(2);
    expect(stderr).toBe("replyBy: The reply-by date must be after the date of the letter (20 December 2026)\n");
  });

  it.each([
    [["--template", "nope", "--answers", "a", "--format", "pdf", "--out", "x"], /Unknown template "nope"/],
    [["--template", "pals-concern", "--answers", "a", "--format", "rtf", "--out", "x"], /--format must be pdf, docx or txt/],
    [["--template", "pals-concern"], /Missing --answers, --format, --out/],
    [["--bogus"], /Unknown option/],
    [["--template", "pals-concern", "--answers", "a", "--format", "txt", "--out", "x", "--date", "2026-02-30"], /--date must be a real date/],
  ])("exits 1 on a usage mistake: %j", async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Usage:");
  });

  it("exits 1 when the answers file cannot be read", async () => {
    const { code, stderr } = await run(args(join(dir(), "x.txt")).map((a) => (a === typicalPath ? "/no/such/file.json" : a)));
    expect(code).toBe(1);
    expect(stderr).toContain("ENOENT");
  });

  it("exits 1 and leaves no file when the output cannot be written", async () => {
    const folder = dir();
    const { code, stderr } = await run(args(join(folder, "missing-folder", "letter.txt")));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Could not make the letter/);
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe("the real process", () => {
  const exec = promisify(execFile);
  // `npm run letter` runs the bundled CLI with plain node (cli/run.mjs), built by npm ci's prepare.
  const npmRunLetter = (argv: string[], cwd = ROOT) => exec("npm", ["run", "--silent", "--prefix", ROOT, "letter", "--", ...argv], { cwd });

  it("exits with the code main returns, via npm run letter", async () => {
    const folder = dir();
    const bad = join(folder, "bad.json");
    writeFileSync(bad, "{}");
    const failed = await npmRunLetter(["--template", "pals-concern", "--answers", bad, "--format", "txt", "--out", join(folder, "x.txt")]).catch((e) => e);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain("schemaVersion: schemaVersion must be 1");
    const usage = await npmRunLetter(["--bogus"]).catch((e) => e);
    expect(usage.code).toBe(1);
    expect(usage.stderr).toContain("Usage:");
    const ok = await npmRunLetter(["--list"]);
    expect(ok.stdout.split("\n")[0]).toMatch(/^gp-oncology-second-opinion\t/);
  });

  it("writes a PDF with the embedded fonts from any working folder, via npm run letter", async () => {
    const folder = dir();
    const out = join(folder, "letter.pdf");
    await npmRunLetter(["--template", "gp-oncology-second-opinion", "--answers", typicalPath, "--format", "pdf", "--out", out, "--date", LETTER_DATE], folder);
    const bytes = new Uint8Array(readFileSync(out));
    expect(Buffer.from(bytes).toString("latin1")).toMatch(/\/FontFile2/);
    expect(await pdfText(bytes)).toContain("Dear Dr");
  });

  it("still runs from source with tsx", async () => {
    const ok = await exec("npx", ["tsx", "cli/letter.ts", "--list"], { cwd: ROOT });
    expect(ok.stdout.split("\n")[0]).toMatch(/^gp-oncology-second-opinion\t/);
  });
});

describe("the bundle behind npm run letter", () => {
  // Inside the project, as the real one (node_modules/.cache/letter-cli): the bundle finds
  // public/fonts by looking upward from its own folder.
  const outDir = join(ROOT, "node_modules", ".cache", `letter-cli-test-${process.pid}`);
  let entry = "";
  beforeAll(async () => {
    entry = await buildBundle(outDir);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it("is not run when a source it was built from changes or goes, or before it is built", () => {
    expect(entry).toBe(entryOf(outDir));
    expect(staleReason(outDir)).toBeNull();
    expect(notRunnableMessage(outDir)).toBeNull();
    const manifestPath = join(outDir, "manifest.json");
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
    expect(manifest.inputs).toEqual(expect.arrayContaining(["cli/main.ts", "lib/render/pdf.tsx", "package-lock.json"]));
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, startedMs: 0 }));
    expect(staleReason(outDir)).toMatch(/^was built before .* changed$/);
    expect(notRunnableMessage(outDir)).toMatch(/^The command line was built before .* changed: run `npm run prepare` to build it/);
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, inputs: [...manifest.inputs, "cli/no-such-file.ts"] }));
    expect(staleReason(outDir)).toBe("was built from cli/no-such-file.ts, which is gone");
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(staleReason(outDir)).toBeNull();
    expect(notRunnableMessage(join(outDir, "never-built"))).toMatch(/^The command line has not been built: run `npm run prepare`/);
  });

  it("loads react-pdf and docx only for the format asked for, and React's production build", () => {
    const code = readFileSync(entry, "utf8");
    const staticImports = [...code.matchAll(/^import .* from "\.\/([^"]+)";$/gm)].map((m) => m[1]);
    const lazyImports = [...code.matchAll(/import\("\.\/([^"]+)"\)/g)].map((m) => m[1]);
    expect(lazyImports).toEqual(expect.arrayContaining([expect.stringMatching(/^pdf-/), expect.stringMatching(/^docx-/)]));
    expect(staticImports.filter((f) => /^(pdf|docx)-/.test(f!))).toEqual([]);
    const pdfChunk = readdirSync(dirname(entry)).find((f) => /^pdf-.*\.mjs$/.test(f))!;
    const pdfCode = readFileSync(join(dirname(entry), pdfChunk), "utf8");
    expect(pdfCode).toContain("@react-pdf");
    expect(pdfCode).not.toMatch(/react(-reconciler)?\.development/);
    expect(pdfCode).not.toContain("process.env.NODE_ENV");
  });

  it("finds the fonts from its own folder, not the working folder", async () => {
    const folder = dir();
    const out = join(folder, "letter.pdf");
    const exec = promisify(execFile);
    await exec(
      process.execPath,
      [entry, "--template", "pals-concern", "--answers", example("pals-concern", "typical").path, "--format", "pdf", "--out", out, "--date", LETTER_DATE],
      { cwd: folder },
    );
    expect(await pdfText(new Uint8Array(readFileSync(out)))).toContain("Dear PALS Team,");
  });
});
