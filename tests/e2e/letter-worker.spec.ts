import { expect, test, type Page, type Response } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { MARKERS } from "../../scripts/check-budgets.mjs";
import { docxText, normaliseWords, pdfText } from "../helpers/extract";
import { bytesOf } from "./helpers/files";
import { DRAFT_KEY, draftWith, journeyFor, ready, replyByIso, seedStorage, type Answers } from "./helpers/journey";
import { recordStarts, startedIn } from "./helpers/started";

// The letter's PDF and Word files are made in a Web Worker (lib/render/render-worker.ts, started by
// components/journey/letter-worker.ts), so the page's main thread never runs the renderers; where a
// worker cannot start, the page makes them itself as before. A click before the file is ready shows
// that the file is being prepared, and every click gets its file.

const TEMPLATE = "gp-oncology-second-opinion";
const L = messages.letterPage;

async function openLetter(page: Page): Promise<Answers> {
  const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  await page.goto("/letter/");
  await ready(page);
  await expect(page.getByRole("button", { name: L.pdf, exact: true })).toBeVisible();
  return a;
}

/** Every script the page or its workers fetched that holds renderer code (by the budgets check's markers). */
function rendererScripts(page: Page): { found: string[]; settled(): Promise<unknown> } {
  const found: string[] = [];
  const reads: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    const path = new URL(response.url()).pathname;
    if (!path.endsWith(".js")) return;
    reads.push(
      response.text().then(
        (body) => {
          if ([...MARKERS.pdf, ...MARKERS.docx].some((marker) => body.includes(marker))) found.push(path);
        },
        () => undefined,
      ),
    );
  });
  return { found, settled: () => Promise.all(reads) };
}

/** What the page's own main thread fetched (a worker's fetches are in the worker's own timeline). */
const fetchedByPage = (page: Page) => page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));

async function bothFiles(page: Page): Promise<{ pdf: string; docx: string }> {
  const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: L.pdf, exact: true }).click()]);
  const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: L.word, exact: true }).click()]);
  return { pdf: normaliseWords(await pdfText(await bytesOf(pdf))), docx: normaliseWords(await docxText(await bytesOf(docx))) };
}

test("the files are made in the file worker: the page's main thread loads no renderer code", async ({ page }) => {
  const renderer = rendererScripts(page);
  const a = await openLetter(page);
  await expect(page.locator("section.app-letter-actions")).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  const files = await bothFiles(page);
  expect(files.pdf).toContain(normaliseWords(a.patient.fullName));
  expect(files.docx).toContain(normaliseWords(a.patient.fullName));

  await renderer.settled();
  expect(page.workers().map((w) => new URL(w.url()).pathname)).toEqual([expect.stringMatching(/\/letter-files\.[0-9a-f]+\.js$/)]);
  expect(renderer.found.length).toBeGreaterThan(0);
  const own = await fetchedByPage(page);
  expect(own.filter((path) => renderer.found.includes(path) || path.startsWith("/fonts/"))).toEqual([]);
});

test("where the file worker cannot start, the page makes the files itself", async ({ page }) => {
  // A worker whose script cannot be fetched, as a host that lost the file, or a policy that
  // refused it, would leave it: its `error` event is all the page hears.
  await page.addInitScript(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(_url: string | URL, options?: WorkerOptions) {
        super("/no-such-worker.js", options);
      }
    };
  });
  const renderer = rendererScripts(page);
  const a = await openLetter(page);
  await expect(page.locator("section.app-letter-actions")).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  const files = await bothFiles(page);
  expect(files.pdf).toContain(normaliseWords(a.patient.fullName));
  expect(files.docx).toContain(normaliseWords(a.patient.fullName));
  await renderer.settled();
  const own = await fetchedByPage(page);
  expect(own.filter((path) => renderer.found.includes(path)).length).toBeGreaterThan(0);
});

test("a click before the file is ready says it is being prepared, and a click on the other button meanwhile is not lost", async ({ page }) => {
  // The fonts arrive late, so the PDF cannot be ready when the buttons are pressed.
  let releaseFonts = () => {};
  const fontsHeld = new Promise<void>((resolve) => {
    releaseFonts = resolve;
  });
  await page.context().route("**/fonts/*.ttf", async (route) => {
    await fontsHeld;
    await route.continue();
  });
  await recordStarts(page);
  await openLetter(page);
  const downloads: string[] = [];
  const two = new Promise<void>((resolve) => {
    page.on("download", (download) => {
      downloads.push(download.suggestedFilename());
      if (downloads.length === 2) resolve();
    });
  });
  await page.getByRole("button", { name: L.pdf, exact: true }).click();
  await expect(page.getByTestId("letter-status")).toHaveText(L.preparing);
  expect(await page.locator("section.app-letter-actions").getAttribute("data-files-ready")).not.toContain("pdf");
  // The Word button, pressed while the PDF is still being made, and the PDF button again.
  await page.getByRole("button", { name: L.word, exact: true }).click();
  await page.getByRole("button", { name: L.pdf, exact: true }).click();
  releaseFonts();
  await two;
  expect(downloads.map((name) => name.replace(/^.*\./, ""))).toEqual(["pdf", "docx"]);
  // Nothing more comes of the second press of the same button. The page saves the clicks' files in
  // turn and says of each that it is being prepared, then saved: a third, queued behind the Word
  // file, would start in the same moment the Word file is saved, so the page would never settle on
  // saying the Word file was saved. Once it does, what the page saved is final, whenever a third
  // download would have reached the test.
  await expect(page.getByTestId("letter-status")).toHaveText(fill(L.downloaded, { name: downloads[1]! }));
  expect((await startedIn(page)).saves).toEqual(downloads);
  expect(downloads).toHaveLength(2);
});
