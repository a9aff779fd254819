import { expect, type Page, test } from "@playwright/test";
import { LETTER_IDS } from "../../templates";
import { messages } from "../../messages";
import { PSEUDO_MARKS } from "../../messages/pseudo";
import { ASIDE_KEY_PREFIX, KEY_PREFIX } from "../../lib/draft/format";
import { pageOrder } from "../fixtures/page-order";
import { DRAFT_KEY, draftWith, exampleAnswers, ready, seedStorage } from "./helpers/journey";
import { typedValues } from "./helpers/typed";

// Every word the service shows comes from the catalogue (messages/): proved on the pseudo-locale's
// build (npm run build:pseudo), where every catalogue string is wrapped in ⟦…⟧. Each page below is
// read as the user sees it, screen-reader words and the tab title included: once the marked parts
// and what the user typed are taken out, nothing but spaces may be left.

const { open, close } = PSEUDO_MARKS;
const INNERMOST = new RegExp(`\\${open}[^\\${open}\\${close}]*\\${close}`, "g");

/** What is left of the page's words with the marked parts and the typed values taken out. */
async function unmarkedText(page: Page, typed: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")].flatMap((el) =>
      ["aria-label", "title", "alt", "placeholder"].map((name) => el.getAttribute(name) ?? ""),
    );
    return [document.title, document.body.innerText, ...attributes];
  });
  const left: string[] = [];
  for (const text of texts) {
    let rest = text.normalize("NFC");
    for (let previous = ""; previous !== rest; ) {
      previous = rest;
      rest = rest.replace(INNERMOST, " ");
    }
    for (const value of typed) rest = rest.split(value).join(" ");
    left.push(...rest.split(/\s+/).filter(Boolean));
  }
  return left;
}

async function expectAllMarked(page: Page, typed: readonly string[] = []) {
  await expect(page.locator("h1").first()).toBeVisible();
  expect(await unmarkedText(page, typed), `words outside the catalogue on ${page.url()}`).toEqual([]);
}

test("content pages: start, guides, privacy, accessibility and the 404 page", async ({ page }) => {
  for (const path of [
    "/",
    "/guide/",
    "/guide/why/",
    "/guide/when/",
    "/guide/how/",
    "/guide/paying-privately/",
    "/guide/raising-a-concern/",
    "/privacy/",
    "/accessibility/",
    "/no-such-page/",
  ]) {
    await page.goto(path, { waitUntil: "networkidle" });
    await expectAllMarked(page);
  }
});

for (const id of LETTER_IDS) {
  const example = id === "oncologist-surgical-review" ? "carer" : "typical";
  test(`${id}: every question page, check answers and the letter, with the answers of the ${example} example`, async ({ page }) => {
    test.setTimeout(120_000);
    const answers = exampleAnswers(id, example);
    // A reply-by date in the future, whenever the test runs: the letter shows it formatted.
    const reply = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
    const typed = typedValues({ ...answers, replyBy: reply });
    const steps = pageOrder(id);
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({ ...answers, replyBy: reply }, id, steps)) });
    for (const step of steps) {
      await page.goto(`/questions/${step}/`);
      await ready(page);
      await expectAllMarked(page, typed);
    }
    await page.goto("/questions/check-answers/");
    await expect(page.locator(".nhsuk-summary-list").first()).toBeVisible();
    await expectAllMarked(page, typed);
    await page.getByRole("button", { name: `${open}${messages.journey.checkAnswers.create}${close}` }).click();
    await page.waitForURL(/\/letter\/$/);
    await expect(page.locator(".letter")).toBeVisible();
    await expectAllMarked(page, typed);
    await page.goto("/your-answers/");
    await ready(page);
    await expectAllMarked(page, typed);
    await page.goto("/questions/choose-letter/");
    await ready(page);
    await expectAllMarked(page, typed);
  });
}

test("every question page's error messages, and the letter chooser", async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of ["gp-surgical-second-opinion", "pals-concern"] as const) {
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({}, id)) });
    for (const step of pageOrder(id)) {
      await page.goto(`/questions/${step}/`);
      await ready(page);
      await page.locator("#continue").click();
      // A page with nothing it must have (the reply-by date) moves on instead: either way, read what shows.
      await expect.poll(async () => (await page.locator(".nhsuk-error-summary").count()) > 0 || !page.url().endsWith(`/questions/${step}/`)).toBe(true);
      await ready(page);
      await expectAllMarked(page);
    }
  }
  await page.goto("/");
  await page.evaluate(() => window.localStorage.clear());
  await page.goto("/questions/choose-letter/");
  await ready(page);
  // A first visit is asked about the device first (its own states are read in the test below).
  await page.locator('[data-testid="device-question"] input[value="own"]').check();
  await page.locator('[data-testid="device-question"] button[type=submit]').click();
  await expect(page.locator('[data-testid="device-question"]')).toHaveCount(0);
  await page.locator("form button[type=submit]").click();
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  await expectAllMarked(page);
});

