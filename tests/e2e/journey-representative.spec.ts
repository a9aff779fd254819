import { expect, test } from "@playwright/test";
import { normaliseWords, pdfText } from "../helpers/extract";
import { questionHref } from "../../lib/journey/flow";
import { messages } from "../../messages";
import { expectNoAxeViolations } from "./helpers/axe";
import { downloadFrom } from "./helpers/files";
import { answerAll, DRAFT_KEY, draftWith, exampleAnswers, ready, replyByIso, seedStorage, startLetter, type Answers } from "./helpers/journey";

// Someone acting for a patient who cannot agree (issue 20, point 1; letters.md, "When the patient
// cannot agree"): they are never asked to tick that the patient agreed, the letter says on what
// basis they act, and no consent form is offered, since the patient cannot sign one. The letter's
// words are written out here on purpose, as its golden has them: they are what the letter says.

const W = messages.steps["who-is-writing"].fields;
const A = messages.letterAfter.page;

test("an attorney for a patient who cannot agree writes the letter on that basis, from the question page to the PDF, and is offered no consent form", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const a: Answers = { ...exampleAnswers("gp-oncology-second-opinion", "attorney"), replyBy: replyByIso() };
  await startLetter(page, "gp-oncology-second-opinion");

  // The third choice reveals how they act, and no box to say the patient agreed.
  await page.getByLabel(W.role.options.representative.label).check();
  await expect(page.getByRole("group", { name: W.basis.label })).toBeVisible();
  await expect(page.getByLabel(W.consent.label)).toBeHidden();
  for (const basis of ["attorney", "deputy", "guardian", "family"] as const) {
    await expect(page.getByLabel(W.basis.options[basis].label)).toBeVisible();
  }
  await expect(page.getByRole("link", { name: messages.steps["who-is-writing"].guide.text })).toHaveAttribute("href", "/guide/how/#cannot-decide");
  await expectNoAxeViolations(page);

  await answerAll(page, a);
  // Check answers says how they act, and asks nothing of the patient's agreement.
  const main = page.locator("main");
  await expect(main).toContainText(W.basis.summary);
  await expect(main).toContainText(W.basis.options.attorney.label);
  await expect(main).not.toContainText(W.consent.summary);

  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);
  const intro =
    "I am Eleanor Hughes's daughter. She cannot make this decision. I act for her under a lasting power of attorney for health and welfare. I can send you a copy of it.";
  const letter = page.locator("article.letter");
  await expect(letter).toContainText(intro);
  await expect(letter).toContainText("I am asking for a second opinion for her from another cancer team, about her diagnosis and treatment plan.");
  await expect(letter).toContainText("Please reply to me by email to claire.hughes@example.com.");
  await expect(letter).toContainText("Claire Hughes, daughter of Eleanor Hughes");
  await expect(letter).toContainText("Attorney for health and welfare");
  await expect(letter).not.toContainText("asked me to write");
  await expect(letter).not.toContainText("agrees to this letter");

  // The page offers the reminder, and no consent form.
  await expect(page.getByRole("heading", { name: A.reminderHeading })).toBeVisible();
  await expect(page.getByRole("heading", { name: A.consentHeading })).toHaveCount(0);
  await expect(page.getByRole("button", { name: A.consentPdf })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const pdf = await downloadFrom(page, messages.letterPage.pdf);
  const text = normaliseWords(await pdfText(pdf.bytes));
  expect(text).toContain(normaliseWords(intro));
  expect(text).toContain(normaliseWords("Attorney for health and welfare"));
});

test("in Scotland, the page says what the law there gives, and a deputy (a Court of Protection order) is a problem it names", async ({ page }) => {
  const a: Answers = exampleAnswers("oncologist-surgical-review", "guardian");
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "oncologist-surgical-review", ["who-is-writing", "nation"])) });
  await page.goto(questionHref("who-is-writing"));
  await ready(page);
  await expect(page.getByLabel(W.basis.options.guardian.label)).toBeChecked();
  await expect(page.getByRole("group", { name: W.basis.label })).toContainText(W.basis.nationHint.scotland);

  await page.getByLabel(W.basis.options.deputy.label).check();
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link", { name: messages.answers.reasons.basisDeputy })).toBeVisible();

  await page.getByLabel(W.basis.options.guardian.label).check();
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  await page.waitForURL((url) => !url.pathname.includes("who-is-writing"));
});
