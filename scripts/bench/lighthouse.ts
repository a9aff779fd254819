/**
 * `npm run bench:lighthouse`: Lighthouse's performance score, mobile preset (its default: a
 * mid-range phone's screen, simulated slow 4G and a CPU four times slower), for the start, guide,
 * device, choose-letter, question, check-answers, letter and your-answers pages of the built site
 * (`npm run build` first), served by `scripts/serve.mjs` as a static host serves it (the Brotli
 * and gzip copies).
 *
 * Every run is a fresh Chromium profile (cold cache, no service worker), and each page is run in
 * two states:
 * - fresh: nothing saved. A journey page other than the device question is measured as a first
 *   visit reaches it, with only the device answered (without it, the page sends the person to the
 *   device question first, and that is what would be measured);
 * - draft: a saved draft, the typical GP letter's answers (all of them; a question page's only its
 *   first two pages'), as a returning person has. The device question is not run with a draft: a
 *   returning person is not asked it again.
 * What is saved is written into storage from a page of the site that loads nothing (the icon), and
 * Lighthouse is told to keep storage.
 *
 *   npm run bench:lighthouse
 *   LIGHTHOUSE_RUNS=3 npm run bench:lighthouse        # three runs a page and state (default 1), the median kept
 *   LIGHTHOUSE_PAGES=choose-letter npm run bench:lighthouse
 *   BENCH_OUT=.scratch/out-before LIGHTHOUSE_SECTION=lighthouseBefore npm run bench:lighthouse
 *                                                     # another build, its figures under a section of their own
 *
 * Writes `lighthouse` into bench/results.json. Scores move with the machine's load (total blocking
 * time is this machine's main-thread work, scaled): the load average is recorded; nothing asserts.
 */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import lighthouse from "lighthouse";
import { DEVICE_KEY } from "@/lib/draft/device";
import { DRAFT_KEY } from "@/lib/draft/format";
import { startServer } from "../serve.mjs";
import { mergeResults, readResults, RESULTS_PATH } from "./results-file";
import { median, ms, table } from "./stats";
import { draftText } from "./web-phone";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 1);
const OUT = path.resolve(process.env.BENCH_OUT ?? fileURLToPath(new URL("../../out", import.meta.url)));
/** The results file's section: another build's figures are written only under a section named for them. */
const SECTION = process.env.LIGHTHOUSE_SECTION ?? (process.env.BENCH_OUT === undefined ? "lighthouse" : null);
const CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"];

/**
 * The pages the issue names: `journey` pages are measured fresh with the device answered; `draft`
 * is the saved draft of the second run (null: no second run).
 */
const PAGES = [
  { name: "start", path: "/", journey: false, draft: "full" },
  { name: "guide", path: "/guide/", journey: false, draft: "full" },
  { name: "device", path: "/questions/device/", journey: false, draft: null },
  { name: "choose-letter", path: "/questions/choose-letter/", journey: true, draft: "full" },
  { name: "question", path: "/questions/nation/", journey: true, draft: "start" },
  { name: "check-answers", path: "/questions/check-answers/", journey: true, draft: "full" },
  { name: "letter", path: "/letter/", journey: true, draft: "full" },
  { name: "your-answers", path: "/your-answers/", journey: true, draft: "full" },
] as const;
type State = "fresh" | "draft";

const only = process.env.LIGHTHOUSE_PAGES?.split(",").filter(Boolean);
const pages = only ? PAGES.filter((p) => only.includes(p.name)) : PAGES;
const log = (text: string) => process.stderr.write(`${text}\n`);

const METRICS = {
  fcpMs: "first-contentful-paint",
  lcpMs: "largest-contentful-paint",
  tbtMs: "total-blocking-time",
  speedIndexMs: "speed-index",
  cls: "cumulative-layout-shift",
} as const;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe: Server = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

class LighthouseRunError extends Error {}

interface Run {
  /** Where Lighthouse ended up (a journey page sends a first visit to the device question). */
  finalPath: string;
  score: number;
  metrics: Record<keyof typeof METRICS, number>;
  lcpElement: string | null;
  renderBlocking: { url: string; wastedMs: number }[];
  unusedCssKB: number;
  mainThreadByCategoryMs: Record<string, number>;
  /** The longest main-thread tasks, as Lighthouse simulates them on its phone, and the script each is charged to. */
  longTasks: { url: string; startMs: number; durationMs: number }[];
  /** Script evaluation and parsing by file, on its phone. */
  bootupMs: { url: string; scriptingMs: number; parseMs: number }[];
}

