import { execFile } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOGUES, messages } from "@/messages";
import { fill, formatFor } from "@/messages/format";
import { answersOf, example, LETTER_DATE } from "@/tests/fixtures/examples";
import { docxText, pdfLetterText, pdfText } from "@/tests/helpers/extract";
import { buildBundle, entryOf, notRunnableMessage, ROOT, staleReason } from "./bundle.mjs";
import { main } from "./main";

/** Runs the command line in-process, collecting what it prints. */
async function run(argv: string[], stdin: string | Uint8Array = "") {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, { readStdin: async () => stdin, stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const dir = () => mkdtempSync(join(tmpdir(), "letter-cli-"));
const typicalPath = example("gp-oncology-second-opinion", "typical").path;
/** A text letter for gp-oncology from an answers file. */
const txt = (answers: string, out: string, extra: string[] = []) => [
  "--template",
  "gp-oncology-second-opinion",
  "--answers",
  answers,
  "--format",
  "txt",
  "--out",
  out,
  "--date",
  LETTER_DATE,
  ...extra,
];
const args = (out: string, extra: string[] = []) => txt(typicalPath, out, extra);

describe("letter command line", () => {
  it("--list prints one template id a line, then its title", async () => {
    const { code, stdout } = await run(["--list"]);
    expect(code).toBe(0);
    const ids = stdout
      .trim()
      .split("\n")
      .map((l) => l.split("\t")[0]);
    expect(ids).toEqual([
      "gp-oncology-second-opinion",
      "oncologist-surgical-review",
      "gp-surgical-second-opinion",
      "pals-concern",
      "follow-up-no-reply",
      "records-request",
    ]);
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
    const text = format === "pdf" ? await pdfLetterText(bytes) : format === "docx" ? await docxText(bytes) : new TextDecoder().decode(bytes);
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
    expect(pdf.stderr).toBe("Warning: the PDF's lettering does not have 김, 민 and 준, so the PDF prints each as �. The docx and txt formats keep them.\n");
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

  it("names a writer it does not know by its path, in words, with no placeholder of ours showing", async () => {
    const answers = answersOf("gp-oncology-second-opinion", "carer");
    answers.writer.role = "carer";
    const { code, stderr } = await run(txt("-", join(dir(), "x.txt")), JSON.stringify(answers));
    expect(code).toBe(2);
    const allowed = fill(messages.cli.allowed, {
      message: messages.answers.fields["writer.role"].invalid,
      values: formatFor(messages.meta).list(["patient", "helper", "representative"], "or"),
    });
    expect(stderr.trim().split("\n")).toEqual([`writer.role: ${allowed}`]);
    expect(stderr).not.toMatch(/\{\w+\}/);
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
    [["--template", "pals-concern", "--answers", "a", "--format", "rtf", "--out", "x"], /--format must be pdf, docx, txt or text/],
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

describe("organisations, by their codes in our directory", () => {
  it("--organisations prints the organisations whose names or towns start with the words, with their codes", async () => {
    const { code, stdout } = await run(["--organisations", "perth royal"]);
    expect(code).toBe(0);
    expect(stdout.split("\n")[0]).toBe("T202H\tPerth Royal Infirmary\thospital\tScotland\tPerth PH1 1NX\tits health board: S08000030 NHS Tayside");
    const christie = await run(["--organisations", "christie"]);
    expect(christie.stdout).toContain("RBV\tThe Christie NHS Foundation Trust\tNHS trust\tEngland\tManchester M20 4BX");
  });

  it("--organisations says when nothing matches, and exits 2", async () => {
    const { code, stderr } = await run(["--organisations", "zzzz"]);
    expect(code).toBe(2);
    expect(stderr).toContain('No NHS organisation in our list has a name or town starting with "zzzz"');
  });

  it("fills an organisation from its code, and names the path of a code it does not have", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.preferred = { organisationCode: "RPY" };
    const file = join(folder, "a.json");
    writeFileSync(file, JSON.stringify(answers));
    const out = join(folder, "a.txt");
    expect((await run(txt(file, out))).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("Please refer me to a specialist team at The Royal Marsden NHS Foundation Trust.");

    answers.preferred = { hospital: "Somewhere", organisationCode: "ZZZ99" };
    writeFileSync(file, JSON.stringify(answers));
    const bad = await run(txt(file, out));
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("preferred.organisationCode: Our list of NHS organisations has no organisation with the code ZZZ99.");
  });

  it("--schema publishes each organisation's code and nation", async () => {
    const schema = JSON.parse((await run(["--schema"])).stdout);
    for (const section of ["currentTeam", "preferred", "backup", "concern", "records"])
      expect(schema.properties[section].properties.organisationCode, section).toBeDefined();
    for (const section of ["currentTeam", "preferred", "concern", "records"])
      expect(schema.properties[section].properties.nation.enum, section).toContain("wales");
  });
});

describe("answers files checked like the input they are", () => {
  it("exits 2 on a file that is not UTF-8 (Latin-1), and writes nothing", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.patient.fullName = "José Müller";
    const latin1 = join(folder, "latin1.json");
    writeFileSync(latin1, Buffer.from(JSON.stringify(answers), "latin1"));
    const out = join(folder, "letter.txt");
    const fromFile = await run(txt(latin1, out));
    expect(fromFile.code).toBe(2);
    expect(fromFile.stderr).toBe(
      "answers: This file is not saved as UTF-8 text, so letters like é or ü would come out wrong. Save it as UTF-8 text, then try again\n",
    );
    // The same bytes on standard input.
    const fromStdin = await run(txt("-", out), new Uint8Array(readFileSync(latin1)));
    expect(fromStdin.code).toBe(2);
    expect(fromStdin.stderr).toBe(fromFile.stderr);
    expect(readdirSync(folder)).toEqual(["latin1.json"]);
  });

  it("reads UTF-8 bytes, with or without a byte order mark, names and all", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.patient.fullName = "José Müller";
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(JSON.stringify(answers), "utf8")]);
    const out = join(folder, "letter.txt");
    const { code, stderr } = await run(txt("-", out), new Uint8Array(bytes));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("José Müller");
  });

  it("warns of each key it does not know, with the nearest known key, and still writes the letter", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.ownwords = "typed under the wrong key";
    answers.patient.nhsnumber = answers.patient.nhsNumber;
    answers.zzz = 1;
    const file = join(folder, "typos.json");
    writeFileSync(file, JSON.stringify(answers));
    const { code, stderr } = await run(txt(file, join(folder, "letter.txt")));
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toEqual([
      "Warning: patient.nhsnumber: not a field we know; did you mean nhsNumber?",
      "Warning: ownwords: not a field we know; did you mean ownWords?",
      "Warning: zzz: not a field we know",
    ]);
  });

  it("warns of a CHI number that does not start with the date of birth, and still writes the letter", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.nation = "scotland";
    // A number that passes its check digit, for a patient born on 12 April 1958 (120458…).
    answers.patient.dateOfBirth = "1958-04-12";
    answers.patient.nhsNumber = "943 476 5919";
    const file = join(folder, "chi.json");
    writeFileSync(file, JSON.stringify(answers));
    const out = join(folder, "letter.txt");
    const { code, stderr } = await run(txt(file, out));
    expect(code).toBe(0);
    expect(stderr.trim().split("\n")).toEqual([
      "Warning: patient.nhsNumber: A CHI number usually starts with the date of birth. For 12 April 1958, that is 120458. Check the CHI number and the date of birth. If both are right, you can carry on.",
    ]);
    expect(readFileSync(out, "utf8")).toContain("CHI number: 943 476 5919");
    // A number that starts with the date of birth: nothing to say.
    answers.patient.nhsNumber = "120 458 1118";
    writeFileSync(file, JSON.stringify(answers));
    expect(await run(txt(file, out))).toMatchObject({ code: 0, stderr: "" });
  });

  it("escapes terminal control characters in everything it prints", async () => {
    const folder = dir();
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers["\u001b[2J\u001b[31mred\u202Eevil"] = "x";
    const file = join(folder, "escapes.json");
    writeFileSync(file, JSON.stringify(answers));
    const typo = await run(txt(file, join(folder, "letter.txt")));
    expect(typo.stderr).toBe("Warning: \\u001B[2J\\u001B[31mred\\u202Eevil: not a field we know\n");
    // A JSON error quotes the file's text; a file name comes from the command line.
    const broken = await run(txt("-", join(folder, "x.txt")), '\u001b[2J\u001b]0;owned\u0007{"a":1}');
    expect(broken.code).toBe(2);
    // Node's own message quotes the start of the text.
    expect(broken.stderr).toMatch(/^answers: The answers file is not valid JSON/);
    expect(broken.stderr).toContain('"\\u001B[2J\\u001B]0;ow"');
    const unreadable = await run(txt(join(folder, "\u001b[2Jmissing.json"), join(folder, "x.txt")));
    expect(unreadable.code).toBe(1);
    for (const { stderr } of [typo, broken, unreadable]) {
      // Nothing left a terminal would act on: only printable text, tabs and line ends.
      expect(stderr).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    }
    expect(unreadable.stderr).toContain("\\u001B[2Jmissing.json");
  });
});

describe("letters the patient controls", () => {
  const mode = (path: string) => statSync(path).mode & 0o777;
  const write = (out: string) =>
    run(["--template", "pals-concern", "--answers", example("pals-concern", "typical").path, "--format", "txt", "--out", out, "--date", LETTER_DATE]);

  it("creates a letter readable by its owner only", async () => {
    const out = join(dir(), "letter.txt");
    expect((await write(out)).code).toBe(0);
    expect(mode(out)).toBe(0o600);
  });

  it.each([
    ["0600", 0o600, 0o600],
    ["0644", 0o644, 0o600],
    ["0640", 0o640, 0o600],
    ["0400", 0o400, 0o400],
  ])("replaces a %s file with one never looser", async (_, before, after) => {
    const out = join(dir(), "letter.txt");
    writeFileSync(out, "old letter");
    chmodSync(out, before);
    expect((await write(out)).code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain(answersOf("pals-concern", "typical").patient.fullName);
    expect(mode(out)).toBe(after);
  });
});

describe("the answers file is the whole draft", () => {
  const withLetter = (letter: unknown) => ({ ...answersOf("gp-oncology-second-opinion", "typical"), letter });
  const toTxt = (file: string, out: string, template?: string) => [
    ...(template ? ["--template", template] : []),
    "--answers",
    file,
    "--format",
    "txt",
    "--out",
    out,
    "--date",
    LETTER_DATE,
  ];

  it("makes the letter the file names, with its rewording, when no --template is given", async () => {
    const folder = dir();
    const file = join(folder, "draft.json");
    const edits = {
      "gp-oncology-second-opinion": { thanks: "Thank you very much for reading this letter and for your help." },
      "pals-concern": { thanks: "Only for the advice service." },
    };
    writeFileSync(file, JSON.stringify({ ...withLetter({ templateId: "gp-oncology-second-opinion", edits }), progress: { answered: ["who-is-writing"] } }));
    const out = join(folder, "letter.txt");
    const { code, stderr } = await run(toTxt(file, out));
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text).toContain("Thank you very much for reading this letter and for your help.");
    expect(text).not.toContain("Only for the advice service.");
    // --template picks another letter; that letter's own rewording goes with it.
    const other = await run(toTxt(file, out, "pals-concern"));
    expect(other.code).toBe(0);
    expect(readFileSync(out, "utf8")).toContain("Only for the advice service.");
  });

  it("keeps going past a letter it does not write, and says so", async () => {
    const folder = dir();
    const file = join(folder, "draft.json");
    writeFileSync(file, JSON.stringify(withLetter({ templateId: "gp-oncology-second-opinion", edits: { "records-requets": { a: "b" } } })));
    const { code, stderr } = await run(toTxt(file, join(folder, "letter.txt")));
    expect(code).toBe(0);
    expect(stderr).toBe("Warning: letter.edits.records-requets: not a letter we know; did you mean records-request?\n");
  });

  it("exits 2 on rewording that is not text or too long", async () => {
    const folder = dir();
    const file = join(folder, "draft.json");
    writeFileSync(file, JSON.stringify(withLetter({ edits: { "gp-oncology-second-opinion": { thanks: 12 }, "pals-concern": { thanks: "x".repeat(2001) } } })));
    const { code, stderr } = await run(toTxt(file, join(folder, "letter.txt"), "gp-oncology-second-opinion"));
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toEqual([
      "letter.edits.gp-oncology-second-opinion: Each part of a letter that was reworded must be text of 2,000 characters or fewer",
      "letter.edits.pals-concern: Each part of a letter that was reworded must be text of 2,000 characters or fewer",
    ]);
  });

  it("exits 1 when neither the command nor the file names a letter", async () => {
    const { code, stderr } = await run(toTxt(typicalPath, join(dir(), "letter.txt")));
    expect(code).toBe(1);
    expect(stderr).toMatch(/^Missing --template: the answers file does not say which letter it is for/);
  });

  it("--schema publishes the draft's parts beside the answers", async () => {
    const schema = JSON.parse((await run(["--schema"])).stdout);
    expect(schema.properties.letter.properties.templateId.enum).toEqual([
      "gp-oncology-second-opinion",
      "oncologist-surgical-review",
      "gp-surgical-second-opinion",
      "pals-concern",
      "follow-up-no-reply",
      "records-request",
    ]);
    expect(schema.properties.letter.properties.edits.additionalProperties ?? schema.properties.letter.properties.edits.properties).toBeDefined();
    expect(schema.properties.progress.properties.answered.type).toBe("array");
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

  it("writes owner-only files whatever the umask, via npm run letter", async () => {
    const folder = dir();
    const out = join(folder, "letter.txt");
    const argv = ["--template", "pals-concern", "--answers", example("pals-concern", "typical").path, "--format", "txt", "--out", out];
    await exec("sh", ["-c", `umask 000 && npm run --silent --prefix "$0" letter -- "$@"`, ROOT, ...argv], { cwd: folder });
    expect(statSync(out).mode & 0o777).toBe(0o600);
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

describe("a command line that reads its files (issue 22, point 6)", () => {
  const W = messages.cli;
  const format = formatFor(messages.meta);
  const write = (answers: unknown) => {
    const file = join(dir(), "answers.json");
    writeFileSync(file, typeof answers === "string" ? answers : JSON.stringify(answers));
    return file;
  };
  const letter = (file: string, template: string | null, extra: string[] = []) => [
    ...(template ? ["--template", template] : []),
    "--answers",
    file,
    "--format",
    "txt",
    "--out",
    join(dirname(file), "letter.txt"),
    "--date",
    LETTER_DATE,
    ...extra,
  ];

  it("takes --date as today for every check, not only the letter's own", async () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    // The team decided on a day after the machine's today, before the letter's date.
    answers.currentTeam.mdtDate = "2098-06-01";
    delete answers.replyBy;
    const file = write(answers);
    const late = await run(letter(file, "gp-oncology-second-opinion").map((a) => (a === LETTER_DATE ? "2099-01-04" : a)));
    expect(late.stderr).toBe("");
    expect(late.code).toBe(0);
    // And a date after the letter's is in its future, whatever the machine's today.
    answers.currentTeam.mdtDate = "2026-11-26";
    const early = await run(letter(write(answers), "gp-oncology-second-opinion"));
    expect(early.code).toBe(2);
    expect(early.stderr).toMatch(/^currentTeam\.mdtDate: /);
  });

  it("checks only the sections the letter uses, and says which it left unchecked", async () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.concern = { requestedOn: "last week", requestedFrom: "gp" };
    answers.log = [{ date: "2099-01-01", who: "GP", what: "Phoned" }];
    const file = write(answers);
    const gp = await run(letter(file, "gp-oncology-second-opinion"));
    expect(gp.code).toBe(0);
    expect(gp.stderr.trim().split("\n")).toEqual([
      fill(W.warning, { message: fill(W.problem, { path: "concern", message: W.notUsed }) }),
      fill(W.warning, { message: fill(W.problem, { path: "log", message: W.notUsed }) }),
    ]);
    // The concern letter uses them: its problems stand.
    const concern = await run(letter(file, "pals-concern"));
    expect(concern.code).toBe(2);
    expect(concern.stderr).toMatch(/^concern\.requestedOn: /m);
  });

  it("writes txt for --format text", async () => {
    const file = write(answersOf("gp-oncology-second-opinion", "typical"));
    const { code } = await run(letter(file, "gp-oncology-second-opinion").map((a) => (a === "txt" ? "text" : a)));
    expect(code).toBe(0);
    expect(readFileSync(join(dirname(file), "letter.txt"), "utf8")).toBe(readFileSync(typicalPath.replace(/\.json$/, ".txt"), "utf8"));
  });

  it("writes the letter to standard output with --out -, and nothing else there", async () => {
    const argv = ["--template", "gp-oncology-second-opinion", "--answers", typicalPath, "--format", "txt", "--out", "-", "--date", LETTER_DATE];
    const { code, stdout, stderr } = await run(argv);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toBe(readFileSync(typicalPath.replace(/\.json$/, ".txt"), "utf8"));
    const batch = await run(["--batch", dir(), "--format", "txt", "--out", "-"]);
    expect(batch.code).toBe(1);
    expect(batch.stderr).toContain(W.batch.outIsStdout);
  });

  it("writes the letter in Welsh with --language cy, in the Welsh catalogue's words, and refuses a language it has no catalogue for (issue 24, point 5)", async () => {
    const argv = ["--template", "gp-oncology-second-opinion", "--answers", typicalPath, "--format", "txt", "--out", "-", "--date", LETTER_DATE];
    const welsh = await run([...argv, "--language", "cy"]);
    expect(welsh.code).toBe(0);
    expect(welsh.stdout).toContain(CATALOGUES.cy.letterShared.closing);
    expect(welsh.stdout).toContain("25 Tachwedd 2026");
    expect(welsh.stdout).not.toContain(messages.letterShared.closing);
    const english = await run([...argv, "--language", "en-GB"]);
    expect(english.stdout).toBe(readFileSync(typicalPath.replace(/\.json$/, ".txt"), "utf8"));
    const unknown = await run([...argv, "--language", "fr"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(fill(W.badLanguage, { language: "fr", languages: "en-GB, cy" }));
  });

  it("writes the letter in the language the answers chose for care in Wales, unless --language says otherwise (issue 24, point 3)", async () => {
    const typical = JSON.parse(readFileSync(typicalPath, "utf8"));
    const argv = ["--template", "gp-oncology-second-opinion", "--answers", "-", "--format", "txt", "--out", "-", "--date", LETTER_DATE];
    const inWales = (letterLanguage: string, nation = "wales") => JSON.stringify({ ...typical, nation, letterLanguage });
    const welsh = await run(argv, inWales("welsh"));
    expect(welsh.code).toBe(0);
    expect(welsh.stdout).toContain(CATALOGUES.cy.letterShared.closing);
    const replies = await run(argv, inWales("english-reply-welsh"));
    expect(replies.stdout).toContain(messages.letterShared.closing);
    expect(replies.stdout).toContain(messages.letterShared.repliesInWelsh);
    const asked = await run([...argv, "--language", "en-GB"], inWales("welsh"));
    expect(asked.stdout).toContain(messages.letterShared.closing);
    // A choice left from before the nation changed is not used.
    const england = await run(argv, inWales("welsh", "england"));
    expect(england.stdout).toContain(messages.letterShared.closing);
    expect(england.stdout).not.toContain(messages.letterShared.repliesInWelsh);
  });

  it("says where JSON stops being JSON, by line and column", async () => {
    const { code, stderr } = await run(letter("-", "gp-oncology-second-opinion"), '{\n  "schemaVersion": 1,\n  "nation" "wales"\n}');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^answers: The answers file is not valid JSON at line 3, column 12 \(/);
  });

  it("lists the values an answer may take when it is not one of them", async () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.nation = "Wales";
    answers.diagnosis.stage = "treating";
    const { code, stderr } = await run(letter(write(answers), "gp-oncology-second-opinion"));
    expect(code).toBe(2);
    const lines = stderr.trim().split("\n");
    expect(lines[0]).toBe(
      `nation: ${fill(W.allowed, { message: messages.answers.fields.nation.invalid, values: format.list(["england", "wales", "scotland", "northern-ireland"], "or") })}`,
    );
    expect(lines[1]).toContain("in-treatment");
  });

  it("--schema gives every field a title and a description, in the catalogue's words", async () => {
    const schema = JSON.parse((await run(["--schema"])).stdout);
    const missing: string[] = [];
    let fields = 0;
    const walk = (node: Record<string, any>, path: string) => {
      for (const [key, child] of Object.entries<Record<string, any>>(node.properties ?? {})) {
        const at = path ? `${path}.${key}` : key;
        fields++;
        if (typeof child.title !== "string" || !child.title || typeof child.description !== "string" || !child.description) missing.push(at);
        walk(child, at);
      }
      if (node.items) walk(node.items, `${path}[]`);
      for (const key of ["anyOf", "oneOf", "allOf"]) for (const branch of node[key] ?? []) walk(branch, path);
    };
    walk(schema, "");
    expect(missing).toEqual([]);
    expect(fields).toBeGreaterThan(100);
    expect(schema.properties.patient.properties.nhsNumber).toMatchObject({
      title: "NHS number",
      description: messages.steps["patient-details"].fields.nhsNumber.hint,
    });
    expect(schema.properties.letter.properties.templateId.title).toBe(W.schema["letter.templateId"].title);
  });

  it("writes a PDF to standard output as bytes, via npm run letter", async () => {
    const exec = promisify(execFile);
    const { stdout } = await exec(
      "npm",
      [
        "run",
        "--silent",
        "--prefix",
        ROOT,
        "letter",
        "--",
        "--template",
        "pals-concern",
        "--answers",
        example("pals-concern", "typical").path,
        "--format",
        "pdf",
        "--out",
        "-",
      ],
      { encoding: "buffer", maxBuffer: 10_000_000 },
    );
    expect(stdout.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(await pdfText(new Uint8Array(stdout))).toContain("Dear PALS Team,");
  });
});

describe("a batch that reads its files' own letters (issue 22, point 6)", () => {
  const W = messages.cli;
  const withLetter = (template: string, name = "typical") => JSON.stringify({ ...answersOf(template as never, name), letter: { templateId: template } });

  it("makes each file's own letter, and warns when --template overrides it", async () => {
    const folder = join(dir(), "answers");
    mkdirSync(folder);
    writeFileSync(join(folder, "gp.json"), withLetter("gp-oncology-second-opinion"));
    writeFileSync(join(folder, "pals.json"), withLetter("pals-concern"));
    writeFileSync(join(folder, "none.json"), readFileSync(typicalPath));
    const out = join(folder, "..", "letters");
    const own = await run(["--batch", folder, "--format", "txt", "--out", out, "--date", LETTER_DATE]);
    expect(readFileSync(join(out, "gp.txt"), "utf8")).toBe(readFileSync(typicalPath.replace(/\.json$/, ".txt"), "utf8"));
    expect(readFileSync(join(out, "pals.txt"), "utf8")).toBe(readFileSync(example("pals-concern", "typical").path.replace(/\.json$/, ".txt"), "utf8"));
    // A file that names no letter, with no --template: said, and no letter.
    expect(own.stderr).toContain(`none.json: ${W.missingTemplate}`);
    expect(own.code).toBe(1);

    const forced = await run(["--template", "gp-oncology-second-opinion", "--batch", folder, "--format", "txt", "--out", out, "--date", LETTER_DATE]);
    expect(forced.stderr).toContain(
      `pals.json: ${fill(W.warning, { message: fill(W.problem, { path: "letter.templateId", message: fill(W.templateOverride, { file: "pals-concern", template: "gp-oncology-second-opinion" }) }) })}`,
    );
    expect(forced.stderr).not.toContain("gp.json: Warning");
  });
});
