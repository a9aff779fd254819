import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { appendFileSync } from "node:fs";
import { checkBudgets, checkLoadedBudgets, firstLoadScripts, KB, main, MARKERS, scriptsBeforeInteraction, stepDefinitionsIn } from "./check-budgets.mjs";

const SCRIPT = fileURLToPath(new URL("./check-budgets.mjs", import.meta.url));

/** Bytes that gzip cannot shrink (a fixed-seed xorshift), so a file's gzip size is about its size. */
function incompressible(size: number, seed = 1): Buffer {
  const out = Buffer.alloc(size);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

const folders: string[] = [];
afterEach(() => {
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

interface FakeSite {
  /** File name under /_next/static/chunks/ → contents. */
  chunks: Record<string, Buffer | string>;
  /** Route ("/", "/questions/nation/") → the chunk names its HTML loads with <script src>. */
  routes: Record<string, string[]>;
}

/** A small static export: out/**\/index.html with script tags, and the chunks they name. */
function fakeOut({ chunks, routes }: FakeSite): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), "budgets-test-")), "out");
  folders.push(path.dirname(out));
  mkdirSync(path.join(out, "_next", "static", "chunks"), { recursive: true });
  // A big legacy polyfill every page names with nomodule: modern browsers never fetch it.
  writeFileSync(path.join(out, "_next", "static", "chunks", "polyfills.js"), incompressible(300 * KB, 99));
  for (const [name, body] of Object.entries(chunks)) writeFileSync(path.join(out, "_next", "static", "chunks", name), body);
  for (const [route, names] of Object.entries(routes)) {
    const dir = path.join(out, ...route.split("/").filter(Boolean));
    mkdirSync(dir, { recursive: true });
    const tags = names.map((n) => `<script src="/_next/static/chunks/${n}" async=""></script>`).join("");
    writeFileSync(
      path.join(dir, "index.html"),
      `<!DOCTYPE html><html><head>${tags}<script src="/_next/static/chunks/polyfills.js" noModule=""></script></head><body>${route}</body></html>`,
    );
  }
  return out;
}

/** The lazily loaded renderer chunks, as a real build has them: present, but on no question page. */
const LAZY = {
  "pdf.js": `var a="${MARKERS.pdf[0]}1.3";function PDFDocument(){};var f="/Subtype /${MARKERS.pdf[1]}";`,
  "docx.js": `var p="${MARKERS.docx[0]}",c="${MARKERS.docx[1]}";`,
};

function siteWith(overrides: Partial<FakeSite> = {}): FakeSite {
  return {
    chunks: {
      "framework.js": incompressible(100 * KB, 1),
      "journey.js": incompressible(30 * KB, 2),
      "guide.js": incompressible(20 * KB, 3),
      ...LAZY,
      ...overrides.chunks,
    },
    routes: {
      "/": ["framework.js"],
      "/guide/why/": ["framework.js", "guide.js"],
      "/privacy/": ["framework.js"],
      "/questions/nation/": ["framework.js", "journey.js"],
      "/letter/": ["framework.js", "journey.js"],
      ...overrides.routes,
    },
  };
}

describe("first-load scripts read from a page's HTML", () => {
  it("counts script tags and script preloads once each, and skips nomodule polyfills and other sites", () => {
    const html = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>',
      '<link rel="stylesheet" href="/_next/static/chunks/style.css"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/m.js?v=1"/>',
      '<script src="/_next/static/chunks/a.js" async=""></script>',
      '<script src="/_next/static/chunks/b.js"></script>',
      '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>',
      '<script src="https://elsewhere.example/x.js"></script>',
      '<script>self.__next_f.push([1,"/_next/static/chunks/inline.js"])</script>',
    ].join("");
    expect(firstLoadScripts(html)).toEqual(["/_next/static/chunks/a.js", "/_next/static/chunks/m.js", "/_next/static/chunks/b.js"]);
  });
});