async function oneRun(origin: string, page: (typeof PAGES)[number], state: State): Promise<Run> {
  const profile = mkdtempSync(path.join(os.tmpdir(), "lighthouse-"));
  const port = await freePort();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    const saved: Record<string, string> = {};
    if (state === "draft" && page.draft) saved[DRAFT_KEY] = draftText(page.draft);
    else if (page.journey) saved[DEVICE_KEY] = "own";
    if (Object.keys(saved).length > 0) {
      const seed = await context.newPage();
      await seed.goto(`${origin}/icon.svg`);
      await seed.evaluate((items) => {
        for (const [key, value] of Object.entries(items)) window.localStorage.setItem(key, value);
      }, saved);
      await seed.close();
    }
    const result = await lighthouse(`${origin}${page.path}`, {
      port,
      logLevel: "error",
      output: "json",
      onlyCategories: ["performance"],
      disableStorageReset: true,
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new LighthouseRunError(`Lighthouse on ${page.path}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const audit = (id: string) => lhr.audits[id];
    const metrics = Object.fromEntries(Object.entries(METRICS).map(([key, id]) => [key, ms(audit(id)?.numericValue ?? Number.NaN)])) as Run["metrics"];
    const items = (id: string) => ((audit(id)?.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []) as Record<string, unknown>[];
    const lcpItem = items("largest-contentful-paint-element")[0] as { items?: { node?: { snippet?: string } }[] } | undefined;
    const unused = items("unused-css-rules").reduce((sum, item) => sum + Number(item.wastedBytes ?? 0), 0);
    const byCategory = Object.fromEntries(items("mainthread-work-breakdown").map((item) => [String(item.group), ms(Number(item.duration ?? 0))]));
    return {
      finalPath: (lhr.finalDisplayedUrl ?? lhr.finalUrl ?? "").replace(origin, ""),
      score: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
      metrics,
      lcpElement: lcpItem?.items?.[0]?.node?.snippet ?? null,
      renderBlocking: items("render-blocking-resources").map((item) => ({
        url: String(item.url).replace(origin, ""),
        wastedMs: ms(Number(item.wastedMs ?? 0)),
      })),
      unusedCssKB: Math.round(unused / 102.4) / 10,
      mainThreadByCategoryMs: byCategory,
      longTasks: items("long-tasks")
        .slice(0, 8)
        .map((item) => ({ url: String(item.url).replace(origin, ""), startMs: ms(Number(item.startTime)), durationMs: ms(Number(item.duration)) })),
      bootupMs: items("bootup-time").map((item) => ({
        url: String(item.url).replace(origin, ""),
        scriptingMs: ms(Number(item.scripting)),
        parseMs: ms(Number(item.scriptParseCompile)),
      })),
    };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * Lighthouse sometimes fails to record a trace on a busy machine (NO_NAVSTART, NO_FCP): such a run
 * measured nothing, so it is made again, up to twice, and said on stderr.
 */
async function withRetries(run: () => Promise<Run>): Promise<Run> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt === 3 || !(error instanceof LighthouseRunError)) throw error;
      log(`  ${error.message}: running it again`);
    }
  }
}

if (!existsSync(path.join(OUT, "index.html"))) {
  console.error(`${path.join(OUT, "index.html")} is missing: run \`npm run build\` first.`);
  process.exit(1);
}
const server = await startServer({ root: OUT, port: 0 });
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
const loadStart = os.loadavg();
interface Measured {
  scoreMedian: number;
  scores: number[];
  medians: Record<string, number>;
  runs: Run[];
}
const results: Record<string, Partial<Record<State, Measured>>> = {};
try {
  for (const page of pages) {
    // A build without the page (the device question is newer than some builds) is left out.
    if (!existsSync(path.join(OUT, ...page.path.split("/").filter(Boolean), "index.html"))) {
      log(`lighthouse ${page.name}: not in this build, left out`);
      continue;
    }
    results[page.name] = {};
    for (const state of ["fresh", "draft"] as const) {
      if (state === "draft" && !page.draft) continue;
      const runs: Run[] = [];
      for (let i = 0; i < RUNS; i++) {
        log(`lighthouse ${page.name} ${state} ${i + 1}/${RUNS}`);
        runs.push(await withRetries(() => oneRun(origin, page, state)));
      }
      results[page.name]![state] = {
        scoreMedian: median(runs.map((r) => r.score)),
        scores: runs.map((r) => r.score),
        medians: Object.fromEntries(Object.keys(METRICS).map((key) => [key, ms(median(runs.map((r) => r.metrics[key as keyof typeof METRICS])))])),
        runs,
      };
    }
  }
} finally {
  server.closeAllConnections();
  server.close();
}

const section = {
  timestamp: new Date().toISOString(),
  lighthouseVersion: (await import("lighthouse/package.json", { with: { type: "json" } })).default.version,
  preset: "mobile (Lighthouse's default: simulated throttling, 4x CPU slowdown)",
  served: "scripts/serve.mjs (its Brotli and gzip copies)",
  build: path.relative(process.cwd(), OUT) || ".",
  states: {
    fresh: "a fresh profile, nothing saved; journey pages with only the device answered",
    draft: "a fresh profile (cold cache) with the typical GP letter's draft saved",
  },
  runsPerPageAndState: RUNS,
  loadAverageAtStart: loadStart.map(ms),
  loadAverageAtEnd: os.loadavg().map(ms),
  pages: results,
};
if (SECTION) {
  // A run of some pages only keeps the other pages' last figures.
  const previous = readResults()[SECTION] as { pages?: Record<string, unknown> } | undefined;
  mergeResults({ [SECTION]: { ...section, pages: { ...(only ? (previous?.pages ?? {}) : {}), ...results } } });
}

const rows: (string | number)[][] = [["page", "state", "score", "FCP ms", "LCP ms", "TBT ms", "CLS", "ended on", "target"]];
for (const [name, states] of Object.entries(results)) {
  for (const [state, r] of Object.entries(states)) {
    const end = r.runs[0]!.finalPath;
    rows.push([name, state, r.scores.join(" "), r.medians.fcpMs!, r.medians.lcpMs!, r.medians.tbtMs!, r.medians.cls!, end, "95"]);
  }
}
console.log(`\nLighthouse ${section.lighthouseVersion}, mobile preset, ${RUNS} run(s) a page and state, ${section.build} served by scripts/serve.mjs`);
console.log(`load average at start ${section.loadAverageAtStart.join(" ")}, at end ${section.loadAverageAtEnd.join(" ")}`);
console.log(table(rows));
console.log(SECTION ? `\nWritten to ${RESULTS_PATH} (${SECTION})` : "\n(another build, no LIGHTHOUSE_SECTION: not written to the results file)");
