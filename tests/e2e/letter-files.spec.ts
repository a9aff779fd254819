import { expect, test, type Page, type Response } from "@playwright/test";
import { messages } from "../../messages";
import { MARKERS } from "../../scripts/check-budgets.mjs";
import { docxText, normaliseWords, pdfLetterText } from "../helpers/extract";
import { downloadFrom } from "./helpers/files";
import { DRAFT_KEY, draftWith, journeyFor, ready, replyByIso, seedStorage, type Answers } from "./helpers/journey";
import { recordRequests } from "./helpers/network";
import { recordStarts, startedIn, withRendererCode } from "./helpers/started";
import { startingWith } from "./helpers/words";

// The letter page makes the PDF and Word files in the background, when it is idle and again a
// second after an edit, so the click finds them ready (components/journey/letter-files.ts,
// lib/render/prepared-files.ts). What matters: the file handed over is always the letter as it
// is now, edits and all; and none of this reaches the question pages.
//
// The page says which files it holds for the letter as it is now in `data-files-ready` on the
// actions section ("docx pdf" when both are). Two downloads per page at most (Chromium stops
// starting downloads after about ten quick ones).
//
// That nothing is made (or fetched) is proved with the page's own clock (page.clock): the test moves
// it on, so every timer and idle callback the page set in that time has run when runFor returns,
// and what they started is written down in the page as they start it (helpers/started.ts). No
// real time is waited for, so a slow machine cannot hide work the page should not have started.

/** Longer than the page waits after an edit or a key press, its idle timeouts and its retries. */
const A_WHILE_MS = 5_000;

const TEMPLATE = "gp-oncology-second-opinion";
const L = messages.letterPage;
const EDITED = "Please refer me to the Royal Marsden in Sutton for a second opinion on my treatment plan.";

async function openLetter(page: Page): Promise<Answers> {
  const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  await page.goto("/letter/");
  await ready(page);
  await expect(page.getByRole("button", { name: L.pdf, exact: true })).toBeVisible();
  return a;
}

const actions = (page: Page) => page.locator("section.app-letter-actions");

/** Rewords the "request" paragraph (and leaves editing when `finish`); returns the wording it replaced. */
async function editRequest(page: Page, text: string, finish = true): Promise<string> {
  const original = await page.locator('article.letter [data-block-id="request"]').innerText();
  await page.getByRole("button", { name: L.editing.start }).click();
  const block = page.locator('.app-letter-edit [data-block-id="request"]');
  await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  await block.locator("textarea").fill(text);
  await block.getByRole("button", { name: L.editing.save }).click();
  await expect(block).toContainText(L.editing.changed);
  if (!finish) return original;
  await page.getByRole("button", { name: L.editing.finish }).first().click();
  await expect(page.locator("article.letter")).toContainText(text);
  return original;
}

async function pdfWords(page: Page): Promise<string> {
  const pdf = await downloadFrom(page, L.pdf);
  expect(pdf.name).toMatch(/\.pdf$/);
  return normaliseWords(await pdfLetterText(pdf.bytes));
}

async function docxWords(page: Page): Promise<string> {
  const docx = await downloadFrom(page, L.word);
  expect(docx.name).toMatch(/\.docx$/);
  return normaliseWords(await docxText(docx.bytes));
}

test("files made while the page was idle are the letter on the page", async ({ page }) => {
  const a = await openLetter(page);
  await expect(actions(page)).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  const request = normaliseWords(await page.locator('article.letter [data-block-id="request"]').innerText());

  const pdf = await pdfWords(page);
  expect(pdf).toContain(normaliseWords(a.patient.fullName));
  expect(pdf).toContain(request);
  const docx = await docxWords(page);
  expect(docx).toContain(normaliseWords(a.patient.fullName));
  expect(docx).toContain(request);
});

test("a click right after an edit gets the edited letter, never the file made before it", async ({ page }) => {
  await openLetter(page);
  // Both files are made for the letter as first shown...
  await expect(actions(page)).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  // ...then it is edited, and Download is pressed at once (the buttons stay on the page while
  // editing), well inside the second the page waits after an edit before making files again.
  const original = await editRequest(page, EDITED, false);
  expect(await actions(page).getAttribute("data-files-ready")).not.toContain("pdf");

  const pdf = await pdfWords(page);
  expect(pdf).toContain(normaliseWords(EDITED));
  expect(pdf).not.toContain(normaliseWords(original));
  const docx = await docxWords(page);
  expect(docx).toContain(normaliseWords(EDITED));
  expect(docx).not.toContain(normaliseWords(original));
});

test("after an edit the files are made again, for the edited letter", async ({ page }) => {
  await openLetter(page);
  await expect(actions(page)).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  const original = await editRequest(page, EDITED);
  await expect(actions(page)).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });

  const docx = await docxWords(page);
  expect(docx).toContain(normaliseWords(EDITED));
  expect(docx).not.toContain(normaliseWords(original));
  const pdf = await pdfWords(page);
  expect(pdf).toContain(normaliseWords(EDITED));
  expect(pdf).not.toContain(normaliseWords(original));
});

