import { expect, test } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { normaliseWords, pdfInfo, pdfText } from "../helpers/extract";
import { expectNoAxeViolations } from "./helpers/axe";
import { DRAFT_KEY, draftWith, journeyFor, ready, replyByIso, seedStorage, storedDraft, type Answers } from "./helpers/journey";
import { recordRequests } from "./helpers/network";
import { startingWith } from "./helpers/words";

// The letter page: editing and resetting wording, printing only the letter, and the PDF and Word
// code loading only from our own site.

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4173}`;
const L = messages.letterPage;

async function openLetter(page: import("@playwright/test").Page) {
  const a: Answers = { ...journeyFor("gp-oncology-second-opinion").answers, replyBy: replyByIso() };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion")) });
  await page.goto("/letter/");
  await ready(page);
  return a;
}

test("an edit can be cancelled, saved and reset to our wording", async ({ page }) => {
  await openLetter(page);
  const original = await page.locator('article.letter [data-block-id="request"]').innerText();
  await page.getByRole("button", { name: L.editing.start }).click();
  await expect(page.getByRole("button", { name: L.editing.start })).toHaveCount(0);
  const block = page.locator('.app-letter-edit [data-block-id="request"]');

  await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  const textarea = block.locator("textarea");
  await expect(textarea).toBeFocused();
  await expect(textarea).toHaveValue(original);
  await textarea.fill("Something I did not mean to write.");
  await block.getByRole("button", { name: L.editing.cancel }).click();
  await expect(block).toContainText(original);
  await expect(block.getByRole("button", { name: startingWith(L.editing.edit) })).toBeFocused();

  await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  await block.locator("textarea").fill("Please refer me to The Royal Marsden for a second opinion.");
  await block.getByRole("button", { name: L.editing.save }).click();
  await expect(block).toContainText(L.editing.changed);
  expect((await storedDraft(page)).letter.edits["gp-oncology-second-opinion"]).toEqual({
    request: "Please refer me to The Royal Marsden for a second opinion.",
  });
  await expectNoAxeViolations(page);

  await block.getByRole("button", { name: startingWith(L.editing.reset) }).click();
  await expect(block).toContainText(original);
  await expect(block).not.toContainText(L.editing.changed);
  expect((await storedDraft(page)).letter.edits["gp-oncology-second-opinion"]).toEqual({});

  // Emptying a paragraph leaves it out of the letter.
  await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  await block.locator("textarea").fill("");
  await block.getByRole("button", { name: L.editing.save }).click();
  await expect(block).toContainText(L.editing.removed);
  await page.getByRole("button", { name: L.editing.finish }).first().click();
  await expect(page.locator('article.letter [data-block-id="request"]')).toHaveCount(0);
});

test("printing prints only the letter", async ({ page }) => {
  const a = await openLetter(page);
  await page.emulateMedia({ media: "print" });
  const bytes = new Uint8Array(await page.pdf({ format: "A4" }));
  const words = normaliseWords(await pdfText(bytes));
  expect(words).toContain(a.patient.fullName);
  expect(words).toContain(normaliseWords(messages.letterShared.closing));
  for (const other of [L.pdf, L.nextHeading, messages.site.serviceName, L.editing.start, messages.form.back]) expect(words).not.toContain(other);
  expect((await pdfInfo(bytes)).pages).toBeLessThanOrEqual(2);
});

test("the PDF and Word code loads from our own site only when it is needed", async ({ page }) => {
  const network = recordRequests(page);
  await page.goto("/questions/choose-letter/", { waitUntil: "networkidle" });
  await ready(page);
  // Question pages never load the PDF or Word libraries.
  const scriptsBefore = network.requests.filter((r) => r.resourceType === "script").map((r) => r.url);
  for (const url of scriptsBefore) {
    const body = await (await page.request.get(url)).text();
    expect(body.includes("%PDF-") || body.includes("@react-pdf") || body.includes("wordprocessingml"), url).toBe(false);
  }
  expect(scriptsBefore.length).toBeGreaterThan(0);
  network.stop();
  expect(network.foreign(ORIGIN)).toEqual([]);
});

test("the page warns, before the download buttons, of characters the PDF cannot show", async ({ page }) => {
  await openLetter(page);
  const warning = page.getByTestId("pdf-missing-characters");
  await expect(page.locator("article.letter")).toBeVisible();
  await expect(warning).toHaveCount(0);

  // An edit that brings in characters the PDF's lettering lacks shows the warning at once.
  await page.getByRole("button", { name: L.editing.start }).click();
  const block = page.locator('.app-letter-edit [data-block-id="request"]');
  await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  await block.locator("textarea").fill("Please refer me to Dr 김민준 at the Royal Marsden 👍🏽 for a second opinion.");
  await block.getByRole("button", { name: L.editing.save }).click();
  await page.getByRole("button", { name: L.editing.finish }).first().click();

  await expect(warning).toBeVisible();
  await expect(warning.getByRole("heading", { level: 3 })).toHaveText(`${messages.site.importantPrefix}${L.pdfMissing.heading}`);
  // The characters as the page lists them (Intl's list, in the user's language) are written out on purpose.
  await expect(warning).toContainText(fill(L.pdfMissing.body, { characters: "김, 민, 준 and 👍🏽" }));
  await expect(warning).toContainText(L.pdfMissing.advice);
  // It comes before the buttons it is about.
  const [warningBox, pdfButton] = await Promise.all([warning.boundingBox(), page.getByRole("button", { name: L.pdf, exact: true }).boundingBox()]);
  expect(warningBox!.y).toBeLessThan(pdfButton!.y);
  await expectNoAxeViolations(page);
});

test("each Edit button says which words it changes, and the patient's name and number are not for rewording", async ({ page }) => {
  const a = await openLetter(page);
  const request = await page.locator('article.letter [data-block-id="request"]').innerText();
  await page.getByRole("button", { name: L.editing.start }).click();
  const edits = page.locator(".app-letter-edit").getByRole("button", { name: startingWith(L.editing.edit) });
  const names = await edits.evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? "").replace(/\s+/g, " ").trim()));
  // "Edit paragraph 3, which starts “I would like a second…”": no two buttons alike.
  expect(names.length).toBeGreaterThan(5);
  expect(new Set(names).size).toBe(names.length);
  const opening = request.trim().split(/\s+/).slice(0, 5).join(" ");
  await expect(page.locator('.app-letter-edit [data-block-id="request"]').getByRole("button", { name: startingWith(L.editing.edit) })).toHaveAccessibleName(
    new RegExp(`“${opening.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}…”$`),
  );

  const identity = page.locator('.app-letter-edit [data-block-id="patient-details"]');
  await expect(identity).toContainText(a.patient.fullName);
  await expect(identity).toContainText(L.editing.fixed);
  await expect(identity.getByRole("button")).toHaveCount(0);
  await expect(identity.getByRole("link", { name: L.editing.fixedLink })).toHaveAttribute("href", "/questions/check-answers/");
  await expectNoAxeViolations(page);
});

test("where the phone can share files, 'Send or share the PDF' hands it the letter's PDF, titled neutrally; elsewhere the button is not there", async ({
  page,
}) => {
  await openLetter(page);
  // Chromium on Linux has no Web Share: the page offers no button it cannot honour.
  await expect(page.getByRole("button", { name: L.share.button })).toHaveCount(0);

  // A phone's Web Share API (level 2), standing in for the share sheet: what it was given is kept.
  await page.addInitScript(() => {
    const w = window as unknown as { __shared: unknown[] };
    w.__shared = [];
    Object.defineProperty(navigator, "canShare", { value: (data: { files?: File[] }) => Array.isArray(data.files) });
    Object.defineProperty(navigator, "share", {
      value: async (data: { files: File[]; title: string }) => {
        const file = data.files[0]!;
        const head = new TextDecoder().decode((await file.arrayBuffer()).slice(0, 5));
        w.__shared.push({ name: file.name, type: file.type, head, title: data.title });
      },
    });
  });
  await page.reload();
  await ready(page);
  await page.getByRole("button", { name: L.share.button }).click();
  await expect(page.getByTestId("letter-status")).toHaveText(L.share.shared);
  const shared = await page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared);
  expect(shared).toEqual([{ name: expect.stringMatching(/\.pdf$/), type: "application/pdf", head: "%PDF-", title: L.emailSubject }]);
});
