#!/usr/bin/env node
// The JavaScript budgets, checked against the static export in out/ (run `npm run build` first).
//
//   npm run budgets                    # reads out/, and loads the question pages in Chromium
//   node scripts/check-budgets.mjs --out path/to/out [--json] [--static-only]
//
// Two measures, the way a browser loads a page:
// - first load, what blocks the first paint: for every route (every out/**/index.html) the gzip
//   size of the JavaScript the page's HTML loads at first: <script src> (except nomodule
//   polyfills, which modern browsers skip) and <link rel="preload" as="script"> /
//   <link rel="modulepreload">, each file counted once;
// - before the first interaction: each question page opened in Chromium (/usr/bin/chromium) with
//   a draft saved, every same-origin script it fetches until the network has been quiet for a
//   second, the lazily loaded checks included (skipped with --static-only). Not the code the
//   file worker loads on check answers (the renderers, run off the page's main thread, for the
//   letter page next), nor the service worker's offline copy, which starts once the page is idle.
// Then it fails (exit 1, one message per problem) when
//   - a question page (/questions/**) is over 167.5 KB gzip at first load, or 195 KB before the
//     first interaction;
//   - the start page, the guides, privacy or accessibility is over 140 KB gzip;
//   - a question page loads PDF or DOCX code (found by content markers, below);
//   - the markers no longer find the PDF or DOCX code anywhere in the build (they would prove
//     nothing: update them after a library upgrade);
//   - a question page's flight data (the data the server hands the browser: inline in its HTML,
//     and the .txt files a client-side move fetches) carries another page's step definition: a
//     page carries its own step, not the journey (check answers, which lists every page, aside);
//   - a question page's HTML (its flight data inline) is more than 8.5 KB gzip beyond the start page's.
// KB here is 1024 bytes; gzip is zlib's default level (6), what most servers and CDNs send.

import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { isMain } from "./is-main.mjs";

export const KB = 1024;

/** Budgets by route. The first that matches applies; routes that match none are only reported. */
export const BUDGETS = [
  // 165 until issue 23's two-tab typing and the shared device's page memory, and issue 20's CHI
  // warning and representative, which every question page needs at once (+1.6 KB); 167 until issue
  // 24's links written for the page's language (Welsh under /cy/) and issue 21's early choices
  // (+0.5 KB): README, "How the question pages stay small".
  { name: "question pages", limitKB: 167.5, matches: (/** @type {string} */ route) => route.startsWith("/questions/") },
  {
    name: "start, guide, privacy and accessibility pages",
    limitKB: 140,
    matches: (/** @type {string} */ route) =>
      route === "/" || route === "/guide/" || route.startsWith("/guide/") || route === "/privacy/" || route === "/accessibility/",
  },
];

/**
 * Strings that prove a file holds the PDF or the DOCX code. Each is written by the library itself
 * into what it generates, so minifying cannot remove it, and no page of ours has reason to say it:
 * pdfkit (under @react-pdf/renderer) writes the "%PDF-" header and embeds fonts as "CIDFontType2"
 * with a "FontDescriptor"; docx writes the parts "word/document.xml" and "docProps/core.xml" and
 * the root element "w:document". (Library names such as "react-pdf", "fontkit" or "Packer" do
 * not survive minification reliably: a build of this app had no "fontkit" or "Packer" at all.)
 */
export const MARKERS = {
  pdf: ["%PDF-", "CIDFontType2", "FontDescriptor"],
  docx: ["word/document.xml", "docProps/core.xml", "w:document"],
};

/** A question page's HTML may be this much bigger than the start page's, gzip (its flight data is inline). */
export const PAGE_DATA_BUDGET_KB = 8.5;

/** Routes under /questions/ that are not one step's page: check answers lists every page's answers. */
const CARRIES_EVERY_STEP = ["/questions/check-answers/"];

/**
 * The ids of the step definitions in a page's flight data. A definition is handed over as the
 * object lib/journey/kit.ts's defineStep makes, with its keys in that order: `{"id":…,"asked":…,
 * "section":…,"heading":…` (then its fields); the journey's outline (id, asked, section) has no
 * heading. Inline in HTML the flight data is a JavaScript string, its quotes escaped.
 * @param {string} text
 */
