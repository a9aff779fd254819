import { expect, type Page, test } from "@playwright/test";
import { letterLanguageOf } from "../../lib/answers/letter-language";
import { CATALOGUES, messages } from "../../messages";
import { NOT_WORDS } from "../../messages/types";
import { docxFile, docxText, normaliseWords, pdfInfo, pdfLetterText } from "../helpers/extract";
import { pageOrder } from "../fixtures/page-order";
import { expectNoAxeViolations } from "./helpers/axe";
import { downloadFrom } from "./helpers/files";
import { type Answers, answerAll, DRAFT_KEY, draftWith, journeyFor, pressContinue, ready, replyByIso, seedStorage, storedDraft } from "./helpers/journey";
import { typedValues } from "./helpers/typed";

// The site in Welsh (issue 24): the Welsh build is served under /cy/ beside the English one, with a
// language switch on every page that keeps the page and the draft, and the letter's language is an
// answer of its own, apart from the site's.

const cy = CATALOGUES.cy;
const TEMPLATE = "gp-oncology-second-opinion";

/** The typical patient, cared for in Wales, asking for a letter in this language. */
function inWales(letterLanguage: string): Answers {
  return { ...journeyFor(TEMPLATE).answers, nation: "wales", letterLanguage, replyBy: replyByIso() };
}

/** Every message of the Welsh catalogue, cut where a placeholder goes: the pieces a Welsh page is made of. */
function welshPieces(): string[] {
  const pieces = new Set<string>();
  const walk = (value: unknown, key: string) => {
    if (typeof value === "string") {
      if (NOT_WORDS.has(key)) return;
      for (const piece of value.split(/\{[^{}]*\}/)) if (piece.trim()) pieces.add(piece.trim().normalize("NFC"));
    } else if (Array.isArray(value)) for (const item of value) walk(item, key);
    else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(cy, "");
  // What Intl writes in Welsh (the letter's and the page's dates) and the Welsh list's "a"/"ac" (messages/format.ts).
  for (let month = 0; month < 12; month++) pieces.add(new Intl.DateTimeFormat("cy", { month: "long" }).format(new Date(2026, month, 15)));
  for (let day = 0; day < 7; day++) pieces.add(new Intl.DateTimeFormat("cy", { weekday: "long" }).format(new Date(2026, 0, 5 + day)));
  return [...pieces, "a", "ac"].sort((a, b) => b.length - a.length);
}
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Each piece as a whole word or words: "a" covers "a" where it is a word, not inside "lythyrau". */
const PIECES = welshPieces().map((piece) => {
  const before = /^\p{L}/u.test(piece) ? "(?<!\\p{L})" : "";
  const after = /\p{L}$/u.test(piece) ? "(?!\\p{L})" : "";
  return new RegExp(`${before}${escaped(piece)}${after}`, "gu");
});

/** The words on the page (and its title and screen-reader labels) that are neither the Welsh catalogue's nor typed by the person. */
async function wordsNotWelsh(page: Page, typed: readonly string[]): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const attributes = [...document.querySelectorAll("[aria-label], [title], [alt], [placeholder]")].flatMap((el) =>
      ["aria-label", "title", "alt", "placeholder"].map((name) => el.getAttribute(name) ?? ""),
    );
    // Each text as it is drawn, one by one: innerText runs the footer's links together ("CanllawiauPreifatrwydd").
    const shown: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (parent && !["SCRIPT", "STYLE", "NOSCRIPT"].includes(parent.tagName) && parent.checkVisibility()) shown.push(node.textContent ?? "");
    }
    return [document.title, ...shown, ...attributes];
  });
  // And each word of them: a letter greets "Dr Shah" from the name typed as "Dr Anita Shah".
  const typedWords = typed.flatMap((value) => value.split(/\s+/).filter((word) => word.length > 1));
  const typedPatterns = [...typed, ...typedWords].map((value) => new RegExp(escaped(value), "gu"));
  const left: string[] = [];
  for (const raw of texts) {
    // Each piece of the catalogue and each typed value marks the characters it covers, all on the
    // text as shown (an example in a hint may be what was typed, "943 476 5919"); a word with a
    // letter no piece covers is not Welsh of ours. Numbers and punctuation are no language's.
    const text = raw.normalize("NFC");
    const covered = new Uint8Array(text.length);
    for (const pattern of [...PIECES, ...typedPatterns]) for (const m of text.matchAll(pattern)) covered.fill(1, m.index, m.index + m[0].length);
    for (const word of text.matchAll(/\S+/gu)) {
      let uncovered = false;
      for (let i = 0; i < word[0].length; i++) if (/\p{L}/u.test(word[0].charAt(i)) && covered[word.index + i] === 0) uncovered = true;
      if (uncovered) left.push(word[0]);
    }
  }
  return left;
}

