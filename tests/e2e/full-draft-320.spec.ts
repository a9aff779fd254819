import { expect, test, type Page } from "@playwright/test";
import { CHECK_HREF, LETTER_HREF, YOUR_ANSWERS_HREF, questionHref } from "../../lib/journey/flow";
import { fullDraftAnswers } from "../fixtures/full-draft";
import { PAGE_ORDER, pageOrder } from "../fixtures/page-order";
import { DRAFT_KEY, draftWith, ready, replyByIso, seedStorage } from "./helpers/journey";

// No page scrolls sideways on a 320 px screen with a full draft: every optional answer, long
// names and addresses, and notes of what has happened (issue 22, point 1; WCAG 1.4.10 Reflow).
// The notes table was 454 px wide with one note on a 360 px phone.

test.use({ viewport: { width: 320, height: 640 } });

async function expectNoSideways(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} is ${width}px wide`).toBeLessThanOrEqual(320);
}

async function openWith(page: Page, letter: string, path: string) {
  const answers = { ...fullDraftAnswers(), replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(answers, letter, pageOrder(letter))) });
  await page.goto(path);
  await ready(page);
}

/** Each question page once, opened for a letter that asks it. */
const PAGES = [...new Set(Object.values(PAGE_ORDER).flat())].map((step) => ({
  step,
  letter: Object.keys(PAGE_ORDER).find((id) => PAGE_ORDER[id as keyof typeof PAGE_ORDER].includes(step))!,
}));

test("every question page, with every answer at its longest", async ({ page }) => {
  test.setTimeout(180_000);
  for (const { step, letter } of PAGES) {
    await openWith(page, letter, questionHref(step));
    await expectNoSideways(page);
  }
});

for (const letter of Object.keys(PAGE_ORDER)) {
  test(`${letter}: check answers, the letter with its notes, and your answers`, async ({ page }) => {
    test.setTimeout(120_000);
    await openWith(page, letter, CHECK_HREF);
    await expectNoSideways(page);
    await page.goto(LETTER_HREF);
    await ready(page);
    await expect(page.locator("article.letter")).toBeVisible();
    await expect(page.getByTestId("log").locator("tbody tr")).toHaveCount(3);
    await expectNoSideways(page);
    // Each note is a card: its Change button is on the screen.
    const change = page.getByTestId("log").getByRole("button").first();
    const box = (await change.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    await page.goto(YOUR_ANSWERS_HREF);
    await ready(page);
    await expectNoSideways(page);
  });
}