export function stepDefinitionsIn(text) {
  const plain = text.replaceAll('\\"', '"');
  const ids = new Set();
  for (const m of plain.matchAll(/\{"id":"([a-z0-9-]+)","asked":(?:"[a-z]+"|\{[^{}]*\}),"section":"[a-z-]+","heading":"(?:title|field)"/g)) ids.add(m[1]);
  return [...ids].sort();
}

/** A route's flight data: its HTML and the .txt files beside it (what a client-side move fetches). */
function flightTexts(/** @type {string} */ file) {
  const dir = path.dirname(file);
  const texts = [readFileSync(file, "utf8")];
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (entry.isFile() && entry.name.endsWith(".txt")) texts.push(readFileSync(path.join(dir, entry.name), "utf8"));
  return texts;
}

/** The routes of a static export: "/" for out/index.html, "/questions/nation/" for out/questions/nation/index.html. */
export function listRoutes(outDir) {
  /** @type {{ route: string, file: string }[]} */
  const routes = [];
  const walk = (/** @type {string} */ dir, /** @type {string} */ route) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (route === "/" && entry.name === "_next") continue;
        walk(path.join(dir, entry.name), `${route}${entry.name}/`);
      } else if (entry.name === "index.html") {
        routes.push({ route, file: path.join(dir, entry.name) });
      }
    }
  };
  walk(outDir, "/");
  return routes.sort((a, b) => a.route.localeCompare(b.route));
}

/** Attributes of one start tag, lower-cased names; boolean attributes get "". */
function attributes(/** @type {string} */ tag) {
  /** @type {Record<string, string>} */
  const attrs = {};
  for (const m of tag.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    attrs[m[1].toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? "";
  }
  return attrs;
}

/** The same-origin JavaScript a page's HTML makes the browser fetch at first load, in order, once each. */
export function firstLoadScripts(/** @type {string} */ html) {
  /** @type {string[]} */
  const found = [];
  for (const m of html.matchAll(/<(script|link)\b([^>]*)>/gi)) {
    const kind = m[1].toLowerCase();
    const a = attributes(m[2]);
    let src;
    if (kind === "script") {
      if (a.src === undefined || "nomodule" in a) continue;
      src = a.src;
    } else {
      const rel = (a.rel ?? "").toLowerCase().split(/\s+/);
      const isScript = rel.includes("modulepreload") || (rel.includes("preload") && (a.as ?? "").toLowerCase() === "script");
      if (!isScript || a.href === undefined) continue;
      src = a.href;
    }
    if (!src.startsWith("/") || src.startsWith("//")) continue; // only our own files are in out/
    src = src.split(/[?#]/, 1)[0];
    if (!found.includes(src)) found.push(src);
  }
  return found;
}

/** Reads and measures JavaScript files, each once however many routes load it. */
function fileMeasurer(/** @type {string} */ outDir) {
  /** @type {Map<string, { src: string, bytes: number, gzipBytes: number, markers: { pdf: string[], docx: string[] }, missing: boolean }>} */
  const cache = new Map();
  return (/** @type {string} */ src) => {
    let info = cache.get(src);
    if (!info) {
      const file = path.join(outDir, ...src.split("/").filter(Boolean).map(decodeURIComponent));
      if (!file.startsWith(path.resolve(outDir) + path.sep) || !existsSync(file)) {
        info = { src, bytes: 0, gzipBytes: 0, markers: { pdf: [], docx: [] }, missing: true };
      } else {
        const bytes = readFileSync(file);
        const text = bytes.toString("latin1");
        info = {
          src,
          bytes: bytes.length,
          gzipBytes: gzipSync(bytes).length,
          markers: { pdf: MARKERS.pdf.filter((m) => text.includes(m)), docx: MARKERS.docx.filter((m) => text.includes(m)) },
          missing: false,
        };
      }
      cache.set(src, info);
    }
    return info;
  };
}

/** Every .js file under out/_next/static, as site paths. */
function allStaticScripts(/** @type {string} */ outDir) {
  const root = path.join(outDir, "_next", "static");
  /** @type {string[]} */
  const files = [];
  const walk = (/** @type {string} */ dir) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(".js")) files.push(`/${path.relative(outDir, full).split(path.sep).join("/")}`);
    }
  };
  walk(root);
  return files.sort();
}

const kb = (/** @type {number} */ bytes) => Math.round((bytes / KB) * 10) / 10;