async function expectWelshPage(page: Page, typed: readonly string[] = []) {
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.locator("h1").first()).toBeVisible();
  expect(await wordsNotWelsh(page, typed), `words from outside the Welsh catalogue on ${page.url()}`).toEqual([]);
  await expectNoAxeViolations(page);
}

test("the language switch keeps the page, its place and the draft, both ways", async ({ page }) => {
  const a = inWales("welsh");
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, ["who-is-writing", "nation"])) });
  await page.goto("/questions/nation/");
  await ready(page);
  const switchTo = (words: typeof messages) => page.getByRole("navigation", { name: words.site.languages.label }).getByRole("link");
  await expect(switchTo(messages)).toHaveAttribute("hreflang", "cy");
  await expect(switchTo(messages)).toHaveAttribute("lang", "cy");
  await expect(page.getByRole("navigation", { name: messages.site.languages.label }).locator('[aria-current="true"]')).toHaveText(
    messages.site.languages.current,
  );
  await switchTo(messages).click();
  await page.waitForURL((url) => url.pathname === "/cy/questions/nation/");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "cy");
  await expect(page.locator("h1")).toHaveText(cy.steps.nation.title.self);
  // The same draft: the answers given in English are there in Welsh.
  await expect(page.locator('input[name="nation"][value="wales"]')).toBeChecked();
  await expect(page.locator('input[name="letterLanguage"][value="welsh"]')).toBeChecked();
  expect((await storedDraft(page)).answers.nation).toBe("wales");

  // Moved within the journey in Welsh, the switch follows, with the page's place.
  await page.goto("/cy/questions/check-answers/#row-nation");
  await ready(page);
  await switchTo(cy).click();
  await page.waitForURL((url) => url.pathname === "/questions/check-answers/" && url.hash === "#row-nation");
  await ready(page);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  await expect(page.locator("h1")).toHaveText(messages.journey.checkAnswers.title);
});

test("each page's switch links to the same page in the other language, with no script", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  for (const [path, other] of [
    ["/guide/why/", "/cy/guide/why/"],
    ["/cy/guide/why/", "/guide/why/"],
    ["/cy/", "/"],
    ["/privacy/", "/cy/privacy/"],
  ] as const) {
    await page.goto(path);
    await expect(page.locator("a[data-other-base]"), path).toHaveAttribute("href", other);
  }
  await context.close();
});

