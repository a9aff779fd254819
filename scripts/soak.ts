/**
 * `npm run soak`: render many letters in one Node process, every template and every format, and
 * check that nothing fails and memory stays bounded.
 *
 *   npm run soak                       # 2,000 letters, each as text, HTML, PDF and Word
 *   SOAK_LETTERS=500 npm run soak
 *   SOAK_FORMATS=pdf,docx npm run soak   # only some formats, to see which one holds memory
 *
 * The heap figures are taken after a full collection: what is still held, not what is waiting to
 * be collected. It cycles through every example answers file (tests/fixtures/examples.ts). Exits 1
 * if any letter failed or if the heap kept growing through the second half of the run (more than
 * SOAK_MAX_GROWTH_MB, default 40).
 *
 * scripts/soak.test.ts runs a small version in the unit tests.
 */
import { messages } from "@/messages";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { NODE_FONTS } from "@/cli/fonts";
import { renderDocx } from "@/lib/render/docx";
import { LetterPreview } from "@/lib/render/html";
import { renderPdf } from "@/lib/render/pdf";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/templates/build";
import { EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { isMain } from "./is-main.mjs";

export const FORMATS = ["text", "html", "pdf", "docx"] as const;
export type Format = (typeof FORMATS)[number];
/** How far the heap may grow over the second half of a run before the soak calls it a leak. */
export const DEFAULT_MAX_GROWTH_MB = 40;

export interface SoakResult {
  letters: number;
  renders: Record<Format, number>;
  /** The examples rendered (`template/name`) and their templates, in the order first rendered. */
  examples: string[];
  templates: string[];
  failures: string[];
  ms: number;
  /** Heap used after a full collection (MB): before the first letter, at each checkpoint, at the end. */
  heapBeforeMB: number;
  heapAfterMB: number;
  checkpoints: { letters: number; heapMB: number; rssMB: number }[];
  /** Largest resident set size of the process (MB), from the OS. */
  peakRssMB: number;
  /** Heap growth over the second half of the run (MB): what a leak would show as. */
  secondHalfGrowthMB: number;
  bytes: Record<Format, number>;
}

const MB = 1024 * 1024;
const round = (n: number) => Math.round(n * 10) / 10;

/**
 * V8's collector, even in a process started without --expose-gc (a vitest worker): without it the
 * heap figures would count garbage not yet collected and say nothing about a leak. Setting the flag
 * late exposes `gc` only to contexts created afterwards, so it is taken from a new one.
 */
const collectGarbage: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString("--expose-gc");
    return runInNewContext("gc") as () => void;
  })();

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed / MB;
}