/**
 * Measures every route of a static export and checks the budgets.
 * @param {string} outDir
 */
export function checkBudgets(outDir) {
  const absolute = path.resolve(outDir);
  if (!existsSync(path.join(absolute, "index.html"))) {
    throw new Error(`${path.join(outDir, "index.html")} is missing: run \`npm run build\` first.`);
  }
  const measure = fileMeasurer(absolute);
  /** @type {string[]} */
  const violations = [];

  const found = listRoutes(absolute);
  // What the start page loads is (nearly) all framework; naming what a route adds beyond it
  // points at the code to trim.
  const startPage = found.find((r) => r.route === "/");
  const shared = new Set(startPage ? firstLoadScripts(readFileSync(startPage.file, "utf8")) : []);
  const startHtmlGzip = startPage ? gzipSync(readFileSync(startPage.file)).length : 0;

  const routes = found.map(({ route, file }) => {
    const scripts = firstLoadScripts(readFileSync(file, "utf8")).map(measure);
    const gzipBytes = scripts.reduce((n, s) => n + s.gzipBytes, 0);
    const budget = BUDGETS.find((b) => b.matches(route));
    const heavy = scripts.filter((s) => s.markers.pdf.length || s.markers.docx.length);
    const loads = { pdf: heavy.some((s) => s.markers.pdf.length > 0), docx: heavy.some((s) => s.markers.docx.length > 0) };
    const over = budget !== undefined && gzipBytes > budget.limitKB * KB;

    for (const s of scripts.filter((x) => x.missing)) {
      violations.push(`${route}: its HTML loads ${s.src}, which is not in ${outDir}`);
    }
    if (over && budget) {
      const own = scripts.filter((s) => !shared.has(s.src) || route === "/");
      const largest = [...own].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
      const ownBytes = own.reduce((n, s) => n + s.gzipBytes, 0);
      violations.push(
        `${route}: first-load JavaScript is ${kb(gzipBytes)} KB gzip, over the ${budget.limitKB} KB budget for ${budget.name} ` +
          `by ${kb(gzipBytes - budget.limitKB * KB)} KB. ` +
          (route === "/" || shared.size === 0 ? "Largest files: " : `It adds ${kb(ownBytes)} KB to what the start page loads; largest: `) +
          largest.map((s) => `${s.src} ${kb(s.gzipBytes)} KB`).join(", "),
      );
    }
    const htmlGzipBytes = gzipSync(readFileSync(file)).length;
    /** @type {string[]} */
    let definitions = [];
    if (route.startsWith("/questions/") && !CARRIES_EVERY_STEP.includes(route)) {
      const own = route.split("/")[2];
      definitions = [...new Set(flightTexts(file).flatMap(stepDefinitionsIn))].sort();
      const others = definitions.filter((id) => id !== own);
      if (others.length > 0) {
        violations.push(
          `${route}: its flight data carries the definitions of other pages (${others.join(", ")}): ` +
            "a page is handed its own step; what the journey needs of the others is its outline (lib/journey/context.ts)",
        );
      }
      if (startPage && htmlGzipBytes - startHtmlGzip > PAGE_DATA_BUDGET_KB * KB) {
        violations.push(
          `${route}: its HTML (with its flight data) is ${kb(htmlGzipBytes)} KB gzip, ${kb(htmlGzipBytes - startHtmlGzip)} KB beyond the start page's: ` +
            `over the ${PAGE_DATA_BUDGET_KB} KB budget`,
        );
      }
    }
    if (route.startsWith("/questions/")) {
      for (const s of heavy) {
        const what = [s.markers.pdf.length ? "PDF" : "", s.markers.docx.length ? "DOCX" : ""].filter(Boolean).join(" and ");
        violations.push(
          `${route}: loads ${what} code in ${s.src} (found ${[...s.markers.pdf, ...s.markers.docx].map((m) => JSON.stringify(m)).join(", ")}); ` +
            "question pages must not: load the renderers with import() on the letter page only",
        );
      }
    }
    return {
      route,
      gzipBytes,
      gzipKB: kb(gzipBytes),
      bytes: scripts.reduce((n, s) => n + s.bytes, 0),
      budgetKB: budget?.limitKB ?? null,
      over,
      loadsPdfCode: loads.pdf,
      loadsDocxCode: loads.docx,
      htmlGzipKB: kb(htmlGzipBytes),
      htmlBeyondStartKB: kb(htmlGzipBytes - startHtmlGzip),
      stepDefinitions: definitions,
      scripts: scripts.map((s) => ({ src: s.src, bytes: s.bytes, gzipBytes: s.gzipBytes })),
    };
  });

  // The markers must prove themselves: found in the build (in the lazily loaded chunks), or a
  // clean result above would mean nothing.
  const everyScript = allStaticScripts(absolute).map(measure);
  const markerChunks = {
    pdf: everyScript.filter((s) => s.markers.pdf.length > 0).map((s) => s.src),
    docx: everyScript.filter((s) => s.markers.docx.length > 0).map((s) => s.src),
  };
  for (const kind of /** @type {const} */ (["pdf", "docx"])) {
    if (markerChunks[kind].length === 0) {
      violations.push(
        `markers: no JavaScript file in ${outDir}/_next/static contains any of the ${kind.toUpperCase()} markers ` +
          `(${MARKERS[kind].map((m) => JSON.stringify(m)).join(", ")}): update MARKERS in scripts/check-budgets.mjs, or the check proves nothing`,
      );
    }
  }
  return { routes, markerChunks, violations };
}

