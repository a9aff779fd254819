import { readFile } from "node:fs/promises";
import { ASIDE_KEY_PREFIX } from "../../lib/draft/format";
import { expect, test } from "@playwright/test";
import { messages } from "../../messages";
import { fill, pick } from "../../messages/format";
import { expectNoAxeViolations } from "./helpers/axe";
import {
  DRAFT_KEY,
  answerAll,
  answerStep,
  draftWith,
  journeyFor,
  ourKeys,
  pressContinue,
  ready,
  seedStorage,
  startLetter,
  stepOf,
  storedDraft,
  deleteAnswers,
} from "./helpers/journey";
import { pageOrder, pagesBefore } from "../fixtures/page-order";
import { startingWith } from "./helpers/words";

// Drafts on the device: kept across reloads, offered back to returning users, saved to and loaded
// from a file, deleted on request, and never lost or crashed on when storage misbehaves.

const typical = () => journeyFor("gp-oncology-second-opinion").answers;
const J = messages.journey;
const Y = messages.journey.yourAnswers;

test("a reload in the middle of the journey keeps the answers", async ({ page }) => {
  const a = typical();
  await startLetter(page, "gp-oncology-second-opinion");
  for (const step of pagesBefore("gp-oncology-second-opinion", "patient-address")) {
    expect(stepOf(page)).toBe(step);
    await answerStep(page, step, a);
    await pressContinue(page);
  }
  expect(stepOf(page)).toBe("patient-address");
  await page.locator("#line1").fill("typed but not yet saved");

  await page.reload();
  await ready(page);
  expect(stepOf(page)).toBe("patient-address");
  // Back is a plain link that moves within the site, as every journey link does: the page is not
  // loaded again (components/journey/JourneyLinks.tsx), so what this window holds is still there.
  await page.evaluate(() => Object.assign(window, { sameWindow: true }));
  await page.getByRole("link", { name: messages.form.back }).click();
  await expect(page).toHaveURL(/\/questions\/patient-details\/$/);
  expect(await page.evaluate(() => "sameWindow" in window)).toBe(true);
  await expect(page.locator("#fullName")).toHaveValue(a.patient.fullName);
  await expect(page.locator("#dateOfBirth-year")).toHaveValue("1958");
  await expect(page.locator("#nhsNumber")).toHaveValue("943 476 5919");

  const draft = await storedDraft(page);
  expect(draft).toMatchObject({
    format: "second-opinion-draft",
    version: 1,
    answers: { schemaVersion: 1, nation: "england", writer: { role: "patient" }, patient: { fullName: a.patient.fullName, nhsNumber: "9434765919" } },
    letter: { templateId: "gp-oncology-second-opinion" },
  });
});

test("a returning user can continue where they left off, or start again", async ({ page }) => {
  const a = typical();
  await seedStorage(page, {
    [DRAFT_KEY]: JSON.stringify(
      draftWith({ writer: a.writer, nation: a.nation }, "gp-oncology-second-opinion", pagesBefore("gp-oncology-second-opinion", "patient-details")),
    ),
  });
  await page.getByRole("link", { name: messages.start.startNow }).first().click();
  await ready(page);
  await expect(page.locator("h1")).toHaveText(J.chooseLetter.returning.title);
  await expect(page.locator("main")).toContainText(messages.letters["gp-oncology-second-opinion"].userTitle);
  await expectNoAxeViolations(page);

  await page.getByRole("link", { name: J.chooseLetter.returning.continue }).click();
  await expect(page).toHaveURL(/\/questions\/patient-details\/$/);

  await page.goto("/questions/choose-letter/");
  await ready(page);
  await page.getByRole("button", { name: J.chooseLetter.returning.startAgain }).click();
  await expect(page.locator("h1")).toHaveText(J.chooseLetter.confirm.title);
  await expect(page.locator("h1")).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: J.chooseLetter.confirm.yes }).click();
  await expect(page.locator("main")).toContainText(J.chooseLetter.started);
  await expect(page.locator('input[name="letter"]:checked')).toHaveCount(0);
  expect(await ourKeys(page)).toEqual([]);
});

