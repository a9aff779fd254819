import { FRAME_SCRIPT_ID } from "../../lib/draft/frame";
import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { docxText, normaliseWords, pdfLetterText } from "../helpers/extract";
import { watchCsp } from "./helpers/csp";
import { downloadFrom } from "./helpers/files";
import {
  DRAFT_KEY,
  answerAll,
  draftWith,
  journeyFor,
  pressContinue,
  ready,
  replyByIso,
  seedStorage,
  startLetter,
  stepOf,
  type Answers,
} from "./helpers/journey";
import { startingWith } from "./helpers/words";

// Input that cannot hurt, typed through the real journey: script and HTML payloads come out as the
// literal text on check answers, in the letter preview, in the copied text and in the PDF and Word
// files, and never run; invisible and control characters typed are removed; text over a limit gets
// a clear message.

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const TEMPLATE = "gp-oncology-second-opinion";
const L = messages.letterPage;

/** What each payload would do if it ran: set window.__pwned. */
const PAYLOADS = {
  name: "<script>window.__pwned=1</script>Zoë\u200B Ellis\u0007",
  gp: '<img src=x onerror="window.__pwned=1">',
  team: '"><svg onload=window.__pwned=1>',
  ownWords: "I want \u202Eevery option\u202C looked at.\n<script>window.__pwned=1</script>\n&amp; &lt;b&gt; {{7*7}}",
};
/** The same, as the letter must print them: markup kept as text, hidden characters gone. */
const EXPECTED = {
  name: "<script>window.__pwned=1</script>Zoë Ellis",
  gp: '<img src=x onerror="window.__pwned=1">',
  team: '"><svg onload=window.__pwned=1>',
  ownWords: ["I want every option looked at.", "<script>window.__pwned=1</script>", "&amp; &lt;b&gt; {{7*7}}"],
};
const HIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

/**
 * Traps window.__pwned on every document: a payload that ran would call the setter, which
 * reports it to the console (and so to the test) whatever page it happened on.
 */
async function trapPwned(page: Page): Promise<string[]> {
  const ran: string[] = [];
  await page.addInitScript(() => {
    Object.defineProperty(window, "__pwned", {
      configurable: false,
      get: () => undefined,
      set: () => console.error(`[pwned] on ${location.pathname}`),
    });
  });
  page.on("console", (message) => {
    if (message.text().startsWith("[pwned]")) ran.push(message.text());
  });
  return ran;
}

async function expectNoInjectedElements(page: Page) {
  // Nothing the user typed became an element: our pages have no <img>, <svg> or inline script in <main> of their own,
  // but for the journey's first script (lib/draft/frame.ts), which the journey's layout puts first.
  expect(await page.locator(`main img, main svg, main script:not(#${FRAME_SCRIPT_ID}), main iframe`).count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
}

test("script and HTML typed into answers are printed as text in every format and never run", async ({ page, context }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
  const ran = await trapPwned(page);
  const csp = await watchCsp(page);
  const a: Answers = journeyFor(TEMPLATE).answers;
  a.patient.fullName = PAYLOADS.name;
  a.gp.name = PAYLOADS.gp;
  a.preferred.team = PAYLOADS.team;
  a.ownWords = PAYLOADS.ownWords;
  a.replyBy = replyByIso();

  await startLetter(page, TEMPLATE);
  await answerAll(page, a, async () => expectNoInjectedElements(page));

  // Check answers: the literal text, hidden characters gone.
  const main = page.locator("main");
  await expect(main).toContainText(EXPECTED.name);
  await expect(main).toContainText(EXPECTED.gp);
  await expect(main).toContainText(EXPECTED.team);
  for (const line of EXPECTED.ownWords) await expect(main).toContainText(line);
  expect(await main.innerText()).not.toMatch(HIDDEN);
  await expectNoInjectedElements(page);

  // The saved draft holds the cleaned answers too.
  const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), DRAFT_KEY);
  expect(stored.answers.patient.fullName).toBe(EXPECTED.name);
  expect(stored.answers.ownWords).toBe(EXPECTED.ownWords.join("\n"));

  // The letter preview.
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);
  const letter = page.locator("article.letter");
  // "Dear" is the letter's own wording: the payload must come out as text right after it.
  for (const text of [EXPECTED.name, `Dear ${EXPECTED.gp}`, EXPECTED.team, ...EXPECTED.ownWords]) await expect(letter).toContainText(text);
  expect(await letter.innerText()).not.toMatch(HIDDEN);
  await expectNoInjectedElements(page);

  // The copied text.
  await page.getByRole("button", { name: L.copy }).click();
  await expect(page.getByTestId("letter-status")).toHaveText(fill(L.copied, { hint: messages.letters[TEMPLATE].copyHint }));
  const copied: string = await page.evaluate(() => navigator.clipboard.readText());
  for (const text of [EXPECTED.name, EXPECTED.gp, EXPECTED.team, ...EXPECTED.ownWords]) expect(copied).toContain(text);
  expect(copied).not.toMatch(HIDDEN);

  // The files.
  const pdf = normaliseWords(await pdfLetterText((await downloadFrom(page, L.pdf)).bytes));
  const docxRaw = await docxText((await downloadFrom(page, L.word)).bytes);
  const docx = normaliseWords(docxRaw);
  for (const text of [EXPECTED.name, EXPECTED.gp, EXPECTED.team, ...EXPECTED.ownWords]) {
    expect(pdf).toContain(normaliseWords(text));
    expect(docx).toContain(normaliseWords(text));
  }
  expect(docxRaw).not.toMatch(HIDDEN);

  await expectNoInjectedElements(page);
  expect(ran).toEqual([]);
  expect(csp.violations).toEqual([]);
});