/** Budgets for everything a page fetches before the first interaction, lazily loaded code included. */
export const LOADED_BUDGETS = [{ name: "question pages", limitKB: 195, matches: (/** @type {string} */ route) => route.startsWith("/questions/") }];

/** A draft as the site saves it, with a letter chosen, so question pages show their questions and load their checks. */
const SEEDED_DRAFT = JSON.stringify({
  format: "second-opinion-draft",
  version: 1,
  savedAt: "2026-11-25T09:00:00.000Z",
  answers: { schemaVersion: 1, nation: "england", writer: { role: "patient" } },
  letter: { templateId: "gp-oncology-second-opinion", edits: {} },
  progress: { answered: ["who-is-writing", "nation"] },
});

/**
 * Opens each route in Chromium and lists the same-origin scripts it fetches before anyone touches
 * it: until the network has been quiet for a second after load.
 * @param {string} outDir
 * @param {string[]} routes
 * @returns {Promise<Map<string, string[]>>}
 */
export async function scriptsBeforeInteraction(outDir, routes) {
  const [{ chromium }, { startServer }] = await Promise.all([import("@playwright/test"), import("./serve.mjs")]);
  const server = await startServer({ root: path.resolve(outDir), port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--no-sandbox"],
  });
  /** @type {Map<string, string[]>} */
  const loaded = new Map();
  try {
    for (const route of routes) {
      const context = await browser.newContext();
      await context.addInitScript((draft) => window.localStorage.setItem("second-opinion:draft", draft), SEEDED_DRAFT);
      const page = await context.newPage();
      /** @type {string[]} */
      const scripts = [];
      page.on("request", (request) => {
        const url = new URL(request.url());
        // What the page itself loads ("script"): not what its file worker loads into itself
        // ("other": the renderers, fetched ahead on check answers and run off the page's thread).
        if (request.resourceType() !== "script") return;
        if (url.origin === origin && url.pathname.endsWith(".js") && !scripts.includes(url.pathname)) scripts.push(url.pathname);
      });
      await page.goto(`${origin}${route}`, { waitUntil: "networkidle" });
      await page.waitForTimeout(1000);
      await page.waitForLoadState("networkidle");
      loaded.set(route, scripts);
      await context.close();
    }
  } finally {
    await browser.close();
    await new Promise((resolve) => server.close(resolve));
  }
  return loaded;
}

/**
 * Checks what each route fetched before the first interaction against LOADED_BUDGETS.
 * @param {string} outDir
 * @param {Map<string, string[]>} loaded
 */