test("the answers on this device: the device question, a shared device, answers kept aside, copies, loading over answers, undo, delete faults and the email warning", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const m = (text: string) => `${open}${text}${close}`;
  const D = messages.device;
  const id = "gp-oncology-second-opinion";
  const answers = exampleAnswers(id, "typical");
  const reply = new Date(Date.now() + 21 * 86_400_000).toISOString().slice(0, 10);
  const typed = typedValues({ ...answers, replyBy: reply, other: "Iona Ross" });
  const steps = pageOrder(id);

  // The question, with and without its error; then what a shared device keeps.
  await page.goto("/");
  await page.evaluate(() => window.localStorage.clear());
  await page.goto("/questions/choose-letter/");
  const question = page.locator('[data-testid="device-question"]');
  await expect(question).toBeVisible();
  await expectAllMarked(page);
  await question.locator("button[type=submit]").click();
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  await expectAllMarked(page);
  await question.locator('input[value="shared"]').check();
  await question.locator("button[type=submit]").click();
  await expect(page.getByTestId("shared-device-info")).toBeVisible();
  await expectAllMarked(page);
  await page.evaluate(() => window.sessionStorage.clear());

  // A draft more than a month old, with answers that cannot be read, and two copies kept aside.
  const draft = structuredClone(draftWith({ ...answers, replyBy: reply }, id, steps)) as Record<string, any>;
  draft.savedAt = new Date(Date.now() - 40 * 86_400_000).toISOString();
  draft.answers.patient.fullName = 42;
  draft.letter.edits = { [id]: { thanks: 7 } };
  await seedStorage(page, {
    [DRAFT_KEY]: JSON.stringify(draft),
    [`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`]: JSON.stringify({ format: "second-opinion-draft", version: 99, answers: {} }),
  });
  await page.goto("/questions/current-team/");
  await expect(page.getByTestId("kept-answers")).toBeVisible();
  await expect(page.getByTestId("stale-draft")).toBeVisible();
  await expectAllMarked(page, typed);

  await page.goto("/your-answers/");
  await ready(page);
  await expect(page.getByTestId("kept-section")).toBeVisible();
  await page
    .getByTestId("copies")
    .getByRole("button", { name: m(D.copies.restore) })
    .click();
  await expect(page.getByTestId("copies")).toContainText(m(D.copies.newer));
  await page
    .getByTestId("device-settings")
    .getByRole("button", { name: m(D.settings.change) })
    .click();
  await expectAllMarked(page, typed);
  await page.getByTestId("device-settings").locator('input[value="own"]').check();
  await page.getByTestId("device-settings").locator("button[type=submit]").click();
  await expect(page.getByTestId("your-answers-banner")).toBeVisible();
  await expectAllMarked(page, typed);

  // Loading over them: keys we do not know, what would change; then replaced, with an undo; then undone.
  const file = { ...answers, patient: { ...answers.patient, fullName: "Iona Ross" }, ownwords: "x" };
  const choose = async (content: string | Buffer) => {
    await page
      .locator("#answers-file")
      .setInputFiles({ name: "answers.json", mimeType: "application/json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
    await page.locator("#answers-file").locator("xpath=ancestor::form").locator("button[type=submit]").click();
  };
  await choose(JSON.stringify(file));
  await expect(page.getByTestId("load-confirm")).toBeVisible();
  await expect(page.getByTestId("unknown-keys")).toBeVisible();
  await expect(page.getByTestId("changes")).toBeVisible();
  await expectAllMarked(page, typed);
  await page
    .getByTestId("load-confirm")
    .getByRole("button", { name: m(D.load.replace) })
    .click();
  await expect(page.getByRole("button", { name: m(D.load.undo) })).toBeVisible();
  await expectAllMarked(page, typed);
  await page.getByRole("button", { name: m(D.load.undo) }).click();
  await expect(page.getByTestId("your-answers-banner")).toContainText(m(D.load.undone));
  await expectAllMarked(page, typed);

  // A file that is not UTF-8.
  await choose(Buffer.from(JSON.stringify({ schemaVersion: 1, patient: { fullName: "José" } }), "latin1"));
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  await expectAllMarked(page, typed);

  // The email warning on the letter page.
  await page.goto("/questions/patient-details/");
  await ready(page);
  await page.locator("#fullName").fill(answers.patient.fullName);
  await page.locator("#continue").click();
  await page.goto("/letter/");
  await expect(page.locator(".letter")).toBeVisible();
  await page.locator('a[href^="mailto:"]').first().click();
  await expect(page.getByTestId("email-warning")).toBeVisible();
  await expectAllMarked(page, typed);

  // Deleting from the month-old offer, and a delete that cannot finish.
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify({ ...draftWith({ ...answers, replyBy: reply }, id, steps), savedAt: draft.savedAt }) });
  await page.goto("/questions/current-team/");
  await page
    .getByTestId("stale-draft")
    .getByRole("button", { name: m(D.stale.delete) })
    .click();
  await expect(page.getByTestId("stale-deleted")).toBeVisible();
  await expectAllMarked(page, typed);
  const faulty = await page.context().newPage();
  await seedStorage(faulty, { [DRAFT_KEY]: JSON.stringify(draftWith(answers, id)) });
  await faulty.addInitScript((prefix) => {
    const remove = Storage.prototype.removeItem;
    Storage.prototype.removeItem = function (key: string) {
      if (!key.startsWith(prefix)) remove.call(this, key);
    };
  }, KEY_PREFIX);
  await faulty.goto("/your-answers/");
  await ready(faulty);
  await faulty.getByRole("button", { name: m(messages.journey.yourAnswers.remove.button) }).click();
  await faulty.getByRole("button", { name: m(messages.journey.yourAnswers.remove.yes) }).click();
  await expect(faulty.getByTestId("delete-failed")).toBeVisible();
  await expectAllMarked(faulty, typed);
});
