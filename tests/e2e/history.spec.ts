import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { questionHref } from "../../lib/journey/flow";
import { expectNoAxeViolations } from "./helpers/axe";
import { answerAll, DRAFT_KEY, draftWith, exampleAnswers, ready, replyByIso, seedStorage, stepOf, type Answers } from "./helpers/journey";

// The letters after the first know what happened (issue 22, point 2): marking a letter as sent
// puts it in the notes; the follow-up asks no more when and how it was sent; the concern knows
// when and whom the patient asked, and tells the follow-up; the letter page says which notes it
// prints.

const A = messages.letterAfter.page;
const S = A.sent;
const L = messages.letterPage;

/** Marks the letter on the page as sent today, by `by`. */
async function markSent(page: Page, by: keyof typeof S.by) {
  const sent = page.getByTestId("mark-sent");
  await sent.getByLabel(S.by[by], { exact: true }).check();
  await sent.getByRole("button", { name: S.save }).click();
  await expect(page.getByTestId("sent-status")).toContainText(S.saved.split(":")[0]!);
  await expect(sent).toContainText(S.done.split(" on ")[0]!);
}

test("a letter marked as sent: the follow-up asks nothing more of it, and the concern knows when and whom the patient asked", async ({ page }) => {
  test.setTimeout(120_000);
  const { concern, followUp: _f, ...first }: Answers = exampleAnswers("gp-oncology-second-opinion", "typical");
  const a: Answers = { ...first, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion")) });
  await page.goto("/letter/");
  await ready(page);

  // A first letter prints no notes, and says so.
  await expect(page.getByTestId("log-printed")).toHaveText(A.log.notPrinted);
  await markSent(page, "post");
  const firstTitle = messages.letters["gp-oncology-second-opinion"].documentTitle;
  await expect(page.getByTestId("log")).toContainText(fill(S.what, { title: firstTitle, how: S.how.post }));
  await expectNoAxeViolations(page);

  // The follow-up: when and how the first letter went are known, so the first-letter page is not asked.
  await page.getByRole("link", { name: A.followUpLink }).click();
  await page.waitForURL(/\/questions\/(?!first-letter)/);
  expect(stepOf(page)).not.toBe("first-letter");
  await answerAll(page, a);
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);
  const followUpLetter = page.locator("article.letter");
  await expect(followUpLetter).toContainText(messages.letters["follow-up-no-reply"].sentBy.post);
  // The note that the first letter was sent is what the letter says itself: it is not printed again.
  await expect(followUpLetter).not.toContainText(firstTitle);
  await expect(page.getByTestId("log-printed")).toContainText(A.log.printed.split("{date}")[0]!);
  await markSent(page, "email");

  // The concern: when and whom are filled in from the first letter, so its first page is not asked.
  await page.getByRole("link", { name: L.concernLink }).click();
  await page.waitForURL(/\/questions\//);
  expect(stepOf(page)).toBe("concern-recipient");
  await page.goto(questionHref("concern-request"));
  await ready(page);
  await expect(page.locator('input[name="requestedFrom"][value="gp"]')).toBeChecked();
  await expect(page.locator("#requestedFromName")).toHaveValue(a.gp.name);
  const today = new Date();
  await expect(page.locator("#requestedOn-day")).toHaveValue(String(today.getDate()));
  await page.goto(questionHref("concern-recipient"));
  await ready(page);
  await answerAll(page, { ...a, concern: { ...concern, requestedFrom: "gp", requestedFromName: a.gp.name } });
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);
  // The concern tells the follow-up, from the note made when it was marked as sent.
  const followUpTitle = messages.letters["follow-up-no-reply"].documentTitle;
  await expect(page.locator("article.letter")).toContainText(fill(S.what, { title: followUpTitle, how: S.how.email }));
  await expect(page.getByTestId("log").getByText(A.log.inLetter, { exact: true })).toHaveCount(1);
});
