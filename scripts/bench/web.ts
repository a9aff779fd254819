/**
 * `npm run bench:web`: the letter page in Chromium, against the built site (`npm run build` first).
 *
 * It serves out/ with `node scripts/serve.mjs`, writes a draft holding the typical example
 * answers for gp-oncology-second-opinion into localStorage (the format lib/draft keeps), opens
 * /letter/ and times each press of "Download PDF" and "Download Word" from the click to the
 * browser's `download` event:
 *   - cold: clicked the moment the button appears (the page has just hydrated), by the page
 *     itself in the same task, so no harness round trip (which a busy page delays) comes between;
 *   - after 2 s: the page has been open two seconds, then the first click;
 *   - repeat: the second and third click on the same page.
 * Every page load is a fresh browser context (empty cache), so each first click pays for fetching
 * and compiling the renderer's chunk. It also reads each route's first-load JavaScript from the
 * build (scripts/check-budgets.mjs) and merges everything into bench/results.json under `web`.
 *
 *   BENCH_WEB_LOADS=5 npm run bench:web
 *   PORT=4311 npm run bench:web        # serve on this port (default: any free port)
 *
 * Timings on a shared machine are noisy: the load average is recorded. Nothing here asserts one.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type Download, type Page } from "@playwright/test";
import { DRAFT_FORMAT, DRAFT_KEY, DRAFT_VERSION, type Draft } from "@/lib/draft/format";
import { readDraftText } from "@/lib/draft/migrate";
import { LETTER_IDS } from "@/templates";
import { checkBudgets, KB } from "../check-budgets.mjs";
import { mergeResults, RESULTS_PATH } from "./results-file";
import { phoneTable, runPhone } from "./web-phone";
import { median, ms, percentile, table } from "./stats";

const LOADS = Number(process.env.BENCH_WEB_LOADS ?? 5);
const REPEATS = 2; // repeated clicks per page after the first (Chromium balks at many quick downloads)
const OPEN_FOR_MS = 2000;
const HOVER_MS = 1500;
const VIEWPORT = { width: 390, height: 844 };
const TEMPLATE = "gp-oncology-second-opinion" as const;
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const OUT = fileURLToPath(new URL("../../out/", import.meta.url));
const CHROMIUM_ARGS = ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"];

const log = (text: string) => process.stderr.write(`${text}\n`);

if (!existsSync(`${OUT}index.html`) || !existsSync(`${OUT}letter/index.html`)) {
  console.error("out/index.html or out/letter/index.html is missing: run `npm run build` first.");
  process.exit(1);
}

// ---- the draft the letter page reads ---------------------------------------------------------
const answers: unknown = JSON.parse(readFileSync(fileURLToPath(new URL(`../../templates/${TEMPLATE}/examples/typical.json`, import.meta.url)), "utf8"));
const draft: Draft = {
  format: DRAFT_FORMAT,
  version: DRAFT_VERSION,
  savedAt: new Date().toISOString(),
  answers: answers as Draft["answers"],
  letter: { templateId: TEMPLATE, edits: {} },
  progress: { answered: [] },
};
const draftText = JSON.stringify(draft);
// Fail here, not in the browser, if the stored format has moved on from what this file writes.
const readBack = readDraftText(draftText, LETTER_IDS);
if (!readBack.ok) throw new Error(`The bench's draft is not one lib/draft reads (${readBack.reason}): update bench/web.ts`);

// ---- the server ---------------------------------------------------------------------------------
function serve(): Promise<{ child: ChildProcess; origin: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["scripts/serve.mjs"], {
      cwd: ROOT,
      env: { ...process.env, PORT: process.env.PORT ?? "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let said = "";
    const timer = setTimeout(() => reject(new Error(`scripts/serve.mjs did not start: ${said}`)), 15_000);
    const listen = (chunk: Buffer) => {
      said += chunk.toString();
      const found = /Serving out\/ on (http:\/\/[^\s]+)/.exec(said);
      if (found) {
        clearTimeout(timer);
        resolve({ child, origin: found[1]!.replace(/\/$/, "") });
      }
    };
    child.stdout!.on("data", listen);
    child.stderr!.on("data", listen);
    child.once("exit", (code) => reject(new Error(`scripts/serve.mjs exited (${code}): ${said}`)));
  });
}

// ---- one page, one kind of file ---------------------------------------------------------------
type Kind = "pdf" | "docx";
const BUTTON: Record<Kind, RegExp> = { pdf: /^Download PDF/, docx: /^Download Word/ };
const MAGIC: Record<Kind, string> = { pdf: "%PDF-", docx: "PK" };

interface Click {
  /** The user's click to the browser's `download` event (both on the machine's wall clock). */
  clickToDownloadMs: number;
  /** The browser receiving the click to the page's handler running (the page was busy meanwhile). */
  inputDelayMs: number | null;
  /** Durations of main-thread tasks over 50 ms between the button appearing and the click. */
  longTasksBeforeClick: number[];
  /** The button first appearing to the page saying it holds each file (made in the background). */
  filesReadyAfterButtonMs: Record<string, number | null>;
  /** The button first appearing to the click's input (how soon the harness could click). */
  clickAfterButtonMs: number | null;
  /** The user's click to the page handing the file to the browser (a[download].click()), in the page. */
  clickToSaveInPageMs: number | null;
  /** JavaScript fetched between the click and the file (the lazily loaded renderer), bytes on the wire. */
  jsFetchedBytes: number;
  jsFetched: string[];
  /** Font files fetched between the click and the file (the PDF embeds Noto Sans), bytes on the wire. */
  fontFetchedBytes: number;
  /** When, after the click, the last JavaScript file / font file had arrived (null: none fetched). */
  jsLoadedAfterMs: number | null;
  fontsLoadedAfterMs: number | null;
}

