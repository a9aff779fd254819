/**
 * The cheap-phone profile of `npm run bench:web` (issue 12): the built site in Chromium with the
 * CPU slowed 4 times and the network at 1.6 Mbit/s down and 150 ms round trip, cold cache (a fresh
 * browser context) and warm (the same context again), the typical GP letter.
 *
 *   npm run bench:web                                   # desktop, then this profile, for out/
 *   BENCH_WEB_COMPARE=/path/to/other/out npm run bench:web   # this profile for both builds, interleaved
 *
 * How the phone is made (Chrome DevTools Protocol):
 * - each page: Emulation.setCPUThrottlingRate and Network.emulateNetworkConditions. The page's
 *   network conditions also hold for its dedicated workers' requests (the file worker's code and
 *   fonts), but not for the service worker's, so each service worker is found as it starts
 *   (Target.setDiscoverTargets) and given the same network conditions.
 * - CPU throttling cannot reach workers (Chromium answers "Operation is only supported for pages,
 *   not workers"): the file worker renders at this machine's full speed. The worker's own time for
 *   each file is read from its User Timing measures, and `projectedMs` adds three more of it: the
 *   click's figure if the worker, too, ran 4 times slower.
 *
 * Every click is timed from its input (`event.timeStamp`, on the page's clock, turned into wall
 * time) to the browser's `download` event; a click "the moment the button shows" is made by the page
 * itself, in the task that shows the button, so no harness round trip comes between.
 */
import type { Server } from "node:http";
import { readFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from "@playwright/test";
import { DRAFT_FORMAT, DRAFT_KEY, DRAFT_VERSION, type Draft } from "@/lib/draft/format";
import { stepsFor } from "@/lib/journey/flow";
import { LETTERS } from "@/templates";
import { STEPS } from "@/lib/steps";
import { messages } from "@/messages";
import { startServer } from "../serve.mjs";
import { median, ms, table } from "./stats";

export const PHONE = { cpuSlowdown: 4, downloadKbit: 1600, uploadKbit: 750, rttMs: 150 } as const;
const TEMPLATE = "gp-oncology-second-opinion" as const;
const ON_CHECK_ANSWERS_MS = 20_000;
const OPEN_FOR_MS = 2000;
const VIEWPORT = { width: 390, height: 844 };
const CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"];
const L = messages.letterPage;
type Kind = "pdf" | "docx";
const BUTTON: Record<Kind, string> = { pdf: L.pdf, docx: L.word };

const conditions = {
  offline: false,
  latency: PHONE.rttMs,
  downloadThroughput: (PHONE.downloadKbit * 1000) / 8,
  uploadThroughput: (PHONE.uploadKbit * 1000) / 8,
};

/** A draft as the site keeps it: every answer of the example (letter pages), or only the first two pages' (question pages). */
export function draftText(which: "full" | "start"): string {
  const all = JSON.parse(readFileSync(fileURLToPath(new URL(`../../templates/${TEMPLATE}/examples/typical.json`, import.meta.url)), "utf8"));
  const answers = which === "full" ? all : { schemaVersion: all.schemaVersion, writer: all.writer, nation: all.nation };
  const draft: Draft = {
    format: DRAFT_FORMAT,
    version: DRAFT_VERSION,
    savedAt: new Date().toISOString(),
    answers,
    letter: { templateId: TEMPLATE, edits: {} },
    progress: { answered: which === "full" ? stepsFor(LETTERS[TEMPLATE], STEPS) : ["who-is-writing", "nation"] },
  };
  return JSON.stringify(draft);
}

/** Gives every service worker that starts the phone's network (the pages get theirs in {@link phonePage}). */
async function throttleServiceWorkers(browser: Browser): Promise<void> {
  const cdp = await browser.newBrowserCDPSession();
  cdp.on("Target.targetCreated", (event) => {
    if (event.targetInfo.type !== "service_worker") return;
    void (async () => {
      // Playwright's CDPSession does not route flat sessions: the older, wrapped messages reach the target.
      const { sessionId } = (await cdp.send("Target.attachToTarget", { targetId: event.targetInfo.targetId, flatten: false })) as { sessionId: string };
      let id = 0;
      const send = (method: string, params: object) =>
        (cdp.send as (m: string, p: object) => Promise<unknown>)("Target.sendMessageToTarget", {
          sessionId,
          message: JSON.stringify({ id: ++id, method, params }),
        });
      await send("Network.enable", {});
      await send("Network.emulateNetworkConditions", conditions);
    })().catch(() => undefined);
  });
  await cdp.send("Target.setDiscoverTargets", { discover: true });
}

/**
 * In the page: when download buttons are clicked, when the page saves a file, long tasks, layout
 * shifts and when the question was painted; and the click "the moment it shows". The question is
 * the page's first h1 (its heading, or the legend or label that is its heading): it is marked for
 * the Element Timing API the moment it is put in the page (a mutation observer's callback runs
 * before the next paint), whether the HTML brought it or the page's script drew it.
 */
function instrument() {
  const w = window as unknown as { __phone: PhoneMarks; __phoneClick?: { label: string } };
  w.__phone = { clicks: [], saves: [], longTasks: [], buttonAt: null, shifts: [], questionPaint: null };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__phone.longTasks.push([performance.timeOrigin + entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) w.__phone.shifts.push([entry.startTime, entry.value]);
    }).observe({ type: "layout-shift", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number; loadTime: number })[])
        if (entry.identifier === "question" && w.__phone.questionPaint === null) w.__phone.questionPaint = entry.renderTime || entry.loadTime;
    }).observe({ type: "element", buffered: true });
  } catch {
    /* no such API */
  }
  const mark = new MutationObserver(() => {
    const heading = document.querySelector("main h1");
    if (heading && !heading.hasAttribute("elementtiming")) heading.setAttribute("elementtiming", "question");
  });
  mark.observe(document, { childList: true, subtree: true });
  document.addEventListener(
    "click",
    (event) => {
      const target = event.target as Element | null;
      if (target?.closest?.("a[download]")) w.__phone.saves.push(Date.now());
      else if (target?.closest?.("section.app-letter-actions button")) w.__phone.clicks.push(performance.timeOrigin + event.timeStamp);
    },
    true,
  );
  const seen = new MutationObserver(() => {
    const label = w.__phoneClick?.label;
    const button = [...document.querySelectorAll("button")].find((b) => (label ? b.textContent === label : b.textContent?.startsWith("Download")));
    if (!button) return;
    w.__phone.buttonAt = Date.now();
    seen.disconnect();
    console.debug("phone:button-appeared");
    if (label) button.click();
  });
  document.addEventListener("DOMContentLoaded", () => seen.observe(document.body, { childList: true, subtree: true }));
}

