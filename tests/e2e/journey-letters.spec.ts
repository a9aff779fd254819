import { expect, test } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import type { LetterId } from "../../templates";
import { docxText, normaliseWords, pdfLetterText } from "../helpers/extract";
import { expectNoAxeViolations } from "./helpers/axe";
import { downloadFrom } from "./helpers/files";
import { answerAll, DRAFT_KEY, journeyFor, nhsFormatted, ready, replyByIso, startLetter, JOURNEYS, type Answers } from "./helpers/journey";
import { recordRequests } from "./helpers/network";
import { startingWith } from "./helpers/words";
import { pageOrder } from "../fixtures/page-order";

// One journey per letter, from the start page through every question to the downloads, run
// against the built site. Each test downloads two files (Chromium stops starting downloads after
// about ten quick ones from one page).

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const L = messages.letterPage;

/** Words the letter must contain whatever the format. */
function mustSay(a: Record<string, any>): string[] {
  return [
    a.patient.fullName,
    nhsFormatted(a.patient.nhsNumber),
    ...(a.preferred ? [a.preferred.hospital] : []),
    ...(a.backup ? [a.backup.hospital] : []),
    a.currentTeam.hospital,
  ].map((s) => normaliseWords(s));
}

for (const { templateId } of JOURNEYS) {
  test(`${templateId}: start page to downloads, with an edit in every format`, async ({ page, context }) => {
    test.setTimeout(180_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: ORIGIN });
    const journey = journeyFor(templateId);
    const a: Answers = { ...journey.answers, replyBy: replyByIso() };
    const network = recordRequests(page);

    await startLetter(page, templateId);
    const asked = await answerAll(page, a, async () => {
      await expectNoAxeViolations(page);
    });
    expect(asked).toEqual(pageOrder(templateId));

    // Check answers: what was typed, and the way to create the letter.
    await expect(page.locator("h1")).toHaveText(messages.journey.checkAnswers.title);
    await expect(page.locator("main")).toContainText(a.patient.fullName);
    await expect(page.locator("main")).toContainText(nhsFormatted(a.patient.nhsNumber));
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
    await page.waitForURL(/\/letter\/$/);
    await ready(page);
    await expect(page.locator("article.letter")).toContainText(a.patient.fullName);
    await expectNoAxeViolations(page);

    // Change one paragraph's wording.
    await page.getByRole("button", { name: L.editing.start }).click();
    const block = page.locator(`[data-block-id="${journey.edit.blockId}"]`);
    await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
    await expectNoAxeViolations(page);
    await block.locator("textarea").fill(journey.edit.text);
    await block.getByRole("button", { name: L.editing.save }).click();
    await expect(block).toContainText(journey.edit.text);
    await expect(block).toContainText(L.editing.changed);
    await page.getByRole("button", { name: L.editing.finish }).first().click();
    await expect(page.locator("article.letter")).toContainText(journey.edit.text);

    // The edit is kept in the draft, per letter.
    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "null"), DRAFT_KEY);
    expect(stored.letter.edits[templateId][journey.edit.blockId]).toBe(journey.edit.text);

    // Copy as text, with its character count.
    await page.getByRole("button", { name: L.copy }).click();
    await expect(page.getByTestId("letter-status")).toHaveText(fill(L.copied, { hint: messages.letters[templateId as LetterId].copyHint }));
    const copied: string = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(journey.edit.text);
    expect(copied).toContain(a.patient.fullName);
    expect(copied).toContain(nhsFormatted(a.patient.nhsNumber));
    await expect(page.getByTestId("character-count")).toHaveText(fill(L.characters.other, { count: copied.length.toLocaleString("en-GB") }));

    // Email it to myself: a mailto: link with the letter as the body.
    const href = await page.getByRole("link", { name: L.email }).getAttribute("href");
    expect(href).toMatch(/^mailto:/);
    expect(decodeURIComponent(href!.split("body=")[1]!)).toBe(copied);
    // A subject that says nothing of the patient's health in an inbox's preview.
    expect(new URL(href!).searchParams.get("subject")).toBe(L.emailSubject);

    // The two downloads.
    const pdf = await downloadFrom(page, L.pdf);
    expect(pdf.name).toMatch(/\.pdf$/);
    const pdfWords = normaliseWords(await pdfLetterText(pdf.bytes));
    for (const words of [...mustSay(a), normaliseWords(journey.edit.text)]) expect(pdfWords).toContain(words);

    const docx = await downloadFrom(page, L.word);
    expect(docx.name).toMatch(/\.docx$/);
    const docxWords = normaliseWords(await docxText(docx.bytes));
    for (const words of [...mustSay(a), normaliseWords(journey.edit.text)]) expect(docxWords).toContain(words);

    // Nothing the patient typed left the device.
    network.stop();
    expect(network.foreign(ORIGIN)).toEqual([]);
    expect(network.carrying([a.patient.fullName, a.patient.nhsNumber.replace(/\s/g, ""), nhsFormatted(a.patient.nhsNumber)])).toEqual([]);
  });
}