/**
 * Records, in the page, when a download button is clicked and when the page saves the file. The
 * click's time is when the browser received the input (`event.timeStamp`), not when the page got
 * round to handling it: a page busy with a long task (making a file in the background, say) delays
 * the handler, and the user waits for that too. The wait is kept as `inputDelays`.
 */
function instrument() {
  const w = window as unknown as { __bench: Bench; __benchColdClick?: Kind };
  w.__bench = { clicks: [], clickTimes: [], inputDelays: [], resourcesAtClick: [], saves: [], buttonAt: null, filesReadyAt: {}, longTasks: [] };
  // When the page says it holds each file for the letter as it is (data-files-ready, set when a
  // background render finishes).
  const ready = new MutationObserver((records) => {
    for (const record of records) {
      const kinds = (record.target as Element).getAttribute("data-files-ready")?.split(" ") ?? [];
      for (const kind of kinds) if (kind && !(kind in w.__bench.filesReadyAt)) w.__bench.filesReadyAt[kind] = Date.now();
    }
  });
  // Main-thread tasks over 50 ms (what would delay a key press), to see what the background costs.
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__bench.longTasks.push([performance.timeOrigin + entry.startTime, entry.duration]);
    }).observe({ type: "longtask", buffered: true });
  } catch {
    /* no Long Tasks API */
  }
  document.addEventListener("DOMContentLoaded", () => ready.observe(document.body, { subtree: true, attributes: true, attributeFilter: ["data-files-ready"] }));
  // When "Download PDF" first appears (the page has hydrated and read the draft). For a cold click
  // the page clicks it (or "Download Word") right then, in the same task: no harness round trip,
  // which a page busy with work of its own would delay, comes between the button and the click.
  const seen = new MutationObserver(() => {
    const buttons = [...document.querySelectorAll("button")];
    if (!buttons.some((b) => b.textContent?.startsWith("Download PDF"))) return;
    w.__bench.buttonAt = Date.now();
    seen.disconnect();
    // Tells the harness at once (console messages reach it while the page keeps working).
    console.debug("bench:button-appeared");
    const cold = w.__benchColdClick;
    if (cold) buttons.find((b) => b.textContent?.startsWith(cold === "pdf" ? "Download PDF" : "Download Word"))?.click();
  });
  document.addEventListener("DOMContentLoaded", () => seen.observe(document.body, { childList: true, subtree: true }));
  document.addEventListener(
    "click",
    (event) => {
      const target = event.target as Element | null;
      if (target?.closest?.("a[download]")) w.__bench.saves.push(Date.now());
      else if (target?.closest?.("button")) {
        const inputDelay = Math.max(0, performance.now() - event.timeStamp);
        w.__bench.clicks.push(Date.now() - inputDelay);
        w.__bench.clickTimes.push(event.timeStamp);
        w.__bench.inputDelays.push(inputDelay);
        w.__bench.resourcesAtClick.push(performance.getEntriesByType("resource").length);
      }
    },
    true,
  );
}

