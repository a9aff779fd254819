import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { expectNoAxeViolations } from "./helpers/axe";
import { answerAll, journeyFor, ready, replyByIso, startLetter, type Answers } from "./helpers/journey";
import { startingWith } from "./helpers/words";

const L = messages.letterPage;

// The whole journey on a small phone: 360 CSS pixels wide, nothing wider than the screen.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function expectNoSideways(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `${page.url()} scrolls sideways`).toBeLessThanOrEqual(360);
}

for (const templateId of ["pals-concern", "gp-surgical-second-opinion"]) {
  test(`${templateId} on a 360px-wide phone`, async ({ page }) => {
    test.setTimeout(120_000);
    const a: Answers = { ...journeyFor(templateId).answers, replyBy: replyByIso() };
    await startLetter(page, templateId);
    await answerAll(page, a, async () => {
      await expectNoSideways(page);
    });
    await expectNoSideways(page);
    await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
    await page.waitForURL(/\/letter\/$/);
    await ready(page);
    await expect(page.locator("article.letter")).toContainText(a.patient.fullName);
    await expectNoSideways(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: L.editing.start }).click();
    await page
      .locator('[data-block-id="thanks"]')
      .getByRole("button", { name: startingWith(L.editing.edit) })
      .click();
    await expectNoSideways(page);
    // The main buttons fit the screen and are big enough to tap (WCAG 2.2 target size).
    for (const name of [L.pdf, L.word, L.copy]) {
      const box = await page.getByRole("button", { name, exact: true }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(360);
      expect(box!.height).toBeGreaterThanOrEqual(24);
    }
  });
}