/** One letter in every format, each output checked for the patient's name or the file's signature. */
async function renderAll(
  index: number,
  formats: readonly Format[],
  renders: Record<Format, number>,
  bytes: Record<Format, number>,
  used: Set<string>,
): Promise<string[]> {
  const example = EXAMPLES[index % EXAMPLES.length]!;
  used.add(`${example.template}/${example.name}`);
  const where = `letter ${index + 1} (${example.template}/${example.name})`;
  const built = buildLetter(example.template, example.answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) return [`${where}: did not build: ${built.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`];
  const doc = built.letter;
  const failures: string[] = [];
  const name = doc.author;
  const check = (format: Format, ok: boolean, size: number) => {
    renders[format]++;
    bytes[format] += size;
    if (!ok) failures.push(`${where}: ${format} output is wrong`);
  };
  for (const format of formats) {
    try {
      switch (format) {
        case "text": {
          const text = renderText(doc);
          check(format, text.includes(name), text.length);
          break;
        }
        case "html": {
          const html = renderToStaticMarkup(createElement(LetterPreview, { doc }));
          check(format, html.startsWith("<article") && html.length > 1000, html.length);
          break;
        }
        case "pdf": {
          const pdf = await renderPdf(doc, NODE_FONTS);
          check(format, Buffer.from(pdf.subarray(0, 5)).toString("latin1") === "%PDF-" && pdf.length > 10_000, pdf.length);
          break;
        }
        case "docx": {
          const docx = await renderDocx(doc);
          check(format, docx[0] === 0x50 && docx[1] === 0x4b && docx.length > 5_000, docx.length);
          break;
        }
        default: {
          const never: never = format;
          throw new Error(`unknown format ${String(never)}`);
        }
      }
    } catch (error) {
      failures.push(`${where}: ${format} threw ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    }
  }
  return failures;
}

export interface SoakOptions {
  letters?: number;
  formats?: readonly Format[];
  checkpointEvery?: number;
  onCheckpoint?: (checkpoint: SoakResult["checkpoints"][number]) => void;
}

export async function soak({ letters = 2000, formats = FORMATS, checkpointEvery = 250, onCheckpoint }: SoakOptions = {}): Promise<SoakResult> {
  const renders: Record<Format, number> = { text: 0, html: 0, pdf: 0, docx: 0 };
  const bytes: Record<Format, number> = { text: 0, html: 0, pdf: 0, docx: 0 };
  const failures: string[] = [];
  const checkpoints: SoakResult["checkpoints"] = [];
  const used = new Set<string>();
  // Always a checkpoint half-way, however the run divides, so the second half is measured whole.
  const halfway = Math.ceil(letters / 2);
  const heapBeforeMB = heapAfterGc();
  const start = performance.now();
  for (let i = 0; i < letters; i++) {
    failures.push(...(await renderAll(i, formats, renders, bytes, used)));
    const done = i + 1;
    if (done % checkpointEvery === 0 || done === halfway || done === letters) {
      const checkpoint = { letters: done, heapMB: round(heapAfterGc()), rssMB: round(process.memoryUsage().rss / MB) };
      checkpoints.push(checkpoint);
      onCheckpoint?.(checkpoint);
    }
  }
  const ms = performance.now() - start;
  const heapAfterMB = heapAfterGc();
  const half = checkpoints.find((c) => c.letters === halfway)!;
  return {
    letters,
    renders,
    examples: [...used],
    templates: [...new Set([...used].map((key) => key.split("/")[0]!))],
    failures,
    ms: Math.round(ms),
    heapBeforeMB: round(heapBeforeMB),
    heapAfterMB: round(heapAfterMB),
    checkpoints,
    // maxRSS is in kilobytes.
    peakRssMB: round(process.resourceUsage().maxRSS / 1024),
    secondHalfGrowthMB: round(heapAfterMB - half.heapMB),
    bytes,
  };
}

/** Why a soak failed, one line a reason; empty when every letter rendered and the heap stayed bounded. */
export function soakProblems(result: SoakResult, maxGrowthMB = DEFAULT_MAX_GROWTH_MB): string[] {
  const problems: string[] = [];
  if (result.failures.length) problems.push(`${result.failures.length} render${result.failures.length === 1 ? "" : "s"} failed.`);
  if (result.secondHalfGrowthMB > maxGrowthMB)
    problems.push(`Heap grew ${result.secondHalfGrowthMB} MB over the second half (limit ${maxGrowthMB} MB): memory is not bounded.`);
  return problems;
}

if (isMain(import.meta.url)) {
  const letters = Number(process.env.SOAK_LETTERS ?? 2000);
  const maxGrowth = Number(process.env.SOAK_MAX_GROWTH_MB ?? DEFAULT_MAX_GROWTH_MB);
  const formats = (process.env.SOAK_FORMATS ?? FORMATS.join(",")).split(",").map((f) => f.trim()) as Format[];
  const unknown = formats.filter((f) => !FORMATS.includes(f));
  if (unknown.length) throw new Error(`SOAK_FORMATS: unknown ${unknown.join(", ")}; use ${FORMATS.join(", ")}`);
  const log = (text: string) => process.stdout.write(`${text}\n`);
  log(`Soak: ${letters} letters, each as ${formats.join(", ")}, cycling through ${EXAMPLES.length} example answers files`);
  const started = Date.now();
  const result = await soak({
    letters,
    formats,
    onCheckpoint: (c) =>
      log(`  ${String(c.letters).padStart(5)} letters  ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s  heap ${c.heapMB} MB  rss ${c.rssMB} MB`),
  });
  const renders = Object.values(result.renders).reduce((a, b) => a + b, 0);
  log("");
  log(`letters            ${result.letters} (${renders} renders: ${formats.map((f) => `${result.renders[f]} ${f}`).join(", ")})`);
  log(`templates          ${result.templates.join(", ")} (${result.examples.length} examples)`);
  log(`time               ${(result.ms / 1000).toFixed(1)} s (${(result.ms / result.letters).toFixed(1)} ms a letter in ${formats.length} formats)`);
  log(
    `heap after GC      ${result.heapBeforeMB} MB before, ${result.heapAfterMB} MB after (${round(result.heapAfterMB - result.heapBeforeMB)} MB growth; ${result.secondHalfGrowthMB} MB over the second half)`,
  );
  log(`peak RSS           ${result.peakRssMB} MB`);
  log(`output             ${formats.map((f) => `${f} ${round(result.bytes[f] / MB)} MB`).join(", ")}`);
  log(`failures           ${result.failures.length}`);
  for (const failure of result.failures.slice(0, 20)) log(`  ${failure}`);
  const problems = soakProblems(result, maxGrowth);
  for (const problem of problems) log(problem);
  process.exit(problems.length ? 1 : 0);
}