test("a Welsh speaker goes from the Welsh start page to a letter in Welsh, and its PDF and Word file are in Welsh", async ({ page }) => {
  test.setTimeout(180_000);
  const a = inWales("welsh");
  const typed = typedValues(a);
  await page.goto("/cy/");
  await expectWelshPage(page);
  await page.getByRole("link", { name: cy.start.startNow }).first().click();
  // The device question, in Welsh, first.
  await page.waitForURL((url) => url.pathname === "/cy/questions/device/");
  await ready(page);
  await expectWelshPage(page);
  await page.getByTestId("device-question").locator('input[name="device"][value="own"]').check();
  await page.getByTestId("device-question").getByRole("button", { name: cy.form.continue, exact: true }).click();
  await page.waitForURL((url) => url.pathname === "/cy/questions/choose-letter/");
  await ready(page);
  await expectWelshPage(page);
  await page.locator(`input[type=radio][name="letter"][value="${TEMPLATE}"]`).check();
  await pressContinue(page, cy);
  const asked = await answerAll(page, a, async () => expectWelshPage(page, typed), cy);
  expect(asked).toContain("nation");
  expect(new URL(page.url()).pathname).toBe("/cy/questions/check-answers/");
  await expectWelshPage(page, typed);
  await page.getByRole("button", { name: cy.journey.checkAnswers.create }).click();
  await page.waitForURL((url) => url.pathname === "/cy/letter/");
  await expect(page.locator("article.letter")).toHaveAttribute("lang", "cy");
  await expect(page.locator("article.letter")).toContainText(cy.letterShared.closing);
  await expectWelshPage(page, typed);

  const pdf = await downloadFrom(page, cy.letterPage.pdf);
  const pdfWords = normaliseWords(await pdfLetterText(pdf.bytes));
  expect(pdfWords).toContain(normaliseWords(cy.letterShared.closing));
  expect(pdfWords).not.toContain(normaliseWords(messages.letterShared.closing));
  expect((await pdfInfo(pdf.bytes)).language).toBe("cy");
  const word = await downloadFrom(page, cy.letterPage.word);
  expect(normaliseWords(await docxText(word.bytes))).toContain(normaliseWords(cy.letterShared.closing));
  expect(await docxFile(word.bytes, "word/styles.xml")).toContain('w:val="cy"');
});

test("the letter's language is its own: an English letter from the Welsh pages, a Welsh one from the English, and English asking for replies in Welsh", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const open = async (path: string, a: Answers) => {
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, pageOrder(TEMPLATE))) });
    await page.goto(path);
    await ready(page);
    await expect(page.locator("article.letter")).toBeVisible();
    return page.locator("article.letter");
  };
  const english = await open("/cy/letter/", inWales("english"));
  await expect(english).toHaveAttribute("lang", "en-GB");
  await expect(english).toContainText(messages.letterShared.closing);
  await expect(english).not.toContainText(messages.letterShared.repliesInWelsh);
  // The page around it stays Welsh.
  await expect(page.locator("h1")).toHaveText(cy.letterPage.title);

  const welsh = await open("/letter/", inWales("welsh"));
  await expect(welsh).toHaveAttribute("lang", "cy");
  await expect(welsh).toContainText(cy.letterShared.closing);
  await expect(page.locator("h1")).toHaveText(messages.letterPage.title);
  const pdf = await downloadFrom(page, messages.letterPage.pdf);
  expect(normaliseWords(await pdfLetterText(pdf.bytes))).toContain(normaliseWords(cy.letterShared.closing));

  const replies = await open("/letter/", inWales("english-reply-welsh"));
  await expect(replies).toHaveAttribute("lang", "en-GB");
  await expect(replies.locator('[data-block-id="reply"]')).toContainText(messages.letterShared.repliesInWelsh);
  // Care outside Wales is not asked, and a choice left from before is not used.
  expect(letterLanguageOf({ nation: "england", letterLanguage: "welsh" }).tag).toBe("en-GB");
  const england = await open("/letter/", { ...inWales("welsh"), nation: "england" });
  await expect(england).toHaveAttribute("lang", "en-GB");
});

test("the Welsh content pages and the page not found, with no word from outside the Welsh catalogue", async ({ page }) => {
  for (const path of ["/cy/guide/", "/cy/guide/why/", "/cy/guide/how/", "/cy/guide/raising-a-concern/", "/cy/privacy/", "/cy/accessibility/"]) {
    await page.goto(path, { waitUntil: "networkidle" });
    await expectWelshPage(page);
  }
  const missing = await page.goto("/cy/no-such-page/");
  expect(missing?.status()).toBe(404);
  await expect(page.locator("h1")).toHaveText(cy.site.notFound.title);
  await expectWelshPage(page);
});
