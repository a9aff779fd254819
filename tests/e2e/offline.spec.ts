import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import { DEVICE_HREF } from "../../lib/journey/flow";
import { messages } from "../../messages";
import { listRoutes } from "../../scripts/check-budgets.mjs";
import { startServer } from "../../scripts/serve.mjs";
import { buildServiceWorker } from "../../scripts/service-worker.mjs";
import { docxText, normaliseWords, pdfText } from "../helpers/extract";
import { pageOrder, pagesBefore } from "../fixtures/page-order";
import { bytesOf } from "./helpers/files";
import {
  answerAll,
  answerDevice,
  answerStep,
  DRAFT_KEY,
  draftWith,
  journeyFor,
  pressContinue,
  ready,
  replyByIso,
  stepOf,
  storedDraft,
  type Answers,
} from "./helpers/journey";

// Offline after one visit (lib/offline/sw.ts, built by scripts/service-worker.mjs): the service
// worker keeps the whole site once the first page has loaded, so with the network cut every page
// opens and a whole journey ends in both downloads. A new version installs in the background and is
// offered ("Refresh to get the latest version") only where nothing would be lost.
//
// Each test serves its own copy of the build on a port of its own, so that "the network is cut"
// means the server is gone (and the browser is offline too), and a new version can be published.

const OUT = fileURLToPath(new URL("../../out/", import.meta.url));
const TEMPLATE = "gp-oncology-second-opinion";
const U = messages.site.update;

interface Site {
  origin: string;
  dir: string;
  cut(): Promise<void>;
  close(): Promise<void>;
}

async function serveCopy(): Promise<Site> {
  const dir = mkdtempSync(path.join(os.tmpdir(), "offline-site-"));
  cpSync(OUT, dir, { recursive: true });
  const server: Server = await startServer({ root: dir, port: 0 });
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  let open = true;
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!open) return resolve();
      open = false;
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return {
    origin,
    dir,
    cut: stop,
    close: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The first visit: a page, then the service worker in control with the whole site kept. */
async function visitOnce(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await ready(page);
  // It takes control once its install, which downloads every file on the list, has finished.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
}

/** From this site's start page to the first question of the letter (helpers/journey.ts's startLetter, on this test's own origin). */
async function startLetter(page: Page, site: Site): Promise<void> {
  await page.goto(`${site.origin}/`);
  await page.getByRole("link", { name: messages.start.startNow }).first().click();
  // The device question comes first on a first visit, before the letters; a returning visitor goes on to them.
  await page.waitForURL(/\/questions\/(device|choose-letter)\//);
  if (new URL(page.url()).pathname === DEVICE_HREF) await answerDevice(page);
  await ready(page);
  await page.locator(`input[type=radio][name="letter"][value="${TEMPLATE}"]`).check();
  await pressContinue(page);
}

async function goOffline(context: BrowserContext, site: Site): Promise<void> {
  await context.setOffline(true);
  await site.cut();
}

test("after one visit, with the network cut, every page opens and a whole journey ends in both downloads", async ({ page, context }) => {
  test.setTimeout(180_000);
  const site = await serveCopy();
  try {
    await visitOnce(page, `${site.origin}/`);
    await goOffline(context, site);

    // Every page of the site, opened afresh.
    for (const { route } of listRoutes(OUT)) {
      if (/^(\/cy)?\/(404|_not-found)\/$/.test(route)) continue;
      const response = await page.goto(`${site.origin}${route}`);
      expect(response?.ok(), route).toBe(true);
      await expect(page.locator("h1").first(), route).toBeVisible();
    }
    // A page the site does not have (an address typed wrong): our own offline page, not the browser's error.
    await page.goto(`${site.origin}/questions/no-such-page/`);
    await expect(page.locator("h1")).toHaveText(messages.site.offline.title);
    await expect(page.getByRole("link", { name: messages.site.offline.home })).toHaveAttribute("href", "/");

    // The journey, typed in as a user would, from the start page.
    const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
    await startLetter(page, site);
    await answerAll(page, a);
    await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
    await page.waitForURL(/\/letter\/$/);
    const [pdf] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: messages.letterPage.pdf, exact: true }).click()]);
    const [docx] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: messages.letterPage.word, exact: true }).click()]);
    expect(normaliseWords(await pdfText(await bytesOf(pdf)))).toContain(normaliseWords(a.patient.fullName));
    expect(normaliseWords(await docxText(await bytesOf(docx)))).toContain(normaliseWords(a.patient.fullName));
  } finally {
    await site.close();
  }
});

/** A new build of the site: every page says so in a <meta>, and sw.js lists the changed pages. */
async function publishNewVersion(site: Site): Promise<void> {
  for (const { file } of listRoutes(site.dir)) {
    const html = readFileSync(file, "utf8").replace("</head>", '<meta name="test-build" content="2"/></head>');
    writeFileSync(file, html);
    // The server sends the compressed copies when it can: those of the old page must go.
    for (const copy of [`${file}.br`, `${file}.gz`]) rmSync(copy, { force: true });
  }
  await buildServiceWorker(site.dir);
  for (const copy of ["sw.js.br", "sw.js.gz"]) unlinkSync(path.join(site.dir, copy));
}

const newVersionWaiting = (page: Page) => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));