test("markup typed as new wording for the letter is text too, and a very long rewording gets a clear message", async ({ page }) => {
  const ran = await trapPwned(page);
  const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  await page.goto("/letter/");
  await ready(page);
  await page.getByRole("button", { name: L.editing.start }).click();
  const block = page.locator('.app-letter-edit [data-block-id="thanks"]');

  await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  await block.locator("textarea").fill("x".repeat(2001));
  await block.getByRole("button", { name: L.editing.save }).click();
  // The messages here and below are checked as the sentences the user reads, kind, limit and plural
  // filled in: written out on purpose, not put together again from the catalogue's parts.
  await expect(block.locator("#edit-thanks-error")).toContainText("This paragraph must be 2000 characters or fewer");
  await expect(block.locator(".nhsuk-character-count__status")).toHaveText("You have 1 character too many");
  await expect(block.locator("textarea")).toBeFocused();
  expect((await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), DRAFT_KEY)).letter.edits).toEqual({});

  await block.locator("textarea").fill('Thank you.\u200B <img src=x onerror="window.__pwned=1">');
  await block.getByRole("button", { name: L.editing.save }).click();
  await page.getByRole("button", { name: L.editing.finish }).first().click();
  await expect(page.locator('article.letter [data-block-id="thanks"]')).toHaveText('Thank you. <img src=x onerror="window.__pwned=1">');
  await expectNoInjectedElements(page);
  expect(ran).toEqual([]);
});

test("text over a limit gets a clear message at the field, and the answer is kept to correct", async ({ page }) => {
  const a: Answers = { ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() };
  const { ownWords: _ownWords, ...rest } = a;
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(rest, TEMPLATE)) });

  await page.goto("/questions/reply-by/");
  await ready(page);
  const long = `${"I would like every option looked at. ".repeat(50)}`.slice(0, 1501);
  await page.locator("#ownWords").fill(long);
  await expect(page.locator(".nhsuk-character-count__status")).toHaveText("You have 1 character too many");
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("Your own words must be 1500 characters or fewer");
  await expect(page.locator("#ownWords-error")).toContainText("Your own words must be 1500 characters or fewer");
  await expect(page).toHaveTitle(startingWith(messages.form.errorPrefix));
  await expect(page.locator("#ownWords")).toHaveValue(long);
  expect(stepOf(page)).toBe("reply-by");

  // Invisible characters do not count: 1,500 letters and a few zero-width spaces are accepted.
  await page.locator("#ownWords").fill(`${long.slice(0, 1500)}\u200B\u200B\u200B`);
  await pressContinue(page);
  expect(stepOf(page)).toBe("check-answers");

  // A one-line answer too.
  await page.goto("/questions/patient-details/?returnTo=check");
  await ready(page);
  await page.locator("#fullName").fill("M".repeat(101));
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText("Full name must be 100 characters or fewer");
  await expect(page.locator("#fullName-error")).toContainText("Full name must be 100 characters or fewer");
});