interface Bench {
  clicks: number[];
  clickTimes: number[];
  inputDelays: number[];
  resourcesAtClick: number[];
  saves: number[];
  buttonAt: number | null;
  filesReadyAt: Record<string, number>;
  /** [wall-clock start, duration] of each task over 50 ms. */
  longTasks: [number, number][];
}

/** Resolves with the next download and the wall-clock time it arrived. */
function nextDownload(page: Page): Promise<{ download: Download; at: number }> {
  return page.waitForEvent("download", { timeout: 60_000 }).then((download) => ({ download, at: Date.now() }));
}

/**
 * Times one click: by the mouse, or, when `clicked` is given, a click the page already made (the
 * cold click, made by instrument() the moment the button appeared).
 */
type Point = { x: number; y: number };

/**
 * Times one click. A first click goes straight to the mouse at `at` (the button's centre, read
 * when the page appeared): no call into the page comes before it, as each would wait for a busy
 * main thread and the click would only be sent once the page had finished its work. `clicked`:
 * a click the page already made (the cold click, made by instrument() as the button appeared).
 */
async function clickAndTime(
  page: Page,
  kind: Kind,
  index: number,
  options: { clicked?: Promise<{ download: Download; at: number }>; at?: Point } = {},
): Promise<Click> {
  let download = options.clicked;
  if (!download && options.at) {
    download = nextDownload(page);
    await page.mouse.click(options.at.x, options.at.y);
  } else if (!download) {
    const button = page.getByRole("button", { name: BUTTON[kind] });
    await page.waitForFunction(() => !document.querySelector('button[aria-disabled="true"]'));
    download = nextDownload(page);
    // The mouse, not locator.click(): Playwright's click first waits for the button to be stable
    // over animation frames, which a busy page delays, and that wait would not be counted.
    await button.scrollIntoViewIfNeeded();
    const box = await button.boundingBox();
    if (!box) throw new Error(`The ${kind} button has no box`);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  }
  const { download: file, at: downloadedAt } = await download;
  const bytes = readFileSync(await file.path());
  if (!bytes.subarray(0, 5).toString("latin1").startsWith(MAGIC[kind])) throw new Error(`The ${kind} download is not a ${kind} file`);
  const marks = await page.evaluate(
    ({ index }) => {
      const w = window as unknown as { __bench: Bench; __benchColdClick?: Kind };
      const clickTime = w.__bench.clickTimes[index] ?? 0;
      const fetched = (performance.getEntriesByType("resource").slice(w.__bench.resourcesAtClick[index] ?? 0) as PerformanceResourceTiming[]).map((e) => ({
        name: new URL(e.name).pathname,
        size: e.transferSize || e.encodedBodySize,
        doneAfterClick: e.responseEnd - clickTime,
      }));
      return {
        click: w.__bench.clicks[index] ?? null,
        inputDelay: w.__bench.inputDelays[index] ?? null,
        buttonAt: w.__bench.buttonAt,
        filesReadyAt: w.__bench.filesReadyAt,
        longTasks: w.__bench.longTasks,
        save: w.__bench.saves[index] ?? null,
        js: fetched.filter((e) => e.name.endsWith(".js")),
        fonts: fetched.filter((e) => /\.(ttf|otf|woff2?)$/.test(e.name)),
      };
    },
    { index },
  );
  if (marks.click === null) throw new Error("The click was not seen by the page");
  return {
    clickToDownloadMs: downloadedAt - marks.click,
    inputDelayMs: marks.inputDelay,
    clickAfterButtonMs: marks.buttonAt === null ? null : marks.click - marks.buttonAt,
    longTasksBeforeClick:
      marks.buttonAt === null ? [] : marks.longTasks.filter(([start]) => start >= marks.buttonAt! && start < marks.click!).map(([, duration]) => duration),
    filesReadyAfterButtonMs: Object.fromEntries(
      Object.entries(marks.filesReadyAt).map(([k, t]) => [k, marks.buttonAt === null || t > marks.click! ? null : t - marks.buttonAt]),
    ),
    clickToSaveInPageMs: marks.save === null ? null : marks.save - marks.click,
    jsFetchedBytes: marks.js.reduce((n, e) => n + e.size, 0),
    jsFetched: marks.js.map((e) => e.name),
    fontFetchedBytes: marks.fonts.reduce((n, e) => n + e.size, 0),
    jsLoadedAfterMs: marks.js.length ? Math.max(...marks.js.map((e) => e.doneAfterClick)) : null,
    fontsLoadedAfterMs: marks.fonts.length ? Math.max(...marks.fonts.map((e) => e.doneAfterClick)) : null,
  };
}