test("a new version while a draft is open is offered between pages, never mid-page, and the refresh keeps every answer", async ({ page }) => {
  test.setTimeout(120_000);
  const site = await serveCopy();
  try {
    const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
    await visitOnce(page, `${site.origin}/`);
    await startLetter(page, site);
    for (const step of pagesBefore(TEMPLATE, "patient-details")) {
      expect(stepOf(page)).toBe(step);
      await answerStep(page, step, a);
      await pressContinue(page);
    }
    // Half-way through a page: typed, not yet saved.
    expect(stepOf(page)).toBe("patient-details");
    await answerStep(page, "patient-details", a);

    await publishNewVersion(site);
    // The browser checks for a new version on its own from time to time; here, now.
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect.poll(() => newVersionWaiting(page), { timeout: 60_000 }).toBe(true);
    // The page has heard of it (UpdatePrompt marks <html>, in the same render that would show the
    // offer)...
    await expect(page.locator("html")).toHaveAttribute("data-update", "waiting");
    // ...but something has been typed on this page: no offer, and the old version carries on.
    await expect(page.getByTestId("update-prompt")).toHaveCount(0);
    expect(await page.locator('meta[name="test-build"]').count()).toBe(0);

    // The next page, with nothing typed on it yet: the offer.
    await pressContinue(page);
    expect(stepOf(page)).toBe("patient-address");
    const prompt = page.getByTestId("update-prompt");
    await expect(prompt).toContainText(U.ready);
    // Typing there takes it away again, until the next page.
    await answerStep(page, "patient-address", a);
    await expect(prompt).toHaveCount(0);
    await pressContinue(page);
    expect(stepOf(page)).toBe("contact");

    await prompt.getByRole("button", { name: U.refresh }).click();
    await expect(page.locator('meta[name="test-build"]')).toHaveCount(1);
    await ready(page);
    expect(stepOf(page)).toBe("contact");
    expect(await newVersionWaiting(page)).toBe(false);
    await expect(page.getByTestId("update-prompt")).toHaveCount(0);

    // Every answer given before the refresh is still there, on the device and on the pages.
    const draft = await storedDraft(page);
    expect(draft.answers.patient.fullName).toBe(a.patient.fullName);
    expect(draft.answers.patient.address.postcode).toBe(a.patient.address.postcode);
    expect(draft.answers.nation).toBe(a.nation);
    // Back moves within the page (no reload): wait for the move itself, not for a heading that is already there.
    await page.getByRole("link", { name: messages.form.back }).click();
    await page.waitForURL(/\/questions\/patient-address\/$/);
    await ready(page);
    expect(stepOf(page)).toBe("patient-address");
    await expect(page.locator("#postcode")).toHaveValue(a.patient.address.postcode);
  } finally {
    await site.close();
  }
});

test("our list of NHS organisations is kept too: after one visit, with the network cut, a hospital is found by its name", async ({ page, context }) => {
  test.setTimeout(120_000);
  const site = await serveCopy();
  try {
    await visitOnce(page, `${site.origin}/`);
    const answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
    await page.evaluate(
      ([key, draft]) => window.localStorage.setItem(key!, draft!),
      [DRAFT_KEY, JSON.stringify(draftWith(answers, TEMPLATE, pageOrder(TEMPLATE)))],
    );
    await goOffline(context, site);
    await page.goto(`${site.origin}/questions/preferred-team/`);
    await ready(page);
    await page.locator("#hospital").fill("christie");
    await expect(page.getByRole("option", { name: /^The Christie NHS Foundation Trust/ })).toBeVisible();
  } finally {
    await site.close();
  }
});

/**
 * A copy of the site behind a proxy that holds back one file until told: the service worker's
 * first install fetches every file, so it cannot finish while that file is held.
 */
async function serveHolding(heldPath: string): Promise<Site & { release(): void; held: Promise<void> }> {
  const site = await serveCopy();
  const { createServer, request } = await import("node:http");
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let sawHeld = () => {};
  const held = new Promise<void>((resolve) => (sawHeld = resolve));
  const proxy = createServer(async (req, res) => {
    if ((req.url ?? "").split("?")[0] === heldPath) {
      sawHeld();
      await released;
    }
    const upstream = request(`${site.origin}${req.url}`, { method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const address = proxy.address();
  const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
  return {
    ...site,
    origin,
    release,
    held,
    close: async () => {
      release();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await site.close();
    },
  };
}

test("a first visit never says a new version is ready: a second page opened while the site is first kept (issue 23, row 9)", async ({ page }) => {
  test.setTimeout(120_000);
  // The letter font: on the list the service worker keeps, and needed by no page's first load.
  const site = await serveHolding("/fonts/NotoSans-Bold.ttf");
  try {
    await page.goto(`${site.origin}/`);
    await ready(page);
    // The first install is under way and cannot finish: it waits for the held file.
    await site.held;
    // The second page loads, and registers, while the first install is still going.
    await page.goto(`${site.origin}/privacy/`);
    await ready(page);
    await expect(page.locator("html")).toHaveAttribute("data-service-worker", "registered");
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    // Now the install finishes, and the worker takes control of the open page: no new version.
    site.release();
    await expect(page.locator("html")).toHaveAttribute("data-service-worker", "controlling", { timeout: 60_000 });
    await expect(page.locator("html")).toHaveAttribute("data-update", "current");
    await expect(page.getByTestId("update-prompt")).toHaveCount(0);
  } finally {
    await site.close();
  }
});