interface PhoneMarks {
  clicks: number[];
  saves: number[];
  longTasks: [number, number][];
  buttonAt: number | null;
  /** [start, value] of each layout shift not caused by input, on the page's clock. */
  shifts: [number, number][];
  /** When the question's heading was first painted, on the page's clock. */
  questionPaint: number | null;
}

interface Phone {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  /** Bytes on the wire of every JavaScript file fetched, by the page and its worker, and by the service worker. */
  js: { page: number; serviceWorker: number };
}

async function phonePage(browser: Browser, draft: "full" | "start", coldClick?: Kind): Promise<Phone> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: VIEWPORT, isMobile: true, hasTouch: true });
  // Only on the first document: a reload keeps what the page saved since.
  await context.addInitScript(
    ({ key, value }) => {
      if (!window.sessionStorage.getItem("phone:seeded")) {
        window.localStorage.setItem(key, value);
        window.sessionStorage.setItem("phone:seeded", "1");
      }
    },
    { key: DRAFT_KEY, value: draftText(draft) },
  );
  if (coldClick)
    await context.addInitScript((label) => ((window as unknown as { __phoneClick: { label: string } }).__phoneClick = { label }), BUTTON[coldClick]);
  await context.addInitScript(instrument);
  const js = { page: 0, serviceWorker: 0 };
  context.on("requestfinished", (request) => {
    if (!new URL(request.url()).pathname.endsWith(".js")) return;
    void request.sizes().then(
      (sizes) => {
        if (request.serviceWorker()) js.serviceWorker += sizes.responseBodySize;
        else js.page += sizes.responseBodySize;
      },
      () => undefined,
    );
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", conditions);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
  return { context, page, cdp, js };
}

interface ClickResult {
  ms: number;
  /** The longest main-thread task between the click and the file. */
  longestTaskMs: number;
  /** The file worker's own time for this kind of file, the latest (User Timing), for the projection. */
  workerMs: number | null;
  projectedMs: number;
}

/** The worker's own render time for `kind`, the latest, from its User Timing measures. */
async function workerRenderMs(page: Page, kind: Kind): Promise<number | null> {
  for (const worker of page.workers()) {
    const durations = await worker
      .evaluate((name) => performance.getEntriesByName(name, "measure").map((e) => e.duration), `letter-file:${kind}`)
      .catch(() => [] as number[]);
    if (durations.length) return durations.at(-1)!;
  }
  return null;
}

/** Times one click: already made by the page (`made`), or by the mouse now. */
async function timeClick(page: Page, kind: Kind, index: number, made: boolean): Promise<ClickResult> {
  const download = page.waitForEvent("download", { timeout: 120_000 }).then(() => Date.now());
  if (!made) {
    const box = await page.getByRole("button", { name: BUTTON[kind], exact: true }).boundingBox();
    if (!box) throw new Error(`no ${kind} button`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  const at = await download;
  const marks = await page.evaluate(() => (window as unknown as { __phone: PhoneMarks }).__phone);
  const click = marks.clicks[index];
  if (click === undefined) throw new Error("the page did not see the click");
  const tasks = marks.longTasks.filter(([start]) => start >= click && start <= at).map(([, d]) => d);
  const workerMs = await workerRenderMs(page, kind);
  const clickMs = at - click;
  return {
    ms: ms(clickMs),
    longestTaskMs: ms(Math.max(0, ...tasks)),
    workerMs: workerMs === null ? null : ms(workerMs),
    projectedMs: ms(clickMs + 3 * (workerMs ?? 0)),
  };
}

/** Waits for the page to say its button appeared (a console message, so a busy page cannot delay it). */
function buttonAppears(page: Page): Promise<unknown> {
  return page.waitForEvent("console", { predicate: (m) => m.text() === "phone:button-appeared", timeout: 120_000 });
}

interface QuestionResult {
  loadMs: number;
  /** The question's heading first painted (Element Timing). */
  questionPaintMs: number | null;
  /** The form in the page (drawn by the HTML, or by the page's script once it has read the draft). */
  readyMs: number;
  lcpMs: number | null;
  /** Layout shifts, summed (as CLS counts them for a page this short-lived). */
  cls: number;
  /** The longest main-thread task, and the time over 50 ms in every task, from the start to a second after load. */
  longestTaskMs: number;
  blockingMs: number;
  jsKB: number;
}

async function questionPage(phone: Phone, path: string): Promise<QuestionResult> {
  const { page } = phone;
  const before = phone.js.page;
  await page.goto(path, { waitUntil: "load" });
  await page.locator("form").first().waitFor({ timeout: 60_000 });
  const readyAt = await page.evaluate(() => performance.now());
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(1000);
  const marks = await page.evaluate(() => (window as unknown as { __phone: PhoneMarks }).__phone);
  const startedAt = await page.evaluate(() => performance.timeOrigin);
  const tasks = marks.longTasks.filter(([start]) => start >= startedAt).map(([, duration]) => duration);
  const timing = await page.evaluate(
    () =>
      new Promise<{ load: number; lcp: number | null }>((resolve) => {
        const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming | undefined;
        let lcp: number | null = null;
        try {
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) lcp = e.startTime;
          }).observe({ type: "largest-contentful-paint", buffered: true });
        } catch {
          /* none */
        }
        setTimeout(() => resolve({ load: nav?.loadEventEnd ?? 0, lcp }), 50);
      }),
  );
  return {
    loadMs: ms(timing.load),
    questionPaintMs: marks.questionPaint === null ? null : ms(marks.questionPaint),
    readyMs: ms(readyAt),
    lcpMs: timing.lcp === null ? null : ms(timing.lcp),
    cls: Math.round(marks.shifts.reduce((sum, [, value]) => sum + value, 0) * 1000) / 1000,
    longestTaskMs: ms(Math.max(0, ...tasks)),
    blockingMs: ms(tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
    jsKB: ms((phone.js.page - before) / 1024),
  };
}

/** A move to another question page in the same tab (Continue, or Back): the click to the next page's form. */
async function nextQuestion(page: Page, click: () => Promise<void>): Promise<number> {
  const from = page.url();
  const heading = await page.locator("h1").first().textContent();
  const started = Date.now();
  await click();
  await page.waitForURL((url) => url.href !== from, { timeout: 60_000 });
  await page.waitForFunction((h) => document.querySelector("h1")?.textContent !== h && document.querySelector("form"), heading, { timeout: 60_000 });
  return Date.now() - started;
}

interface Build {
  label: string;
  dir: string;
}

interface Samples {
  questionCold: QuestionResult[];
  questionWarm: QuestionResult[];
  nextQuestionMs: number[];
  bookmarkCold: Record<Kind, ClickResult[]>;
  bookmarkWarm: Record<Kind, ClickResult[]>;
  afterCheckAnswers: Record<Kind, ClickResult[]>;
  otherAfter2s: Record<Kind, ClickResult[]>;
  repeat: Record<Kind, ClickResult[]>;
  jsByThenKB: number[];
  serviceWorkerJsKB: number[];
}

const empty = (): Samples => ({
  questionCold: [],
  questionWarm: [],
  nextQuestionMs: [],
  bookmarkCold: { pdf: [], docx: [] },
  bookmarkWarm: { pdf: [], docx: [] },
  afterCheckAnswers: { pdf: [], docx: [] },
  otherAfter2s: { pdf: [], docx: [] },
  repeat: { pdf: [], docx: [] },
  jsByThenKB: [],
  serviceWorkerJsKB: [],
});

async function oneLoad(browser: Browser, origin: string, s: Samples, log: (text: string) => void): Promise<void> {
  // Question pages: the first, cold; three moves to another page; then the first again, warm.
  {
    const phone = await phonePage(browser, "start");
    const { page } = phone;
    try {
      s.questionCold.push(await questionPage(phone, `${origin}/questions/nation/`));
      // On to the next page (the draft holds the first two pages' answers), then back twice.
      const back = () => page.getByRole("link", { name: messages.form.back }).first().click();
      s.nextQuestionMs.push(
        await nextQuestion(page, () => page.getByRole("button", { name: messages.form.continue, exact: true }).click()),
        await nextQuestion(page, back),
        await nextQuestion(page, back),
      );
      s.questionWarm.push(await questionPage(phone, `${origin}/questions/nation/`));
    } finally {
      await phone.context.close();
    }
  }
  for (const kind of ["pdf", "docx"] as Kind[]) {
    const other: Kind = kind === "pdf" ? "docx" : "pdf";
    // From a bookmark: the letter page with nothing cached, clicked the moment the button shows; then again, warm.
    {
      const phone = await phonePage(browser, "full", kind);
      try {
        const appeared = buttonAppears(phone.page);
        const download = timeClick(phone.page, kind, 0, true);
        await phone.page.goto(`${origin}/letter/`);
        await appeared;
        s.bookmarkCold[kind].push(await download);
        const again = buttonAppears(phone.page);
        const warm = timeClick(phone.page, kind, 0, true);
        await phone.page.reload();
        await again;
        s.bookmarkWarm[kind].push(await warm);
      } finally {
        await phone.context.close();
      }
    }
    // 20 s on check answers (cold when they got there), "Create my letter", the button the moment it shows.
    {
      const phone = await phonePage(browser, "full", kind);
      try {
        await phone.page.goto(`${origin}/questions/check-answers/`);
        await phone.page.getByRole("button", { name: messages.journey.checkAnswers.create }).waitFor({ timeout: 60_000 });
        await phone.page.waitForTimeout(ON_CHECK_ANSWERS_MS);
        const appeared = buttonAppears(phone.page);
        const download = timeClick(phone.page, kind, 0, true);
        await phone.page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
        await appeared;
        s.afterCheckAnswers[kind].push(await download);
        // Later clicks: the other file with the page open 2 s, then this one again.
        await phone.page.waitForTimeout(OPEN_FOR_MS);
        s.otherAfter2s[other].push(await timeClick(phone.page, other, 1, false));
        await phone.page.waitForTimeout(500);
        s.repeat[kind].push(await timeClick(phone.page, kind, 2, false));
        s.jsByThenKB.push(ms(phone.js.page / 1024));
        s.serviceWorkerJsKB.push(ms(phone.js.serviceWorker / 1024));
      } finally {
        await phone.context.close();
      }
    }
  }
  log(
    `  question ${s.questionCold.at(-1)?.loadMs} ms; PDF after check answers ${s.afterCheckAnswers.pdf.at(-1)?.ms} ms, from a bookmark ${s.bookmarkCold.pdf.at(-1)?.ms} ms; Word after check answers ${s.afterCheckAnswers.docx.at(-1)?.ms} ms`,
  );
}

const med = (values: (number | null)[]) => ms(median(values.filter((v): v is number => typeof v === "number")));
const clicks = (results: ClickResult[]) => ({
  medianMs: med(results.map((r) => r.ms)),
  projectedMedianMs: med(results.map((r) => r.projectedMs)),
  workerMedianMs: med(results.map((r) => r.workerMs)),
  longestTaskMedianMs: med(results.map((r) => r.longestTaskMs)),
  samples: results,
});

function summarise(s: Samples) {
  const q = (results: QuestionResult[]) => ({
    loadMedianMs: med(results.map((r) => r.loadMs)),
    questionPaintMedianMs: med(results.map((r) => r.questionPaintMs)),
    readyMedianMs: med(results.map((r) => r.readyMs)),
    lcpMedianMs: med(results.map((r) => r.lcpMs)),
    clsMax: Math.max(...results.map((r) => r.cls)),
    longestTaskMedianMs: med(results.map((r) => r.longestTaskMs)),
    blockingMedianMs: med(results.map((r) => r.blockingMs)),
    jsKBMedian: med(results.map((r) => r.jsKB)),
    samples: results,
  });
  const perKind = (record: Record<Kind, ClickResult[]>) => ({ pdf: clicks(record.pdf), docx: clicks(record.docx) });
  return {
    questionPage: { cold: q(s.questionCold), warm: q(s.questionWarm), nextPageMedianMs: med(s.nextQuestionMs), nextPageSamples: s.nextQuestionMs },
    letterFromBookmark: { cold: perKind(s.bookmarkCold), warm: perKind(s.bookmarkWarm) },
    letterAfterCheckAnswers: perKind(s.afterCheckAnswers),
    laterClicks: { otherFileAfter2s: perKind(s.otherAfter2s), sameFileAgain: perKind(s.repeat) },
    jsFetchedByThenKB: { byPageAndFileWorker: med(s.jsByThenKB), byServiceWorker: med(s.serviceWorkerJsKB) },
  };
}

export type PhoneSummary = ReturnType<typeof summarise>;

/** Runs the profile against each build, a load of each in turn, so they share the machine's conditions. */
export async function runPhone(builds: Build[], loads: number, log: (text: string) => void) {
  const servers: Server[] = [];
  const origins: string[] = [];
  for (const build of builds) {
    const server = await startServer({ root: build.dir, port: 0 });
    servers.push(server);
    const address = server.address();
    origins.push(`http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`);
  }
  const loadStart = os.loadavg();
  const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
  await throttleServiceWorkers(browser);
  const samples = builds.map(empty);
  try {
    for (let load = 0; load < loads; load++) {
      for (const [i, build] of builds.entries()) {
        log(`phone load ${load + 1}/${loads}, ${build.label}:`);
        await oneLoad(browser, origins[i]!, samples[i]!, log);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) {
      server.closeAllConnections();
      server.close();
    }
  }
  return {
    profile: {
      ...PHONE,
      served: "scripts/serve.mjs, Brotli and gzip copies",
      note: "CPU throttling reaches pages, not workers: projectedMs adds 3 × the file worker's own time",
    },
    settings: { loads, template: TEMPLATE, example: "typical", onCheckAnswersMs: ON_CHECK_ANSWERS_MS, viewport: VIEWPORT },
    loadAverageAtStart: loadStart.map(ms),
    loadAverageAtEnd: os.loadavg().map(ms),
    builds: builds.map((build, i) => ({ label: build.label, dir: build.dir, ...summarise(samples[i]!) })),
  };
}

/** The cheap-phone table, one column per build. */
export function phoneTable(result: Awaited<ReturnType<typeof runPhone>>): string {
  const b = result.builds;
  const cell = (value: number | null, projected?: number | null) =>
    value === null || Number.isNaN(value)
      ? "-"
      : projected !== undefined && projected !== null && projected !== value
        ? `${value} (${projected})`
        : String(value);
  const rows: (string | number)[][] = [["cheap phone (CPU ×4, 1.6 Mbit/s, 150 ms)", ...b.map((x) => `${x.label}: median ms`), "target"]];
  const add = (label: string, pick: (x: (typeof b)[number]) => string, target = "") => rows.push([label, ...b.map(pick), target]);
  add("question page, cold: the question painted", (x) => cell(x.questionPage.cold.questionPaintMedianMs), "1500");
  add("question page load, cold (load event)", (x) => cell(x.questionPage.cold.loadMedianMs), "2500");
  add("question page, cold: form in the page", (x) => cell(x.questionPage.cold.readyMedianMs));
  add("question page, cold: largest paint", (x) => cell(x.questionPage.cold.lcpMedianMs));
  add("question page, cold: layout shift (the largest of the loads)", (x) => cell(x.questionPage.cold.clsMax), "0");
  add("question page, cold: longest main-thread task to load + 1 s", (x) => cell(x.questionPage.cold.longestTaskMedianMs), "50");
  add("question page, cold: blocking time (over 50 ms a task)", (x) => cell(x.questionPage.cold.blockingMedianMs));
  add("question page, warm: the question painted", (x) => cell(x.questionPage.warm.questionPaintMedianMs));
  add("question page load, warm", (x) => cell(x.questionPage.warm.loadMedianMs));
  add("next question page (Continue to the next form)", (x) => cell(x.questionPage.nextPageMedianMs), "500");
  add("JS KB fetched by a cold question page (as served)", (x) => cell(x.questionPage.cold.jsKBMedian));
  add(
    "20 s on check answers, then first PDF click",
    (x) => cell(x.letterAfterCheckAnswers.pdf.medianMs, x.letterAfterCheckAnswers.pdf.projectedMedianMs),
    "1500",
  );
  add(
    "20 s on check answers, then first Word click",
    (x) => cell(x.letterAfterCheckAnswers.docx.medianMs, x.letterAfterCheckAnswers.docx.projectedMedianMs),
    "1000",
  );
  add("letter page from a bookmark, cold: PDF", (x) => cell(x.letterFromBookmark.cold.pdf.medianMs, x.letterFromBookmark.cold.pdf.projectedMedianMs), "report");
  add(
    "letter page from a bookmark, cold: Word",
    (x) => cell(x.letterFromBookmark.cold.docx.medianMs, x.letterFromBookmark.cold.docx.projectedMedianMs),
    "report",
  );
  add("letter page from a bookmark, warm: PDF", (x) => cell(x.letterFromBookmark.warm.pdf.medianMs, x.letterFromBookmark.warm.pdf.projectedMedianMs));
  add("letter page from a bookmark, warm: Word", (x) => cell(x.letterFromBookmark.warm.docx.medianMs, x.letterFromBookmark.warm.docx.projectedMedianMs));
  add("later click, page open 2 s: PDF", (x) => cell(x.laterClicks.otherFileAfter2s.pdf.medianMs, x.laterClicks.otherFileAfter2s.pdf.projectedMedianMs), "150");
  add(
    "later click, page open 2 s: Word",
    (x) => cell(x.laterClicks.otherFileAfter2s.docx.medianMs, x.laterClicks.otherFileAfter2s.docx.projectedMedianMs),
    "150",
  );
  add("same file again: PDF", (x) => cell(x.laterClicks.sameFileAgain.pdf.medianMs));
  add("same file again: Word", (x) => cell(x.laterClicks.sameFileAgain.docx.medianMs));
  add("longest main-thread task, first PDF click to file (the page is still starting)", (x) => cell(x.letterAfterCheckAnswers.pdf.longestTaskMedianMs), "50");
  add("longest main-thread task, first Word click to file", (x) => cell(x.letterAfterCheckAnswers.docx.longestTaskMedianMs), "50");
  add(
    "longest main-thread task, later clicks (PDF, Word)",
    (x) => `${cell(x.laterClicks.otherFileAfter2s.pdf.longestTaskMedianMs)}, ${cell(x.laterClicks.otherFileAfter2s.docx.longestTaskMedianMs)}`,
    "50",
  );
  add("JS KB fetched by then, page and file worker", (x) => cell(x.jsFetchedByThenKB.byPageAndFileWorker));
  add("JS KB fetched by then, service worker's copy", (x) => cell(x.jsFetchedByThenKB.byServiceWorker));
  return `${table(rows)}\n(in brackets: the same click if the file worker, which CPU throttling does not reach, also ran 4 times slower)`;
}