async function openLetterPage(
  browser: Browser,
  origin: string,
  coldClick?: Kind,
): Promise<{ page: Page; close: () => Promise<void>; readyMs: number; clicked?: Promise<{ download: Download; at: number }>; visibleAt: number }> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: VIEWPORT });
  await context.addInitScript(
    ({ key, value }) => {
      try {
        window.localStorage.setItem(key, value);
      } catch {
        /* storage blocked: the page will say the letter is not ready */
      }
    },
    { key: DRAFT_KEY, value: draftText },
  );
  if (coldClick) await context.addInitScript((kind) => ((window as unknown as { __benchColdClick?: string }).__benchColdClick = kind), coldClick);
  await context.addInitScript(instrument);
  const page = await context.newPage();
  const clicked = coldClick ? nextDownload(page) : undefined;
  // Learnt from a console message, not by asking the page: a page busy with work of its own would
  // answer late, and the 2 s would start late.
  const appeared = page.waitForEvent("console", { predicate: (m) => m.text() === "bench:button-appeared", timeout: 30_000 });
  const started = Date.now();
  await page.goto(`${origin}/letter/`);
  try {
    await appeared;
  } catch (error) {
    const heading = await page
      .locator("h1")
      .first()
      .textContent()
      .catch(() => null);
    await context.close();
    throw new Error(`The letter page did not show "Download PDF" (its heading: ${JSON.stringify(heading)}). Is the letter page finished?`, { cause: error });
  }
  const visibleAt = Date.now();
  return { page, close: () => context.close(), readyMs: visibleAt - started, clicked, visibleAt };
}