export function checkLoadedBudgets(outDir, loaded) {
  const measure = fileMeasurer(path.resolve(outDir));
  /** @type {string[]} */
  const violations = [];
  const routes = [...loaded].map(([route, srcs]) => {
    const scripts = srcs.map(measure);
    const gzipBytes = scripts.reduce((n, s) => n + s.gzipBytes, 0);
    const budget = LOADED_BUDGETS.find((b) => b.matches(route));
    if (budget && gzipBytes > budget.limitKB * KB) {
      const largest = [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3);
      violations.push(
        `${route}: JavaScript fetched before the first interaction is ${kb(gzipBytes)} KB gzip, over the ${budget.limitKB} KB budget for ${budget.name} ` +
          `by ${kb(gzipBytes - budget.limitKB * KB)} KB. Largest files: ${largest.map((s) => `${s.src} ${kb(s.gzipBytes)} KB`).join(", ")}`,
      );
    }
    return { route, gzipKB: kb(gzipBytes), budgetKB: budget?.limitKB ?? null, scripts: scripts.map((s) => ({ src: s.src, gzipBytes: s.gzipBytes })) };
  });
  return { routes, violations };
}

/** The table `npm run budgets` prints. */
export function formatTable(/** @type {ReturnType<typeof checkBudgets> & { loaded?: ReturnType<typeof checkLoadedBudgets> }} */ result) {
  const rows = [
    ["route", "first-load JS (KB gzip)", "budget (KB)", "before interaction (KB gzip)", "budget (KB)", "HTML (KB gzip)", "PDF/DOCX code", "status"],
  ];
  for (const r of result.routes) {
    const heavy = [r.loadsPdfCode ? "PDF" : "", r.loadsDocxCode ? "DOCX" : ""].filter(Boolean).join("+") || "-";
    const loaded = result.loaded?.routes.find((l) => l.route === r.route);
    const loadedOver = loaded?.budgetKB != null && loaded.gzipKB > loaded.budgetKB;
    const bad =
      r.over ||
      loadedOver ||
      (r.route.startsWith("/questions/") && heavy !== "-") ||
      result.violations.some((v) => v.startsWith(`${r.route}: its HTML`) || v.startsWith(`${r.route}: its flight data`));
    rows.push([
      r.route,
      r.gzipKB.toFixed(1),
      r.budgetKB === null ? "-" : String(r.budgetKB),
      loaded ? loaded.gzipKB.toFixed(1) : "-",
      loaded?.budgetKB == null ? "-" : String(loaded.budgetKB),
      r.htmlGzipKB.toFixed(1),
      heavy,
      r.budgetKB === null && heavy === "-" ? "" : bad ? "FAIL" : "ok",
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const line = (/** @type {string[]} */ row) =>
    row
      .map((c, i) => (i >= 1 && i <= 5 ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  return [line(rows[0]), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n");
}

/** The command line; resolves to the exit code. */
export async function main(/** @type {string[]} */ argv, io = { log: console.log, error: console.error }) {
  let outDir = fileURLToPath(new URL("../out", import.meta.url));
  let json = false;
  let staticOnly = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--out" && argv[i + 1]) outDir = argv[++i];
    else if (argv[i] === "--json") json = true;
    else if (argv[i] === "--static-only") staticOnly = true;
    else {
      io.error(`Unknown argument "${argv[i]}". Usage: node scripts/check-budgets.mjs [--out DIR] [--json] [--static-only]`);
      return 2;
    }
  }
  /** @type {ReturnType<typeof checkBudgets> & { loaded?: ReturnType<typeof checkLoadedBudgets> }} */
  let result;
  try {
    result = checkBudgets(outDir);
    if (!staticOnly) {
      const questionRoutes = result.routes.map((r) => r.route).filter((route) => LOADED_BUDGETS.some((b) => b.matches(route)));
      result.loaded = checkLoadedBudgets(outDir, await scriptsBeforeInteraction(outDir, questionRoutes));
      result.violations.push(...result.loaded.violations);
    }
  } catch (error) {
    io.error(error instanceof Error ? error.message : String(error));
    return 2;
  }
  if (json) {
    io.log(JSON.stringify(result, null, 2));
  } else {
    io.log(formatTable(result));
    io.log(`\nPDF code found in ${result.markerChunks.pdf.join(", ") || "nothing"}; DOCX code in ${result.markerChunks.docx.join(", ") || "nothing"}`);
  }
  if (result.violations.length > 0) {
    io.error(`\n${result.violations.length} budget ${result.violations.length === 1 ? "problem" : "problems"}:`);
    for (const v of result.violations) io.error(`  - ${v}`);
    return 1;
  }
  if (!json) io.log("\nAll JavaScript budgets met.");
  return 0;
}

if (isMain(import.meta.url)) process.exitCode = await main(process.argv.slice(2));
