import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { DRAFT_KEY, draftWith, journeyFor, pressContinue, ready, seedStorage, stepOf } from "./helpers/journey";
import { startingWith } from "./helpers/words";

// Question pages show themselves first and load their checks straight after (issue 4: the
// first-load JavaScript budget). If the checks cannot be fetched, the page says so and keeps what
// was typed; once they can be, the same button works.

// A first visit, before the service worker has its offline copy: once it has, it serves the
// chunks itself, out of page.route's reach, and these tests failed whenever it finished
// precaching (on the start page, in idle time) before the page under test asked for them.
test.use({ serviceWorkers: "block" });

/** Lets through only the JavaScript the page's HTML asks for; every later chunk fails until `allow()`. */
async function blockLaterChunks(page: Page, path: string): Promise<{ allow(): void; blocked: string[] }> {
  const html = await (await page.request.get(path)).text();
  const firstLoad = new Set([...html.matchAll(/(?:src|href)="(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]));
  expect(firstLoad.size).toBeGreaterThan(0);
  let blocking = true;
  const blocked: string[] = [];
  await page.route("**/_next/static/chunks/**", (route) => {
    const chunk = new URL(route.request().url()).pathname;
    if (blocking && !firstLoad.has(chunk)) {
      blocked.push(chunk);
      return route.abort("internetdisconnected");
    }
    return route.continue();
  });
  return {
    allow: () => {
      blocking = false;
    },
    blocked,
  };
}

test("a question page without its checks says so, keeps the answer, and goes on once they arrive", async ({ page }) => {
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({}, "pals-concern")) });
  const network = await blockLaterChunks(page, "/questions/patient-details/");
  await page.goto("/questions/patient-details/");
  await ready(page);
  await page.locator("#fullName").fill("Margaret Ellis");
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();

  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(messages.form.checksFailed);
  await expect(page).toHaveTitle(startingWith(messages.form.errorPrefix));
  expect(network.blocked.length).toBeGreaterThan(0);
  expect(stepOf(page)).toBe("patient-details");
  await expect(page.locator("#fullName")).toHaveValue("Margaret Ellis");

  // Connection back: the same button checks the page (the rest is still missing) …
  network.allow();
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  await expect(summary).toContainText(messages.steps["patient-details"].fields.dateOfBirth.required.self);
  await expect(summary).not.toContainText(messages.form.checksFailed);
  // … and goes on once it is complete.
  const a = journeyFor("pals-concern").answers;
  const [year, month, day] = String(a.patient.dateOfBirth).split("-");
  await page.locator("#dateOfBirth-day").fill(String(Number(day)));
  await page.locator("#dateOfBirth-month").fill(String(Number(month)));
  await page.locator("#dateOfBirth-year").fill(year!);
  await page.locator("#nhsNumber").fill(a.patient.nhsNumber);
  await pressContinue(page);
  expect(stepOf(page)).not.toBe("patient-details");
});

test("check answers without its checks says so instead of showing a half-checked list", async ({ page }) => {
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(journeyFor("pals-concern").answers, "pals-concern")) });
  await blockLaterChunks(page, "/questions/check-answers/");
  await page.goto("/questions/check-answers/");
  await expect(page.locator("h1")).toHaveText(messages.journey.checkAnswers.title);
  await expect(page.getByText(messages.journey.checkAnswers.checksFailed)).toBeVisible();
  await expect(page.getByRole("button", { name: messages.journey.checkAnswers.create })).toHaveCount(0);
});