/** The centres of the two buttons, on a page left to settle (they sit at the top and do not move). */
async function buttonCentres(page: Page): Promise<Record<Kind, Point>> {
  const centres = {} as Record<Kind, Point>;
  for (const kind of ["pdf", "docx"] as Kind[]) {
    const box = await page.getByRole("button", { name: BUTTON[kind] }).boundingBox();
    if (!box || box.y + box.height > VIEWPORT.height) throw new Error(`The ${kind} button is not in the first screen`);
    centres[kind] = { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
  }
  return centres;
}

// ---- run ------------------------------------------------------------------------------------------
const loadStart = os.loadavg();
const { child: server, origin } = await serve();
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
const chromiumVersion = browser.version();
const samples: Record<Kind, { cold: Click[]; after2s: Click[]; hover: Click[]; repeat: Click[] }> = {
  pdf: { cold: [], after2s: [], hover: [], repeat: [] },
  docx: { cold: [], after2s: [], hover: [], repeat: [] },
};
const readyTimes: number[] = [];
let failure: unknown = null;
try {
  // Where the buttons are, from a page left to settle first.
  const calibration = await openLetterPage(browser, origin);
  await calibration.page.waitForTimeout(OPEN_FOR_MS);
  const centres = await buttonCentres(calibration.page);
  await calibration.close();
  for (let load = 0; load < LOADS; load++) {
    for (const kind of ["pdf", "docx"] as Kind[]) {
      for (const when of ["cold", "after2s", "hover"] as const) {
        const { page, close, readyMs, clicked, visibleAt } = await openLetterPage(browser, origin, when === "cold" ? kind : undefined);
        readyTimes.push(readyMs);
        try {
          if (when !== "cold") await page.waitForTimeout(Math.max(0, OPEN_FOR_MS - (Date.now() - visibleAt)));
          if (when === "hover") {
            // The page's own intent prefetch: pointer over the button starts import() of the renderer.
            await page.mouse.move(centres[kind].x, centres[kind].y);
            await page.waitForTimeout(HOVER_MS);
          }
          samples[kind][when].push(await clickAndTime(page, kind, 0, { clicked, at: centres[kind] }));
          // The buttons were where the mouse went.
          if (JSON.stringify(await buttonCentres(page)) !== JSON.stringify(centres)) throw new Error("The download buttons moved: update bench/web.ts");
          if (when !== "hover") for (let r = 1; r <= REPEATS; r++) samples[kind].repeat.push(await clickAndTime(page, kind, r));
        } finally {
          await close();
        }
      }
    }
    log(
      `load ${load + 1}/${LOADS}: pdf cold ${samples.pdf.cold.at(-1)?.clickToDownloadMs} ms, after 2 s ${samples.pdf.after2s.at(-1)?.clickToDownloadMs} ms; word cold ${samples.docx.cold.at(-1)?.clickToDownloadMs} ms, after 2 s ${samples.docx.after2s.at(-1)?.clickToDownloadMs} ms`,
    );
  }
} catch (error) {
  failure = error;
} finally {
  await browser.close();
  server.kill("SIGTERM");
}

// ---- first-load JavaScript, from the build ----------------------------------------------------------
const budgets = checkBudgets(OUT);
const firstLoadJs = Object.fromEntries(budgets.routes.map((r) => [r.route, { gzipKB: r.gzipKB, budgetKB: r.budgetKB, over: r.over }]));
const gzipKBOf = (src: string) => ms(gzipSync(readFileSync(`${OUT}${src.replace(/^\//, "")}`)).length / KB);
// The renderer's code: the files where the check's markers find it. (What a click fetches is in
// each click's jsFetched: since the page fetches the code in the background, a click after the page
// has been open fetches nothing, and a cold click's list has the other renderer's code in it too.)
const lazyChunks = Object.fromEntries(
  (["pdf", "docx"] as Kind[]).map((kind) => {
    const files = budgets.markerChunks[kind];
    const chunks = files.map((src) => ({ src, gzipKB: gzipKBOf(src) }));
    return [kind, { totalGzipKB: ms(chunks.reduce((n, c) => n + c.gzipKB, 0)), chunks }];
  }),
) as Record<Kind, { totalGzipKB: number; chunks: { src: string; gzipKB: number }[] }>;

const s2 = (values: number[]) => ms(median(values));
const summary = <C extends Click>(
  clicks: C[],
  key: { [K in keyof C]: C[K] extends number | null ? K : never }[keyof C] | "clickToDownloadMs" = "clickToDownloadMs",
) => {
  const values = clicks.map((c) => c[key] as unknown).filter((v): v is number => typeof v === "number");
  return { medianMs: ms(median(values)), p90Ms: ms(percentile(values, 90)), samples: values };
};
const web: Record<string, unknown> = {
  timestamp: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    node: process.version,
    chromium: chromiumVersion,
    loadAverageAtStart: loadStart.map(ms),
    loadAverageAtEnd: os.loadavg().map(ms),
  },
  settings: {
    loads: LOADS,
    repeatsPerPage: REPEATS,
    openForMs: OPEN_FOR_MS,
    template: TEMPLATE,
    example: "typical",
    served: "node scripts/serve.mjs (its Brotli and gzip copies)",
    builtAt: statSync(`${OUT}letter/index.html`).mtime.toISOString(),
  },
  letterPageReadyMedianMs: ms(median(readyTimes)),
  firstLoadJs,
  lazyChunks,
};
if (failure) {
  web.error = failure instanceof Error ? failure.message : String(failure);
} else {
  for (const kind of ["pdf", "docx"] as Kind[]) {
    const s = samples[kind];
    web[kind] = {
      after2sFirstClick: summary(s.after2s),
      coldClick: summary(s.cold),
      repeatClick: summary(s.repeat),
      afterHoverClick: {
        ...summary(s.hover),
        note: `page open 2 s, pointer over the button ${HOVER_MS} ms (the page's intent prefetch), then the first click`,
      },
      firstClickBreakdown: {
        jsLoadedAfterMs: ms(median(s.after2s.map((c) => c.jsLoadedAfterMs ?? Number.NaN))),
        fontsLoadedAfterMs: ms(median(s.after2s.map((c) => c.fontsLoadedAfterMs ?? Number.NaN))),
        savedAfterMs: ms(median(s.after2s.map((c) => c.clickToSaveInPageMs ?? Number.NaN))),
      },
      inPageClickToSave: {
        after2s: summary(s.after2s, "clickToSaveInPageMs"),
        cold: summary(s.cold, "clickToSaveInPageMs"),
        repeat: summary(s.repeat, "clickToSaveInPageMs"),
      },
      backgroundReadyAfterButton: {
        note: "page open 2 s: the Download PDF button appearing to the page holding each file, made in the background (data-files-ready); missing when not ready by the click",
        docx: summary(
          s.after2s.map((c) => ({ ...c, v: c.filesReadyAfterButtonMs.docx ?? null })),
          "v",
        ),
        pdf: summary(
          s.after2s.map((c) => ({ ...c, v: c.filesReadyAfterButtonMs.pdf ?? null })),
          "v",
        ),
      },
      longTasksWhileOpen: {
        note: "page open 2 s, from the button appearing to the first click: main-thread tasks over 50 ms (the background renders' cost to a key press)",
        longestMs: summary(
          s.after2s.map((c) => ({ ...c, v: c.longTasksBeforeClick.length ? Math.max(...c.longTasksBeforeClick) : 0 })),
          "v",
        ),
        totalMs: summary(
          s.after2s.map((c) => ({ ...c, v: c.longTasksBeforeClick.reduce((n, d) => n + d, 0) })),
          "v",
        ),
        count: summary(
          s.after2s.map((c) => ({ ...c, v: c.longTasksBeforeClick.length })),
          "v",
        ),
      },
      after2sClickAfterButton: {
        note: "the Download PDF button first appearing to the 'page open 2 s' click's input",
        ...summary(s.after2s, "clickAfterButtonMs"),
      },
      coldClickAfterButton: {
        note: "the Download PDF button first appearing to the cold click's input: the click figures do not count this",
        ...summary(s.cold, "clickAfterButtonMs"),
      },
      inputDelay: {
        note: "the browser receiving the click to the page's handler running (included in every click figure)",
        after2s: summary(s.after2s, "inputDelayMs"),
        cold: summary(s.cold, "inputDelayMs"),
        repeat: summary(s.repeat, "inputDelayMs"),
      },
      jsFetchedOnFirstClickKB: ms(median(s.after2s.map((c) => c.jsFetchedBytes)) / KB),
      jsFetchedOnFirstClick: s.after2s[0]?.jsFetched ?? [],
      fontsFetchedOnFirstClickKB: ms(median(s.after2s.map((c) => c.fontFetchedBytes)) / KB),
    };
  }
}
// ---- the cheap phone (bench/web-phone.ts): this build, and any other named to compare with ---------------
const PHONE_LOADS = Number(process.env.BENCH_WEB_PHONE_LOADS ?? 3);
const compare = process.env.BENCH_WEB_COMPARE;
let phone: Awaited<ReturnType<typeof runPhone>> | null = null;
if (PHONE_LOADS > 0) {
  try {
    phone = await runPhone([{ label: "this build", dir: OUT }, ...(compare ? [{ label: compare, dir: compare }] : [])], PHONE_LOADS, log);
    web.phone = phone;
  } catch (error) {
    web.phoneError = error instanceof Error ? error.message : String(error);
    failure ??= error;
  }
}
mergeResults({ web });