test("a second letter asks only what is still missing", async ({ page }) => {
  const { concern: _concern, ...a } = typical();
  const done = pageOrder("gp-oncology-second-opinion");
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion", done)) });
  await page.goto("/letter/");
  await ready(page);
  // The link changes the letter and goes straight to the first page the concern still needs.
  await page.getByRole("link", { name: messages.letterPage.concernLink }).click();
  await page.waitForURL(/\/questions\//);
  await ready(page);
  expect((await storedDraft(page)).letter.templateId).toBe("pals-concern");
  const asked = await answerAll(page, typical());
  // The concern letter's own pages, and none the first letter asked.
  expect(asked).toEqual(pageOrder("pals-concern").filter((step) => !done.includes(step)));
  await page.getByRole("button", { name: J.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await expect(page.locator("article.letter")).toContainText(a.patient.fullName);
});

test("answers saved to a file load back in, and a bad file changes nothing", async ({ page }) => {
  const a = typical();
  // Answer the whole journey so the file holds everything the user typed.
  await startLetter(page, "gp-oncology-second-opinion");
  await answerAll(page, a);
  const before = await storedDraft(page);

  await page.goto("/your-answers/");
  await ready(page);
  await expectNoAxeViolations(page);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: Y.save.button }).click()]);
  expect(download.suggestedFilename()).toBe("second-opinion-answers.json");
  const path = await download.path();
  const text = await readFile(path, "utf8");
  const file = JSON.parse(text);
  // The same JSON the command-line tool reads: no blanks, schemaVersion first; and the whole
  // draft, the letter chosen and the pages answered beside the answers.
  expect(Object.keys(file)[0]).toBe("schemaVersion");
  const { letter, progress, ...answersInFile } = file;
  expect(answersInFile).toEqual(before.answers);
  expect(letter).toEqual({ templateId: before.letter.templateId });
  expect(progress).toEqual(before.progress);
  expect(text).not.toMatch(/""/);

  // A bad file: clear problems, the saved answers untouched.
  await page
    .locator("#answers-file")
    .setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"schemaVersion":1,"patient":{"nhsNumber":"123"}}') });
  await page.getByRole("button", { name: Y.load.button }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(Y.load.problemsIntro);
  await expect(summary).toContainText(
    fill(Y.load.problemOnPage, {
      page: pick(messages.steps["patient-details"].title),
      message: fill(messages.answers.reasons.nhsLength, { term: messages.answers.identifierTerms.england }),
    }),
  );
  await expect(page).toHaveTitle(startingWith(messages.form.errorPrefix));
  await expectNoAxeViolations(page);
  expect((await storedDraft(page)).answers).toEqual(before.answers);

  await page.locator("#answers-file").setInputFiles({ name: "photo.json", mimeType: "application/json", buffer: Buffer.from("not json at all") });
  await page.getByRole("button", { name: Y.load.button }).click();
  await expect(summary).toContainText(messages.answers.file.notAnswers);
  expect((await storedDraft(page)).answers).toEqual(before.answers);

  // Delete, then load the good file back.
  await deleteAnswers(page);
  await expect(page.locator(".nhsuk-notification-banner")).toContainText(Y.remove.done);
  expect(await ourKeys(page)).toEqual([]);

  await page.locator("#answers-file").setInputFiles(path);
  await page.getByRole("button", { name: Y.load.button }).click();
  await expect(page.locator(".nhsuk-notification-banner")).toContainText(Y.load.done);
  const loaded = await storedDraft(page);
  expect(loaded.answers).toEqual(answersInFile);
  expect(loaded.letter).toEqual(before.letter);
  expect(loaded.progress).toEqual(before.progress);
});

test("delete removes every key the site set, after a confirmation", async ({ page }) => {
  const a = typical();
  await seedStorage(page, {
    [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion")),
    [`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`]: "{old",
    "someone-else": "keep",
  });
  await page.goto("/your-answers/");
  await ready(page);
  await expect(page.locator("main")).toContainText(Y.shared.heading);
  await page.getByRole("button", { name: Y.remove.button }).click();
  await expect(page.getByRole("heading", { name: Y.remove.confirmHeading })).toBeFocused();
  await expectNoAxeViolations(page);
  // "No" keeps everything.
  await page.getByRole("button", { name: Y.remove.no }).click();
  expect((await ourKeys(page)).sort()).toEqual([DRAFT_KEY, `${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`]);
  await deleteAnswers(page);
  await expect(page.locator(".nhsuk-notification-banner")).toBeFocused();
  expect(await ourKeys(page)).toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem("someone-else"))).toBe("keep");
  await expectNoAxeViolations(page);
  // Nothing comes back on reload.
  await page.reload();
  await ready(page);
  expect(await ourKeys(page)).toEqual([]);
});

test("an unreadable draft is reported and kept aside, never a crash", async ({ page }) => {
  await seedStorage(page, { [DRAFT_KEY]: "{this is not json" });
  await page.goto("/questions/choose-letter/");
  await ready(page);
  const notice = page.getByTestId("unreadable-draft");
  await expect(notice).toContainText(J.drafts.unreadable.heading);
  await expect(notice).toContainText(J.drafts.unreadable.body);
  await expectNoAxeViolations(page);
  const keys = await ourKeys(page);
  const aside = keys.find((k) => k.startsWith(ASIDE_KEY_PREFIX));
  expect(aside).toBeTruthy();
  expect(await page.evaluate((k) => localStorage.getItem(k), aside!)).toBe("{this is not json");
  // The journey still works.
  await page.locator('input[name="letter"][value="pals-concern"]').check();
  await pressContinue(page);
  expect(stepOf(page)).toBe("who-is-writing");
});

test("with storage blocked, the user can still finish and is told nothing is saved", async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    };
  });
  const a = journeyFor("pals-concern").answers;
  await startLetter(page, "pals-concern");
  await expect(page.getByTestId("storage-warning")).toContainText(J.drafts.notSaving.heading);
  await expectNoAxeViolations(page);
  await answerAll(page, a);
  await page.getByRole("button", { name: J.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await expect(page.locator("article.letter")).toContainText(a.patient.fullName);
  await expect(page.getByTestId("storage-warning")).toBeVisible();
});
