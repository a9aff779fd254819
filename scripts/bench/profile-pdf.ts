/**
 * Where the PDF time goes: `npx tsx bench/profile-pdf.ts` (not part of `npm run bench`).
 *
 * Warm: a CPU profile (node:inspector) of many renders of one letter, ours and raw pdfkit's,
 * self time added up by package and by function. Cold: a fresh child process times importing
 * react-pdf, parsing the two Noto Sans files with fontkit, and the first and second render, and
 * profiles the first render. Writes the `profile` section of bench/results.json. Evidence for the
 * recommendations; it changes nothing.
 *
 *   PROFILE_RUNS=200 npx tsx bench/profile-pdf.ts
 */
import { messages } from "@/messages";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import os from "node:os";
import { fileURLToPath } from "node:url";
import type { LetterDocument } from "@/lib/letter/model";
import { mergeResults, RESULTS_PATH } from "./results-file";
import { median, ms, table, timeMs } from "./stats";

const RUNS = Number(process.env.PROFILE_RUNS ?? 200);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** "fontkit", "@react-pdf/layout", "app: lib/render", "node: zlib", or "(garbage collector)". */
function ownerOf(url: string, fn: string): string {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return `node: ${url.slice(5).split("/")[0]}`;
  if (url.includes(ROOT)) return `app: ${url.slice(url.indexOf(ROOT) + ROOT.length).replace(/\/[^/]*$/, "")}`;
  if (!url) return `(${fn || "native"})`;
  return url;
}

/** Self time in ms by owner and by function, largest first. */
function selfTimes(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  const owners = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const [id, time] of self) {
    const node = byId.get(id)!;
    const { url, functionName, lineNumber } = node.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") continue;
    total += time;
    const owner = ownerOf(url, functionName);
    owners.set(owner, (owners.get(owner) ?? 0) + time);
    const fnKey = `${functionName || "(anonymous)"} ${owner}:${lineNumber + 1}`;
    functions.set(fnKey, (functions.get(fnKey) ?? 0) + time);
  }
  const sorted = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, t]) => ({ name, ms: ms(t), share: ms((100 * t) / total) }));
  return { totalMs: ms(total), byOwner: sorted(owners, 20), byFunction: sorted(functions, 25) };
}

async function profiled<T>(fn: () => Promise<T>): Promise<{ value: T; profile: Profile }> {
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const value = await fn();
  const { profile } = (await session.post("Profiler.stop")) as unknown as { profile: Profile };
  session.disconnect();
  return { value, profile };
}

async function letterOf(template: string, name: string): Promise<LetterDocument> {
  const { buildLetter } = await import("@/templates/build");
  const answers: unknown = JSON.parse(readFileSync(`${ROOT}letters/${template}/examples/${name}.json`, "utf8"));
  const built = buildLetter(template as Parameters<typeof buildLetter>[0], answers, { date: "2026-11-25", words: messages });
  if (!built.ok) throw new Error("example does not build");
  return built.letter;
}

// ---- the cold child: a fresh process, one step at a time ----------------------------------------
if (process.argv.includes("--cold")) {
  const steps: Record<string, number> = {};
  const letter = await letterOf("gp-oncology-second-opinion", "typical");
  const { NODE_FONTS } = await import("@/cli/fonts");
  steps.importReactPdf = ms((await timeMs(() => import("@react-pdf/renderer"))).ms);
  const { renderPdf } = await import("@/lib/render/pdf");
  // fontkit on its own: parse both files and lay out one line, as the first render must.
  const fontkit = (await import("fontkit")) as unknown as { create(buffer: Buffer): { layout(text: string): { glyphs: unknown[] } } };
  steps.fontkitParseAndFirstLayout = ms(
    (
      await timeMs(() => {
        for (const file of [NODE_FONTS.regular, NODE_FONTS.bold]) fontkit.create(readFileSync(file)).layout("Dear Dr Anita Shah, I am writing to ask");
      })
    ).ms,
  );
  const first = await profiled(() => timeMs(() => renderPdf(letter, NODE_FONTS)));
  steps.firstRender = ms(first.value.ms);
  steps.secondRender = ms((await timeMs(() => renderPdf(letter, NODE_FONTS))).ms);
  steps.thirdRender = ms((await timeMs(() => renderPdf(letter, NODE_FONTS))).ms);
  process.stdout.write(JSON.stringify({ steps, firstRenderProfile: selfTimes(first.profile) }));
  process.exit(0);
}