// ---- report ---------------------------------------------------------------------------------------------
console.log(`\nLetter page in Chromium ${chromiumVersion}: ${LOADS} page loads per case, fresh cache each, served by scripts/serve.mjs`);
console.log(`load average at start ${loadStart.map(ms).join(" ")}, at end ${os.loadavg().map(ms).join(" ")} (a busy machine makes every figure slower)\n`);
if (failure) {
  console.log(`Click timings not measured: ${(web.error as string) ?? ""}\n`);
} else {
  const rows: (string | number)[][] = [
    ["click to download event", "median ms", "p90 ms", "target ms", "in page ms", "input delay ms", "JS fetched KB (as served)"],
  ];
  for (const kind of ["pdf", "docx"] as Kind[]) {
    const s = samples[kind];
    const label = kind === "pdf" ? "PDF" : "Word";
    const target = kind === "pdf" ? { after2s: "150", cold: "600" } : { after2s: "60", cold: "" };
    rows.push([
      `${label}, page open 2 s, first click`,
      ms(median(s.after2s.map((c) => c.clickToDownloadMs))),
      ms(
        percentile(
          s.after2s.map((c) => c.clickToDownloadMs),
          90,
        ),
      ),
      target.after2s,
      ms(median(s.after2s.map((c) => c.clickToSaveInPageMs ?? Number.NaN))),
      ms(median(s.after2s.map((c) => c.inputDelayMs ?? Number.NaN))),
      ms(median(s.after2s.map((c) => c.jsFetchedBytes)) / KB),
    ]);
    rows.push([
      `${label}, cold click after load`,
      ms(median(s.cold.map((c) => c.clickToDownloadMs))),
      ms(
        percentile(
          s.cold.map((c) => c.clickToDownloadMs),
          90,
        ),
      ),
      target.cold,
      ms(median(s.cold.map((c) => c.clickToSaveInPageMs ?? Number.NaN))),
      ms(median(s.cold.map((c) => c.inputDelayMs ?? Number.NaN))),
      ms(median(s.cold.map((c) => c.jsFetchedBytes)) / KB),
    ]);
    rows.push([
      `${label}, pointer over it 1.5 s, first click`,
      ms(median(s.hover.map((c) => c.clickToDownloadMs))),
      ms(
        percentile(
          s.hover.map((c) => c.clickToDownloadMs),
          90,
        ),
      ),
      "",
      ms(median(s.hover.map((c) => c.clickToSaveInPageMs ?? Number.NaN))),
      ms(median(s.hover.map((c) => c.inputDelayMs ?? Number.NaN))),
      ms(median(s.hover.map((c) => c.jsFetchedBytes)) / KB),
    ]);
    rows.push([
      `${label}, repeated click`,
      ms(median(s.repeat.map((c) => c.clickToDownloadMs))),
      ms(
        percentile(
          s.repeat.map((c) => c.clickToDownloadMs),
          90,
        ),
      ),
      "",
      ms(median(s.repeat.map((c) => c.clickToSaveInPageMs ?? Number.NaN))),
      ms(median(s.repeat.map((c) => c.inputDelayMs ?? Number.NaN))),
      ms(median(s.repeat.map((c) => c.jsFetchedBytes)) / KB),
    ]);
  }
  console.log(table(rows));
  for (const kind of ["pdf", "docx"] as Kind[]) {
    const b = (web[kind] as { firstClickBreakdown: Record<string, number> }).firstClickBreakdown;
    console.log(
      `${kind === "pdf" ? "PDF" : "Word"} first click (page open 2 s), after the click: JavaScript in at ${b.jsLoadedAfterMs} ms, fonts in at ${b.fontsLoadedAfterMs} ms, file saved at ${b.savedAfterMs} ms (medians)`,
    );
    const readyAfter = (k: Kind) => ms(median(samples[kind].after2s.map((c) => c.filesReadyAfterButtonMs[k] ?? Number.NaN)));
    console.log(
      `${kind === "pdf" ? "PDF" : "Word"} pages left open 2 s: Word file made in the background ${readyAfter("docx")} ms, PDF ${readyAfter("pdf")} ms after the button appeared (medians)`,
    );
    const longest = s2(samples[kind].after2s.map((c) => (c.longTasksBeforeClick.length ? Math.max(...c.longTasksBeforeClick) : 0)));
    console.log(
      `${kind === "pdf" ? "PDF" : "Word"} pages left open 2 s: longest main-thread task ${longest} ms (median over pages), ${s2(samples[kind].after2s.map((c) => c.longTasksBeforeClick.reduce((n, d) => n + d, 0)))} ms in tasks over 50 ms`,
    );
    console.log(
      `${kind === "pdf" ? "PDF" : "Word"} "page open 2 s" click: its input came ${s2(samples[kind].after2s.map((c) => c.clickAfterButtonMs ?? Number.NaN))} ms (median) after the button appeared`,
    );
    console.log(
      `${kind === "pdf" ? "PDF" : "Word"} cold click: its input came ${ms(median(samples[kind].cold.map((c) => c.clickAfterButtonMs ?? Number.NaN)))} ms (median) after the button appeared`,
    );
  }
}
console.log("");
console.log(
  table([["route", "first-load JS KB gzip", "budget KB"], ...budgets.routes.map((r) => [r.route, r.gzipKB, r.budgetKB === null ? "-" : String(r.budgetKB)])]),
);
for (const kind of ["pdf", "docx"] as Kind[]) {
  const lazy = lazyChunks[kind];
  console.log(
    `${kind === "pdf" ? "PDF" : "Word"} code, loaded by the letter page only (in idle time, or on the first click): ${lazy.totalGzipKB} KB gzip (${lazy.chunks.map((c) => `${c.src} ${c.gzipKB} KB`).join(", ")})`,
  );
}
if (phone) {
  console.log(`\nThe cheap phone: ${PHONE_LOADS} loads per case, a fresh browser context each (warm: the same context again)`);
  console.log(`load average at start ${phone.loadAverageAtStart.join(" ")}, at end ${phone.loadAverageAtEnd.join(" ")}\n`);
  console.log(phoneTable(phone));
} else if (web.phoneError) console.log(`\nCheap-phone figures not measured: ${web.phoneError as string}`);
console.log(`\nmerged into ${RESULTS_PATH.replace(ROOT, "")} under "web"`);
if (failure) process.exitCode = 1;
