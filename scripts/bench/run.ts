/**
 * `npm run bench`: how fast the letter engine makes files, in one Node process, side by side.
 *
 * For every template's example answers: our PDF, our DOCX and our text, and as the floor the same
 * letter laid out by raw pdfkit with the same embedded font (bench/pdfkit-letter.ts). Our PDF and
 * pdfkit run pair by pair, alternating which goes first, so both see the same machine load. Then
 * whole `npm run letter` processes (the bundled CLI), and the heap after 500 letters. Prints a
 * table and writes its sections of bench/results.json, keeping the ones the other benches write.
 *
 * Timings on a shared machine are noisy: the load average is recorded with the results. Nothing
 * here asserts a timing.
 *
 * `npm run bench` runs it with NODE_ENV=production: the browser ships React's production build.
 *
 *   BENCH_RUNS=50 BENCH_WARMUP=5 BENCH_CLI_RUNS=5 BENCH_MEMORY_LETTERS=500 npm run bench
 */
import { messages } from "@/messages";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { LetterDocument } from "@/lib/letter/model";
import { median, ms, percentile, table, timeMs } from "./stats";
import { mergeResults, RESULTS_PATH } from "./results-file";

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
const CLI_RUNS = Number(process.env.BENCH_CLI_RUNS ?? 5);
const BATCH_LETTERS = Number(process.env.BENCH_BATCH_LETTERS ?? 100);
const MEMORY_LETTERS = Number(process.env.BENCH_MEMORY_LETTERS ?? 500);
const PDF_ONLY_LETTERS = Math.min(200, MEMORY_LETTERS);
const LETTER_DATE = "2026-11-25";
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

const log = (text: string) => process.stderr.write(`${text}\n`);
// The browser ships React's production build: React's development
// build makes every react-pdf render markedly slower, so a figure taken without it misleads.
// `npm run bench` sets NODE_ENV=production; running this file another way says so.
if (process.env.NODE_ENV !== "production")
  log(`warning: NODE_ENV is ${process.env.NODE_ENV ?? "unset"}, so React runs its development build; npm run bench sets production`);
const loadStart = os.loadavg();

// ---- imports, timed: this is what a fresh process pays before its first letter -------------
const imports: Record<string, number> = {};
async function timedImport<T>(name: string, load: () => Promise<T>): Promise<T> {
  const { ms: took, value } = await timeMs(load);
  imports[name] = ms(took);
  return value;
}
const { buildLetter } = await timedImport("templates", () => import("@/templates/build"));
const { renderText } = await timedImport("text", () => import("@/lib/render/text"));
const { renderPdf } = await timedImport("pdf (@react-pdf/renderer)", () => import("@/lib/render/pdf"));
const { renderDocx } = await timedImport("docx", () => import("@/lib/render/docx"));
const { loadBaselineFonts, renderPdfkit } = await timedImport("pdfkit (baseline)", () => import("./pdfkit-letter"));
const { NODE_FONTS } = await import("@/cli/fonts");
const { EXAMPLES } = await import("@/tests/fixtures/examples");