describe("the budgets check", () => {
  it("passes a site within every budget, with the renderers only in lazy chunks", () => {
    const result = checkBudgets(fakeOut(siteWith()));
    expect(result.violations).toEqual([]);
    const nation = result.routes.find((r) => r.route === "/questions/nation/")!;
    // framework + journey, about 130 KB: the 300 KB nomodule polyfill is not counted.
    expect(nation.gzipBytes).toBeGreaterThan(129 * KB);
    expect(nation.gzipBytes).toBeLessThan(132 * KB);
    expect(nation).toMatchObject({ budgetKB: 167.5, over: false, loadsPdfCode: false, loadsDocxCode: false });
    expect(result.routes.find((r) => r.route === "/")).toMatchObject({ budgetKB: 140, over: false });
    expect(result.routes.find((r) => r.route === "/letter/")).toMatchObject({ budgetKB: null });
    expect(result.markerChunks).toEqual({ pdf: ["/_next/static/chunks/pdf.js"], docx: ["/_next/static/chunks/docx.js"] });
  });

  it("fails a question page over 167.5 KB and a guide page over 140 KB, naming the route, the size and the budget", () => {
    const out = fakeOut(
      siteWith({
        chunks: { "journey.js": incompressible(70 * KB, 2), "guide.js": incompressible(45 * KB, 3) },
      }),
    );
    const { violations } = checkBudgets(out);
    expect(violations).toHaveLength(2); // the letter page loads as much, but has no budget
    const question = violations.find((v) => v.startsWith("/questions/nation/"));
    expect(question).toMatch(/first-load JavaScript is 1[6-9]\d\.\d KB gzip, over the 167.5 KB budget for question pages/);
    expect(question).toContain("/_next/static/chunks/journey.js");
    expect(violations.find((v) => v.startsWith("/guide/why/"))).toMatch(/over the 140 KB budget for start, guide, privacy and accessibility pages/);
  });

  it("fails a question page whose HTML loads the PDF or the DOCX code", () => {
    const out = fakeOut(siteWith({ routes: { "/questions/reasons/": ["framework.js", "pdf.js"], "/questions/gp/": ["framework.js", "docx.js"] } }));
    const { violations, routes } = checkBudgets(out);
    expect(violations).toHaveLength(2);
    expect(violations[0]).toMatch(/^\/questions\/gp\/: loads DOCX code in \/_next\/static\/chunks\/docx\.js \(found "word\/document\.xml"/);
    expect(violations[1]).toMatch(/^\/questions\/reasons\/: loads PDF code in \/_next\/static\/chunks\/pdf\.js \(found "%PDF-"/);
    expect(routes.find((r) => r.route === "/questions/reasons/")).toMatchObject({ loadsPdfCode: true, loadsDocxCode: false, over: false });
  });

  it("fails when the markers find no PDF or DOCX code anywhere, since a pass would then prove nothing", () => {
    const site = siteWith();
    delete site.chunks["pdf.js"];
    delete site.chunks["docx.js"];
    const { violations } = checkBudgets(fakeOut(site));
    expect(violations).toHaveLength(2);
    expect(violations[0]).toMatch(/^markers: no JavaScript file .* contains any of the PDF markers/);
    expect(violations[1]).toMatch(/^markers: .* DOCX markers/);
  });

  it("reports a script the HTML names but the build does not have", () => {
    const { violations } = checkBudgets(fakeOut(siteWith({ routes: { "/privacy/": ["framework.js", "gone.js"] } })));
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatch(/^\/privacy\/: its HTML loads \/_next\/static\/chunks\/gone\.js, which is not in /);
  });
});

/** A step definition as the flight data hands it over (defineStep's key order), and the journey's outline of one. */
const definition = (id: string) =>
  `{"id":"${id}","asked":{"section":"patient"},"section":"details","heading":"title","fields":[{"kind":"text","name":"n","path":"p"}]}`;
const outline = (id: string) => `{"id":"${id}","asked":"always","section":"about"}`;
/** As inline flight data in HTML: a JavaScript string, its quotes escaped. */
const inline = (payload: string) => `<script>self.__next_f.push([1,${JSON.stringify(payload)}])</script>`;

describe("a page carries its own step", () => {
  it("finds step definitions in flight data, inline in HTML or not, and not the journey's outline", () => {
    expect(stepDefinitionsIn(`9:["$","$L1",null,{"step":${definition("gp")},"outline":[${outline("nation")}]}]`)).toEqual(["gp"]);
    expect(stepDefinitionsIn(inline(`[${definition("nation")},${definition("gp")},${outline("reasons")}]`))).toEqual(["gp", "nation"]);
  });

  it("fails a question page whose flight data carries another page's definition, and lets check answers carry them all", () => {
    const out = fakeOut(siteWith({ routes: { "/questions/check-answers/": ["framework.js"] } }));
    appendFileSync(path.join(out, "questions", "nation", "index.html"), inline(`{"step":${definition("nation")},"outline":[${outline("gp")}]}`));
    expect(checkBudgets(out).violations).toEqual([]);
    writeFileSync(path.join(out, "questions", "nation", "segment.txt"), `3:{"steps":[${definition("gp")},${definition("reasons")}]}`);
    appendFileSync(path.join(out, "questions", "check-answers", "index.html"), inline(`[${definition("nation")},${definition("gp")}]`));
    const { violations, routes } = checkBudgets(out);
    expect(violations).toEqual([expect.stringMatching(/^\/questions\/nation\/: its flight data carries the definitions of other pages \(gp, reasons\)/)]);
    expect(routes.find((r) => r.route === "/questions/nation/")?.stepDefinitions).toEqual(["gp", "nation", "reasons"]);
  });

  it("fails a question page whose HTML is more than 8.5 KB gzip beyond the start page's", () => {
    const out = fakeOut(siteWith());
    appendFileSync(path.join(out, "questions", "nation", "index.html"), `<p>${incompressible(9 * KB, 5).toString("base64")}</p>`);
    const { violations } = checkBudgets(out);
    expect(violations).toEqual([
      expect.stringMatching(
        /^\/questions\/nation\/: its HTML \(with its flight data\) is [\d.]+ KB gzip, [\d.]+ KB beyond the start page's: over the 8.5 KB budget/,
      ),
    ]);
  });
});

describe("the command line", () => {
  const capture = () => {
    const lines = { log: [] as string[], error: [] as string[] };
    return { lines, io: { log: (t: string) => lines.log.push(t), error: (t: string) => lines.error.push(t) } };
  };

  it("prints a table of routes and sizes and exits 0 when all is well", async () => {
    const { lines, io } = capture();
    expect(await main(["--out", fakeOut(siteWith()), "--static-only"], io)).toBe(0);
    const text = lines.log.join("\n");
    expect(text).toMatch(/route\s+first-load JS \(KB gzip\)\s+budget \(KB\)/);
    expect(text).toMatch(/\/questions\/nation\/\s+130\.\d\s+167\.5\s+-\s+-\s+\d+\.\d\s+-\s+ok/);
    expect(text).toContain("All JavaScript budgets met.");
    expect(lines.error).toEqual([]);
  });

  it("exits 1 with one message a problem, as a process too", () => {
    const out = fakeOut(siteWith({ routes: { "/questions/reasons/": ["framework.js", "journey.js", "pdf.js"] } }));
    const run = spawnSync(process.execPath, [SCRIPT, "--out", out, "--static-only"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/\/questions\/reasons\/\s+\d+\.\d\s+167\.5\s+-\s+-\s+\d+\.\d\s+PDF\s+FAIL/);
    expect(run.stderr).toContain("1 budget problem:");
    expect(run.stderr).toMatch(/- \/questions\/reasons\/: loads PDF code/);
  });

  it("exits 2 and says to build first when there is no export", async () => {
    const { lines, io } = capture();
    const empty = mkdtempSync(path.join(tmpdir(), "budgets-empty-"));
    folders.push(empty);
    expect(await main(["--out", empty], io)).toBe(2);
    expect(lines.error.join("\n")).toMatch(/index\.html is missing: run `npm run build` first/);
  });
});

describe("what a question page fetches before the first interaction", () => {
  it("counts the scripts a page loads after it has shown itself, against 195 KB", () => {
    const out = fakeOut(siteWith({ chunks: { "checks.js": incompressible(60 * KB, 7) } }));
    const within = checkLoadedBudgets(out, new Map([["/questions/nation/", ["/_next/static/chunks/framework.js", "/_next/static/chunks/journey.js"]]]));
    expect(within.violations).toEqual([]);
    expect(within.routes[0]).toMatchObject({ route: "/questions/nation/", budgetKB: 195 });
    const over = checkLoadedBudgets(
      out,
      new Map([
        [
          "/questions/nation/",
          ["/_next/static/chunks/framework.js", "/_next/static/chunks/journey.js", "/_next/static/chunks/checks.js", "/_next/static/chunks/guide.js"],
        ],
      ]),
    );
    expect(over.violations).toHaveLength(1);
    expect(over.violations[0]).toMatch(/^\/questions\/nation\/: JavaScript fetched before the first interaction is 2\d\d\.\d KB gzip, over the 195 KB budget/);
    expect(over.violations[0]).toContain("/_next/static/chunks/checks.js");
  });

  it("finds, in Chromium, a script a page fetches only after it has loaded", async () => {
    const out = fakeOut(
      siteWith({
        chunks: {
          "later.js": "window.later = true;",
          "page.js":
            'setTimeout(() => { const s = document.createElement("script"); s.src = "/_next/static/chunks/later.js"; document.head.append(s); }, 300);',
        },
        routes: { "/questions/nation/": ["page.js"] },
      }),
    );
    const loaded = await scriptsBeforeInteraction(out, ["/questions/nation/"]);
    expect(loaded.get("/questions/nation/")).toEqual(["/_next/static/chunks/page.js", "/_next/static/chunks/later.js"]);
  });
});
