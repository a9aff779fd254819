import { expect, type Page, test } from "@playwright/test";
import { LETTER_IDS, LETTERS } from "../../letters";
import { asTitle } from "../../letters/shared/parts";
import { stepsFor } from "../../lib/journey/flow";
import { messages } from "../../messages";
import { PSEUDO_MARKS } from "../../messages/pseudo";
import { STEPS } from "../../steps";
import { DRAFT_KEY, draftWith, exampleAnswers, ready, seedStorage } from "./helpers/journey";

// Every word the service shows comes from the catalogue (messages/): proved on the pseudo-locale's
// build (npm run build:pseudo), where every catalogue string is wrapped in ⟦…⟧. Each page below is
// read as the user sees it, screen-reader words and the tab title included: once the marked parts
// and what the user typed are taken out, nothing but spaces may be left.

const { open, close } = PSEUDO_MARKS;
const INNERMOST = new RegExp(`\\${open}[^\\${open}\\${close}]*\\${close}`, "g");

/** Every string the user typed, and the forms the site shows them in (943 476 5919, BN3 4QT, Clinical Oncology). */
function typedValues(answers: unknown): string[] {
  const values = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === "string") {
      const v = value.normalize("NFC").trim();
      if (!v) return; // an empty answer: "".split would cut the page into letters
      for (const line of v.split("\n")) if (line.trim()) values.add(line.trim());
      if (/^[\d\s-]{10,13}$/.test(v)) values.add(v.replace(/\D/g, "").replace(/^(\d{3})(\d{3})(\d{4})$/, "$1 $2 $3"));
      values.add(v.toUpperCase());
      values.add(asTitle(v));
    } else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === "object") Object.values(value).forEach(walk);
  };
  walk(answers);
  // Longest first, so a name is taken out before a shorter name inside it.
  return [...values].sort((a, b) => b.length - a.length);
}

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
    const steps = stepsFor(LETTERS[id], STEPS);
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
    for (const step of stepsFor(LETTERS[id], STEPS)) {
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
  await page.locator("form button[type=submit]").click();
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  await expectAllMarked(page);
});