interface Case {
  key: string;
  template: string;
  name: string;
  path: string;
  letter: LetterDocument;
}
const cases: Case[] = EXAMPLES.map((e) => {
  const built = buildLetter(e.template, e.answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(`Example ${e.template}/${e.name} does not build: ${JSON.stringify(built.problems)}`);
  return { key: `${e.template}/${e.name}`, template: e.template, name: e.name, path: e.path, letter: built.letter };
});
if (cases.length === 0) throw new Error("No examples found in templates/*/examples");

type Format = "pdf" | "pdfkit" | "pdfkitReparse" | "docx" | "txt";
const FORMATS: Format[] = ["pdf", "pdfkit", "pdfkitReparse", "docx", "txt"];
const baselineFonts = loadBaselineFonts(NODE_FONTS);
const reparsingFonts = loadBaselineFonts(NODE_FONTS, { reparse: true });
const render: Record<Format, (letter: LetterDocument) => Promise<unknown>> = {
  pdf: (letter) => renderPdf(letter, NODE_FONTS),
  pdfkit: (letter) => renderPdfkit(letter, baselineFonts),
  pdfkitReparse: (letter) => renderPdfkit(letter, reparsingFonts),
  docx: (letter) => renderDocx(letter),
  txt: async (letter) => renderText(letter),
};
/**
 * A turn of the event loop between timed renders (never inside one). Real callers yield between
 * letters (a click, a process); without it react-pdf's finished React roots pile up (released only
 * when the event loop turns) and the extra garbage collection would be charged to later runs.
 */
const turn = () => new Promise((resolve) => setImmediate(resolve));
const sizeOf = (value: unknown) => (typeof value === "string" ? Buffer.byteLength(value) : (value as Uint8Array).byteLength);

// ---- cold: the first call of each renderer in this fresh process -------------------------
// Our PDF goes first, so its cold time is what the CLI and a first browser click pay (font
// parsing included); pdfkit's cold run then shares fontkit's already-compiled code.
const first = cases[0]!;
const cold = {} as Record<Format, number>;
for (const format of FORMATS) cold[format] = ms((await timeMs(() => render[format](first.letter))).ms);
log(`cold (${first.key}): ${FORMATS.map((f) => `${f} ${cold[f]} ms`).join(", ")}`);

// ---- warm runs ---------------------------------------------------------------------------
const samples: Record<Format, number[]> = { pdf: [], pdfkit: [], pdfkitReparse: [], docx: [], txt: [] };
const pairRatios: number[] = [];
const perExample: Record<string, Record<Format, { medianMs: number; p90Ms: number; bytes: number }> & { ratioToPdfkit: number }> = {};

for (const c of cases) {
  for (let i = 0; i < WARMUP; i++) {
    for (const format of FORMATS) {
      await render[format](c.letter);
      await turn();
    }
  }
  const own: Record<Format, number[]> = { pdf: [], pdfkit: [], pdfkitReparse: [], docx: [], txt: [] };
  const bytes = {} as Record<Format, number>;
  for (let i = 0; i < RUNS; i++) {
    // The fair pair: ours and pdfkit back to back, taking turns to go first.
    const order: Format[] = i % 2 === 0 ? ["pdf", "pdfkit"] : ["pdfkit", "pdf"];
    const pair = {} as Record<Format, number>;
    for (const format of [...order, "pdfkitReparse", "docx", "txt"] as Format[]) {
      await turn();
      const { ms: took, value } = await timeMs(() => render[format](c.letter));
      own[format].push(took);
      pair[format] = took;
      bytes[format] = sizeOf(value);
    }
    pairRatios.push(pair.pdf / pair.pdfkit);
  }
  for (const format of FORMATS) samples[format].push(...own[format]);
  const summary = Object.fromEntries(FORMATS.map((f) => [f, { medianMs: ms(median(own[f])), p90Ms: ms(percentile(own[f], 90)), bytes: bytes[f] }])) as Record<
    Format,
    { medianMs: number; p90Ms: number; bytes: number }
  >;
  perExample[c.key] = { ...summary, ratioToPdfkit: ms(median(own.pdf) / median(own.pdfkit)) };
  log(`${c.key}: pdf ${summary.pdf.medianMs} ms, pdfkit ${summary.pdfkit.medianMs} ms, docx ${summary.docx.medianMs} ms, txt ${summary.txt.medianMs} ms`);
}

const summarise = (format: Format) => ({
  medianMs: ms(median(samples[format])),
  p90Ms: ms(percentile(samples[format], 90)),
  coldMs: cold[format],
  runs: samples[format].length,
});
const formats = {
  pdf: {
    ...summarise("pdf"),
    ratioToPdfkit: ms(median(samples.pdf) / median(samples.pdfkit)),
    medianOfPairRatios: ms(median(pairRatios)),
  },
  pdfkit: summarise("pdfkit"),
  pdfkitReparse: { ...summarise("pdfkitReparse"), note: "raw pdfkit handed the font bytes, so every document parses the font again; for reference" },
  docx: summarise("docx"),
  txt: summarise("txt"),
};

// ---- memory: 500 letters in one process, every template and format in turn ----------------
const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => {
  if (!gc) return;
  gc();
  gc();
};
let memory: Record<string, unknown>;
{
  const productFormats: Format[] = ["pdf", "docx", "txt"];
  const mb = (n: number) => ms(n / 1024 / 1024);
  /** One batch of letters; `yielding` lets the event loop turn between letters, as a real caller's does. */
  const batch = async (yielding: boolean) => {
    for (let i = 0; i < MEMORY_LETTERS; i++) {
      const c = cases[i % cases.length]!;
      await render[productFormats[i % productFormats.length]!](c.letter);
      if (yielding) await turn();
    }
  };
  const measure = async (yielding: boolean) => {
    await turn();
    collect();
    const before = process.memoryUsage();
    const started = process.hrtime.bigint();
    await batch(yielding);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const beforeGc = process.memoryUsage();
    collect(); // no turn of the event loop first: whatever is still held, is held
    const after = process.memoryUsage();
    return { before, beforeGc, after, seconds };
  };
  // First the way the brief asks (back to back, no turn of the event loop between letters), then
  // with a turn between letters: react-pdf's React roots are released only when the event loop
  // turns, so the first figure is the worst case of a tight batch loop.
  const tight = await measure(false);
  await turn();
  const yielding = await measure(true);
  // PDF only, back to back: DOCX's zip step turns the event loop, which hides what react-pdf keeps.
  await turn();
  collect();
  const pdfBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < PDF_ONLY_LETTERS; i++) await render.pdf(cases[i % cases.length]!.letter);
  collect();
  const pdfOnlyGrowth = process.memoryUsage().heapUsed - pdfBefore;
  await turn();
  collect();
  const pdfReleased = process.memoryUsage().heapUsed - pdfBefore;
  memory = {
    letters: MEMORY_LETTERS,
    formats: productFormats,
    gcExposed: Boolean(gc),
    heapUsedBeforeMB: mb(tight.before.heapUsed),
    heapUsedAfterMB: mb(tight.after.heapUsed),
    heapGrowthMB: mb(tight.after.heapUsed - tight.before.heapUsed),
    heapUsedBeforeGcMB: mb(tight.beforeGc.heapUsed),
    rssGrowthMB: mb(tight.after.rss - tight.before.rss),
    externalGrowthMB: mb(tight.after.external + tight.after.arrayBuffers - tight.before.external - tight.before.arrayBuffers),
    seconds: ms(tight.seconds),
    heapGrowthYieldingMB: mb(yielding.after.heapUsed - yielding.before.heapUsed),
    pdfOnlyBackToBack: {
      letters: PDF_ONLY_LETTERS,
      heapGrowthMB: mb(pdfOnlyGrowth),
      perLetterKB: ms(pdfOnlyGrowth / PDF_ONLY_LETTERS / 1024),
      afterOneTurnOfTheEventLoopMB: mb(pdfReleased),
    },
    note:
      "heapGrowthMB: letters back to back in one loop; heapGrowthYieldingMB: the same with setImmediate between letters; " +
      "pdfOnlyBackToBack: PDFs only, back to back, then what is left once the event loop has turned",
  };
  if (!gc) log("memory: run with --expose-gc (npm run bench does) for a heap figure after garbage collection");
}