// ---- warm, in this process -------------------------------------------------------------------------
const { renderPdf } = await import("@/lib/render/pdf");
const { NODE_FONTS } = await import("@/cli/fonts");
const { loadBaselineFonts, renderPdfkit } = await import("./pdfkit-letter");
const fonts = loadBaselineFonts(NODE_FONTS);
const letter = await letterOf("gp-oncology-second-opinion", "typical");
for (let i = 0; i < 20; i++) {
  await renderPdf(letter, NODE_FONTS);
  await renderPdfkit(letter, fonts);
}
const times = { ours: [] as number[], pdfkit: [] as number[] };
// A turn of the event loop between renders, as a real caller has (React releases finished roots then).
const turn = () => new Promise((resolve) => setImmediate(resolve));
const ours = await profiled(async () => {
  for (let i = 0; i < RUNS; i++) {
    await turn();
    times.ours.push((await timeMs(() => renderPdf(letter, NODE_FONTS))).ms);
  }
});
const baseline = await profiled(async () => {
  for (let i = 0; i < RUNS; i++) {
    await turn();
    times.pdfkit.push((await timeMs(() => renderPdfkit(letter, fonts))).ms);
  }
});

// Three fresh processes: the median of each step, and the first one's profile of its first render.
type ColdRun = { steps: Record<string, number>; firstRenderProfile: ReturnType<typeof selfTimes> };
const coldRuns: ColdRun[] = [];
for (let i = 0; i < 3; i++) {
  const child = spawnSync("npx", ["tsx", fileURLToPath(import.meta.url), "--cold"], { cwd: ROOT, encoding: "utf8" });
  if (child.status !== 0) throw new Error(`cold child failed: ${child.stderr}`);
  coldRuns.push(JSON.parse(child.stdout) as ColdRun);
}
const cold = {
  steps: Object.fromEntries(Object.keys(coldRuns[0]!.steps).map((k) => [k, ms(median(coldRuns.map((r) => r.steps[k]!)))])),
  samples: coldRuns.map((r) => r.steps),
  firstRenderProfile: coldRuns[0]!.firstRenderProfile,
};

const result = {
  timestamp: new Date().toISOString(),
  loadAverage: os.loadavg().map(ms),
  letter: "gp-oncology-second-opinion/typical",
  runs: RUNS,
  warm: {
    ours: { medianMs: ms(median(times.ours)), profile: selfTimes(ours.profile) },
    pdfkit: { medianMs: ms(median(times.pdfkit)), profile: selfTimes(baseline.profile) },
  },
  cold,
};
mergeResults({ profile: result });

const perRun = (rows: { name: string; ms: number; share: number }[]) => rows.map((r) => [r.name, ms(r.ms / RUNS), r.share]);
console.log(
  `Warm, ${RUNS} renders of ${result.letter}: ours median ${result.warm.ours.medianMs} ms, pdfkit ${result.warm.pdfkit.medianMs} ms (load average ${result.loadAverage.join(" ")})\n`,
);
console.log(table([["ours: self time by package", "ms per render", "%"], ...perRun(result.warm.ours.profile.byOwner.slice(0, 14))]));
console.log("");
console.log(table([["ours: self time by function", "ms per render", "%"], ...perRun(result.warm.ours.profile.byFunction.slice(0, 20))]));
console.log("");
console.log(table([["pdfkit: self time by package", "ms per render", "%"], ...perRun(result.warm.pdfkit.profile.byOwner.slice(0, 8))]));
console.log("");
console.log(table([["cold, fresh process (median of 3)", "ms"], ...Object.entries(cold.steps)]));
console.log("");
console.log(table([["first render: self time by package", "ms", "%"], ...cold.firstRenderProfile.byOwner.slice(0, 12).map((r) => [r.name, r.ms, r.share])]));
console.log(`\nmerged into ${RESULTS_PATH.replace(ROOT, "")} under "profile"`);