test("nothing is made in the background while the user is in an edit box", async ({ page }) => {
  await page.clock.install();
  await recordStarts(page);
  await openLetter(page);
  await expect(actions(page)).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  // The page's time stops here: from the edit on, its timers run only when the test moves it on.
  await page.clock.pauseAt(Date.now() + 1_000);
  const rendersBefore = (await startedIn(page)).workerMessages.filter((type) => type === "render").length;
  await editRequest(page, EDITED, false);
  // Straight into another part's edit box, and stay there: the files for the edited letter wait.
  const thanks = page.locator('.app-letter-edit [data-block-id="thanks"]');
  await thanks.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  await expect(thanks.locator("textarea")).toBeFocused();
  await page.clock.runFor(A_WHILE_MS);
  expect((await startedIn(page)).workerMessages.filter((type) => type === "render")).toHaveLength(rendersBefore);
  await expect(actions(page)).toHaveAttribute("data-files-ready", "");
  // Leaving the box lets them be made.
  await thanks.getByRole("button", { name: L.editing.cancel }).click();
  await page.clock.resume();
  await expect(actions(page)).toHaveAttribute("data-files-ready", "docx pdf", { timeout: 20_000 });
  const docx = await docxWords(page);
  expect(docx).toContain(normaliseWords(EDITED));
});

test("when the user asks to save data, nothing is fetched or made until they ask for a file", async ({ page }) => {
  await page.clock.install();
  await recordStarts(page);
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "connection", { configurable: true, get: () => ({ saveData: true, effectiveType: "4g" }) });
  });
  const a = await openLetter(page);
  const network = recordRequests(page);
  await page.clock.runFor(A_WHILE_MS);
  // No file worker (which would fetch the fonts), nothing asked of one, no font or renderer code fetched by the page.
  const started = await startedIn(page);
  expect(started.workers).toEqual([]);
  expect(started.workerMessages).toEqual([]);
  expect(started.fetches.filter((path) => path.startsWith("/fonts/"))).toEqual([]);
  expect(await withRendererCode(page, started.scripts)).toEqual([]);
  expect(network.requests.filter((r) => r.url.includes("/fonts/"))).toEqual([]);
  await expect(actions(page)).toHaveAttribute("data-files-ready", "");
  network.stop();

  // The click still makes the file.
  const pdf = await pdfWords(page);
  expect(pdf).toContain(normaliseWords(a.patient.fullName));
});

test("the letter page opened on its own starts the file worker fetching the renderers as it starts, before any idle time or click", async ({ page }) => {
  // A bookmark on a device that has not been through check answers: nothing was warmed before.
  await page.clock.install();
  await recordStarts(page);
  const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  // The page's time stands still: no timer or idle callback of its own runs.
  await page.clock.pauseAt(Date.now() + 1_000);
  await page.goto("/letter/");
  await ready(page);
  await expect(page.getByRole("button", { name: L.pdf, exact: true })).toBeVisible();
  const started = await startedIn(page);
  expect(started.workers).toHaveLength(1);
  // Asked to load the renderers and the fonts; no file is made yet (that waits for idle time).
  expect(started.workerMessages).toEqual(["warm"]);
});

test("question pages, left open and idle, load no PDF or Word code and no letter font; check answers loads them in the file worker only", async ({ page }) => {
  await page.clock.install();
  await recordStarts(page);
  const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  const renderer: string[] = [];
  const scripts: string[] = [];
  const checks: Promise<void>[] = [];
  page.on("response", (response: Response) => {
    const url = new URL(response.url());
    if (url.pathname.startsWith("/fonts/")) renderer.push(url.pathname);
    if (!url.pathname.endsWith(".js")) return;
    scripts.push(url.pathname);
    checks.push(
      response.text().then(
        (body) => {
          const found = [...MARKERS.pdf, ...MARKERS.docx].filter((marker) => body.includes(marker));
          if (found.length) renderer.push(url.pathname);
        },
        () => undefined,
      ),
    );
  });
  const startedScripts: string[] = [];
  for (const step of ["choose-letter", "patient-details", "diagnosis"]) {
    await page.goto(`/questions/${step}/`);
    await ready(page);
    // Everything the page set for later (idle callbacks run at their timeout at the latest) has run.
    await page.clock.runFor(A_WHILE_MS);
    const started = await startedIn(page);
    // The file worker, which fetches the fonts, is started on check answers only.
    expect(started.workers, step).toEqual([]);
    expect(
      started.fetches.filter((path) => path.startsWith("/fonts/")),
      step,
    ).toEqual([]);
    startedScripts.push(...started.scripts);
  }
  // Every script the pages started, read whether or not it had arrived when the test moved on.
  expect(startedScripts.length).toBeGreaterThan(0);
  expect(await withRendererCode(page, startedScripts)).toEqual([]);
  await Promise.all(checks);
  expect(scripts.length).toBeGreaterThan(0);
  expect(renderer).toEqual([]);

  // Check answers starts the file worker and warms it: the renderers' code and the fonts arrive
  // there, off the page's main thread, which fetches none of them itself.
  const worker = page.waitForEvent("worker");
  await page.goto("/questions/check-answers/");
  await ready(page);
  await worker;
  await expect
    .poll(async () => {
      await Promise.all(checks);
      return [renderer.some((r) => r.startsWith("/fonts/")), renderer.some((r) => r.endsWith(".js"))];
    })
    .toEqual([true, true]);
  const fetchedByPage = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => new URL(e.name).pathname));
  expect(fetchedByPage.filter((path) => renderer.includes(path))).toEqual([]);
});