// ---- whole command-line processes ---------------------------------------------------------
function timeProcess(command: string, args: string[]): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const took = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${result.status}): ${result.stderr}`);
  return took;
}
const tmp = mkdtempSync(path.join(os.tmpdir(), "letter-bench-"));
const typical = cases.find((c) => c.template === "gp-oncology-second-opinion" && c.name === "typical") ?? first;
const cliArgs = (format: string) => [
  "--template",
  typical.template,
  "--answers",
  typical.path,
  "--format",
  format,
  "--out",
  path.join(tmp, `letter.${format}`),
  "--date",
  LETTER_DATE,
];
const cli: Record<string, unknown> = { example: typical.key, runs: CLI_RUNS };
try {
  const nodeStart: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) nodeStart.push(timeProcess(process.execPath, ["-e", "0"]));
  cli.nodeStartupMs = ms(median(nodeStart));
  // `npm run letter` runs the bundle npm ci built (cli/run.mjs), and refuses a missing or stale one
  // with a message this run then stops on. The first run reads it all from disk: kept out of the
  // medians, which are what a user's later runs pay.
  cli.firstRunMs = ms(timeProcess("npm", ["run", "--silent", "letter", "--", "--list"]));
  for (const format of ["pdf", "txt", "docx"]) {
    const npmRun: number[] = [];
    const launcher: number[] = [];
    const tsx: number[] = [];
    for (let i = 0; i < CLI_RUNS; i++) {
      npmRun.push(timeProcess("npm", ["run", "--silent", "letter", "--", ...cliArgs(format)]));
      launcher.push(timeProcess(process.execPath, ["cli/run.mjs", ...cliArgs(format)]));
      tsx.push(timeProcess("npx", ["tsx", "cli/letter.ts", ...cliArgs(format)]));
    }
    cli[format] = {
      command: `npm run letter -- ${cliArgs(format).join(" ").replace(ROOT, "")}`,
      medianMs: ms(median(npmRun)),
      minMs: ms(Math.min(...npmRun)),
      nodeLauncherMedianMs: ms(median(launcher)),
      tsxFromSourceMedianMs: ms(median(tsx)),
    };
  }
  // `--batch`: one process for a folder of answers files, the examples taken in turn.
  const answersDir = path.join(tmp, "batch");
  mkdirSync(answersDir);
  for (let i = 0; i < BATCH_LETTERS; i++) {
    const example = cases.filter((c) => c.template === typical.template)[i % 4] ?? typical;
    copyFileSync(example.path, path.join(answersDir, `patient-${String(i + 1).padStart(3, "0")}.json`));
  }
  const batch: Record<string, number> = {};
  for (const format of ["pdf", "docx", "txt"]) {
    const args = ["--template", typical.template, "--batch", answersDir, "--format", format, "--out", path.join(tmp, `batch-${format}`), "--date", LETTER_DATE];
    batch[format] = ms(timeProcess("npm", ["run", "--silent", "letter", "--", ...args]));
  }
  cli.batch = { letters: BATCH_LETTERS, command: "npm run letter -- --template <id> --batch <folder> --format <format> --out <folder>", wholeProcessMs: batch };
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

// ---- report ----------------------------------------------------------------------------------
const loadEnd = os.loadavg();
const machine = {
  cpus: os.cpus().length,
  cpuModel: os.cpus()[0]?.model ?? "unknown",
  node: process.version,
  nodeEnv: process.env.NODE_ENV ?? "(unset: React runs its development build)",
  platform: `${os.platform()} ${os.arch()}`,
  loadAverageAtStart: loadStart.map(ms),
  loadAverageAtEnd: loadEnd.map(ms),
};

const rows: (string | number)[][] = [["format", "median ms", "p90 ms", "cold ms", "vs pdfkit"]];
rows.push(["pdf (ours, @react-pdf)", formats.pdf.medianMs, formats.pdf.p90Ms, formats.pdf.coldMs, `${formats.pdf.ratioToPdfkit}x`]);
rows.push(["pdf (raw pdfkit floor)", formats.pdfkit.medianMs, formats.pdfkit.p90Ms, formats.pdfkit.coldMs, "1x"]);
rows.push([
  "pdf (pdfkit, font parsed per doc)",
  formats.pdfkitReparse.medianMs,
  formats.pdfkitReparse.p90Ms,
  formats.pdfkitReparse.coldMs,
  `${ms(formats.pdfkitReparse.medianMs / formats.pdfkit.medianMs)}x`,
]);
rows.push(["docx", formats.docx.medianMs, formats.docx.p90Ms, formats.docx.coldMs, ""]);
rows.push(["txt", formats.txt.medianMs, formats.txt.p90Ms, formats.txt.coldMs, ""]);

const exampleRows: (string | number)[][] = [["example", "pdf ms", "pdfkit ms", "ratio", "docx ms", "txt ms", "pdf KB", "pdfkit KB"]];
for (const [key, r] of Object.entries(perExample)) {
  exampleRows.push([
    key,
    r.pdf.medianMs,
    r.pdfkit.medianMs,
    r.ratioToPdfkit,
    r.docx.medianMs,
    r.txt.medianMs,
    ms(r.pdf.bytes / 1024),
    ms(r.pdfkit.bytes / 1024),
  ]);
}

const cliRows: (string | number)[][] = [["command line (whole process)", "median ms"]];
cliRows.push(["node -e 0 (Node start, the floor)", cli.nodeStartupMs as number]);
cliRows.push(["npm run letter -- --list, first run", cli.firstRunMs as number]);
for (const format of ["pdf", "txt", "docx"]) {
  const r = cli[format] as { medianMs: number; nodeLauncherMedianMs: number; tsxFromSourceMedianMs: number };
  cliRows.push([`npm run letter -- --format ${format}`, r.medianMs]);
  cliRows.push([`  node cli/run.mjs (the same, without npm)`, r.nodeLauncherMedianMs]);
  cliRows.push([`  npx tsx cli/letter.ts (from source, for reference)`, r.tsxFromSourceMedianMs]);
}

console.log(
  `\nLetter engine bench: ${cases.length} examples x ${RUNS} warm runs (after ${WARMUP} warm-up), Node ${process.version}, ${machine.cpus} CPUs, NODE_ENV ${machine.nodeEnv}`,
);
console.log(
  `load average at start ${machine.loadAverageAtStart.join(" ")}, at end ${machine.loadAverageAtEnd.join(" ")} (a busy machine makes every figure slower)\n`,
);
console.log(table(rows));
console.log(`\nratioToPdfkit ${formats.pdf.ratioToPdfkit} (median of pair-by-pair ratios ${formats.pdf.medianOfPairRatios})\n`);
console.log(table(exampleRows));
console.log("");
console.log(table([["import (first load in a fresh process)", "ms"], ...Object.entries(imports)]));
console.log("");
const batchMs = (cli.batch as { wholeProcessMs: Record<string, number> } | undefined)?.wholeProcessMs ?? {};
for (const format of ["pdf", "docx", "txt"])
  cliRows.push([`npm run letter -- --batch (${BATCH_LETTERS} letters) --format ${format}`, batchMs[format] ?? Number.NaN]);
console.log(table(cliRows));
console.log(
  `\nmemory: ${MEMORY_LETTERS} letters (pdf, docx, txt in turn): heap ${memory.heapUsedBeforeMB} -> ${memory.heapUsedAfterMB} MB ` +
    `(growth ${memory.heapGrowthMB} MB after gc${gc ? "" : ", gc NOT exposed"}), rss growth ${memory.rssGrowthMB} MB, ${memory.seconds} s; ` +
    `with a turn of the event loop between letters: growth ${memory.heapGrowthYieldingMB} MB; ` +
    `${PDF_ONLY_LETTERS} PDFs back to back: +${(memory.pdfOnlyBackToBack as { heapGrowthMB: number }).heapGrowthMB} MB, ` +
    `${(memory.pdfOnlyBackToBack as { afterOneTurnOfTheEventLoopMB: number }).afterOneTurnOfTheEventLoopMB} MB once the event loop has turned`,
);

mergeResults({
  timestamp: new Date().toISOString(),
  machine,
  settings: { runs: RUNS, warmup: WARMUP, examples: cases.length, letterDate: LETTER_DATE },
  formats,
  imports,
  examples: perExample,
  cli,
  memory,
});
console.log(`\nwrote ${path.relative(process.cwd(), RESULTS_PATH)}`);
