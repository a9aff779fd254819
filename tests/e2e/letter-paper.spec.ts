import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { docxHeadersFooters, normaliseWords, pdfPages, pdfPlacedText } from "../helpers/extract";
import { downloadFrom } from "./helpers/files";
import { DRAFT_KEY, type Answers, draftWith, exampleAnswers, nhsFormatted, ready, replyByIso, seedStorage } from "./helpers/journey";

// The files as they read on paper (issue 11, point 5), made by the real letter page: "Page 1 of 2"
// at the foot of every page, whose letter it is at the head of every page after the first, and
// the sign-off never alone on a page. The surgical letter to a GP runs to two pages (the Scottish
// one did too, and its Word file once had only "Yours sincerely" and the signature on page 2; it
// now fits one page, set a little tighter).

const TEMPLATE = "gp-surgical-second-opinion";

async function openLetter(page: Page): Promise<Answers> {
  const a: Answers = { ...exampleAnswers(TEMPLATE, "typical"), replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
  await page.goto("/letter/");
  await ready(page);
  await expect(page.getByRole("button", { name: messages.letterPage.pdf, exact: true })).toBeVisible();
  return a;
}

/** "Margaret Ellis – NHS number: 943 476 5919": the nation's own term, as the letter's list of the patient's details says it. */
function continuationOf(a: Answers): string {
  const identifier = fill(messages.letterShared.identifier, { term: messages.answers.identifierTerms.england, number: nhsFormatted(a.patient.nhsNumber) });
  return fill(messages.letterShared.continuation, { patient: a.patient.fullName, identifier });
}

test("the PDF and Word files of a two-page letter carry page numbers, whose letter it is after page 1, and the sign-off with the last paragraph", async ({
  page,
}) => {
  const a = await openLetter(page);
  expect(a.nation).toBe("england");
  const continuation = continuationOf(a);
  // The letter's own words at the head of page 2, as the golden has them: written out on purpose.
  expect(continuation).toBe("Margaret Ellis – NHS number: 943 476 5919");

  const pages = await pdfPages((await downloadFrom(page, messages.letterPage.pdf)).bytes);
  expect(pages.map(({ header, footer }) => ({ header, footer }))).toEqual([
    { header: "", footer: fill(messages.letterShared.pageOf, { page: 1, total: 2 }) },
    { header: continuation, footer: fill(messages.letterShared.pageOf, { page: 2, total: 2 }) },
  ]);
  const signOff = pages.find((p) => p.body.includes(messages.letterShared.closing))!;
  expect(normaliseWords(signOff.body.split(messages.letterShared.closing)[0]!).endsWith(messages.letterShared.thanks)).toBe(true);

  const word = await docxHeadersFooters((await downloadFrom(page, messages.letterPage.word)).bytes);
  const fields = fill(messages.letterShared.pageOf, { page: "{PAGE}", total: "{NUMPAGES}" });
  expect(word).toEqual({ titlePage: true, headers: { first: "", default: continuation }, footers: { first: fields, default: fields } });
});

test("the letter page gives a large-print copy to read beside the PDF to post: the same letter, every word at 16 pt or more", async ({ page }) => {
  const a = await openLetter(page);
  const L = messages.letterPage.largePrint;
  await expect(page.getByText(L.postHint)).toBeVisible();
  const ordinary = await downloadFrom(page, messages.letterPage.pdf);
  const large = await downloadFrom(page, L.button);
  expect(large.name).toBe(ordinary.name.replace(/\.pdf$/, `${L.fileSuffix}.pdf`));
  const placed = await pdfPlacedText(large.bytes);
  expect(Math.min(...placed.map((p) => p.fontSize))).toBeGreaterThanOrEqual(16);
  const text = normaliseWords((await pdfPages(large.bytes)).map((p) => p.body).join(" "));
  expect(text).toContain(a.patient.fullName);
  expect(text).toContain(messages.letterShared.closing);
});
