import { expect, test } from "@playwright/test";
import { messages } from "../../messages";
import { expectNoAxeViolations } from "./helpers/axe";
import { DRAFT_KEY, draftWith, journeyFor, pressContinue, ready, seedStorage, stepOf } from "./helpers/journey";
import { pattern, startingWith } from "./helpers/words";
import { pageOrder, pagesBefore } from "../fixtures/page-order";

// Check answers: "Change" returns here, skipped answers say "Not provided", and the letter is only
// created when the template accepts the answers.

const ALL_GP_ONCOLOGY = pageOrder("gp-oncology-second-opinion");
const C = messages.journey.checkAnswers;

function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

test("Change goes to the question and comes back to check answers", async ({ page }) => {
  const { replyBy: _r, ...a } = journeyFor("gp-oncology-second-opinion").answers;
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion", ALL_GP_ONCOLOGY)) });
  await page.goto("/questions/check-answers/");
  await ready(page);
  await expectNoAxeViolations(page);
  // Optional answers skipped show "Not provided".
  await expect(page.locator("#row-reply-by .nhsuk-summary-list__value")).toHaveText(C.notProvided);

  await page
    .locator("#row-patient-details")
    .getByRole("link", { name: startingWith(C.change) })
    .click();
  await expect(page).toHaveURL(/\/questions\/patient-details\/\?returnTo=check$/);
  await ready(page);
  await expect(page.getByRole("link", { name: messages.form.back })).toHaveAttribute("href", "/questions/check-answers/#row-patient-details");
  await page.locator("#fullName").fill("Margaret Anne Ellis");
  await pressContinue(page);
  expect(stepOf(page)).toBe("check-answers");
  await expect(page.locator("#row-patient-details")).toContainText("Margaret Anne Ellis");
});

test("problems the letter finds are listed with links to fix them", async ({ page }) => {
  const a = { ...journeyFor("gp-oncology-second-opinion").answers, replyBy: todayIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion", ALL_GP_ONCOLOGY)) });
  await page.goto("/questions/check-answers/");
  await ready(page);
  await page.getByRole("button", { name: C.create }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(messages.form.errorSummaryTitle);
  await expect(summary).toContainText(pattern(messages.letterShared.replyByAfterDate));
  await expect(page).toHaveTitle(startingWith(messages.form.errorPrefix));
  await expectNoAxeViolations(page);
  await summary.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/questions\/reply-by\/\?returnTo=check$/);
  await ready(page);
  for (const part of ["day", "month", "year"]) await page.locator(`#replyBy-${part}`).fill("");
  await pressContinue(page);
  expect(stepOf(page)).toBe("check-answers");
  await page.getByRole("button", { name: C.create }).click();
  await page.waitForURL(/\/letter\/$/);
});

test("unanswered questions are marked, and the letter is not created without them", async ({ page }) => {
  const a = journeyFor("oncologist-surgical-review").answers;
  await seedStorage(page, {
    [DRAFT_KEY]: JSON.stringify(
      draftWith(
        { writer: a.writer, nation: a.nation, patient: a.patient },
        "oncologist-surgical-review",
        pagesBefore("oncologist-surgical-review", "patient-details"),
      ),
    ),
  });
  await page.goto("/questions/check-answers/");
  await ready(page);
  await expect(page.locator("main")).toContainText(C.incompleteHeading);
  await expect(page.locator(".nhsuk-tag", { hasText: C.notAnswered }).first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: C.create }).click();
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("link", { name: C.incompleteLink }).click();
  await expect(page).toHaveURL(/\/questions\/current-team\/$/);
});

test("the letter page says so when the letter cannot be made yet", async ({ page }) => {
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({ nation: "england" }, "pals-concern")) });
  await page.goto("/letter/");
  await ready(page);
  await expect(page.locator("h1")).toHaveText(messages.letterPage.notReady.title);
  await expectNoAxeViolations(page);
});
