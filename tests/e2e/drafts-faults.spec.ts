import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { docxText, normaliseWords, pdfLetterText } from "../helpers/extract";
import { expectNoAxeViolations } from "./helpers/axe";
import { downloadFrom } from "./helpers/files";
import {
  DRAFT_KEY,
  answerAll,
  answerStep,
  draftWith,
  journeyFor,
  pressContinue,
  ready,
  replyByIso,
  seedStorage,
  startLetter,
  storedDraft,
  type Answers,
  deleteAnswers,
} from "./helpers/journey";

// Faults injected into the browser's storage, and two tabs on one draft. Whatever happens to
// storage, the user can finish and download their letter and is told nothing is being saved;
// a tab never silently writes over the answers another tab saved.

const WARNING = messages.journey.drafts.notSaving.heading;

async function finishAndDownload(page: Page, a: Answers) {
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);
  await expect(page.locator("article.letter")).toContainText(a.patient.fullName);
  await expect(page.getByTestId("storage-warning")).toContainText(WARNING);
  const pdf = await downloadFrom(page, messages.letterPage.pdf);
  expect(normaliseWords(await pdfLetterText(pdf.bytes))).toContain(a.patient.fullName);
  const docx = await downloadFrom(page, messages.letterPage.word);
  expect(normaliseWords(await docxText(docx.bytes))).toContain(a.patient.fullName);
}

test("storage the browser refuses outright (reading localStorage throws): finish, download, warned throughout", async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  // As in some private windows, or with site data blocked: even reading the property throws.
  await page.addInitScript(() => {
    for (const name of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, name, {
        configurable: true,
        get() {
          throw new DOMException("The operation is insecure.", "SecurityError");
        },
      });
    }
  });
  const a: Answers = { ...journeyFor("pals-concern").answers, replyBy: replyByIso() };
  await startLetter(page, "pals-concern");
  const warning = page.getByTestId("storage-warning");
  await expect(warning).toContainText(WARNING);
  await expect(warning).toContainText("private window");
  await answerAll(page, a, async () => {
    await expect(warning).toContainText(WARNING);
  });
  await expect(page.locator("main")).toContainText(a.patient.fullName);
  await finishAndDownload(page, a);
  expect(errors).toEqual([]);
});

test("storage that fills up part way: the answers saved so far stay, the rest carry on in the page, with a warning", async ({ page }) => {
  test.setTimeout(120_000);
  // The probe and the first four saves fit; every save after that meets a full store.
  await page.addInitScript((draftKey) => {
    const setItem = Storage.prototype.setItem;
    let writes = 0;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.startsWith(draftKey) && ++writes > 4) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  }, DRAFT_KEY);
  const a: Answers = { ...journeyFor("pals-concern").answers, replyBy: replyByIso() };
  await startLetter(page, "pals-concern");
  const warning = page.getByTestId("storage-warning");
  await expect(warning).toHaveCount(0);
  const asked = await answerAll(page, a);
  await expect(warning).toContainText(WARNING);
  await expect(warning).toContainText("storage is full");
  // The last draft that fitted is still there, whole: choose-letter and the first three pages.
  const stored = await storedDraft(page);
  expect(stored.letter.templateId).toBe("pals-concern");
  expect(stored.progress.answered).toEqual(asked.slice(0, 3));
  expect(stored.answers.patient.fullName).toBe(a.patient.fullName);
  await finishAndDownload(page, a);
});

test("two tabs on the same page: the other tab's save shows at once, so its answers are not sent back over", async ({ context }) => {
  const a: Answers = { ...journeyFor("gp-oncology-second-opinion").answers, replyBy: replyByIso() };
  const first = await context.newPage();
  await seedStorage(first, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion")) });
  const second = await context.newPage();
  for (const page of [first, second]) {
    await page.goto("/questions/patient-details/?returnTo=check");
    await ready(page);
    await expect(page.locator("#fullName")).toHaveValue(a.patient.fullName);
  }

  await first.locator("#fullName").fill("Margaret Anne Ellis");
  await pressContinue(first);

  // The second tab says so, and its form now shows the saved name, not the one it opened with.
  const notice = second.getByTestId("changed-elsewhere");
  await expect(notice).toContainText(messages.journey.drafts.otherTab);
  await expect(second.locator("#fullName")).toHaveValue("Margaret Anne Ellis");
  await expectNoAxeViolations(second);
  // Its own change to the same page keeps the other tab's.
  await second.locator("#hospitalNumber").fill("RXH 999999");
  await pressContinue(second);
  const stored = await storedDraft(second);
  expect(stored.answers.patient.fullName).toBe("Margaret Anne Ellis");
  expect(stored.answers.patient.hospitalNumber).toBe("RXH 999999");
  await second.getByRole("button", { name: messages.journey.drafts.dismiss }).click();
  await expect(notice).toHaveCount(0);
});

test("a tab that missed the other tab's save (as one restored from the back-forward cache does) keeps its answers", async ({ context }) => {
  const a: Answers = { ...journeyFor("gp-oncology-second-opinion").answers, replyBy: replyByIso() };
  const { gp: _gp, ...withoutGp } = a;
  const first = await context.newPage();
  await seedStorage(first, { [DRAFT_KEY]: JSON.stringify(draftWith(withoutGp, "gp-oncology-second-opinion")) });
  const second = await context.newPage();
  // The fault: this tab hears no storage events.
  await second.addInitScript(() => {
    const add = window.addEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      if (type === "storage") return;
      return (add as (...args: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
  });
  await second.goto("/questions/gp/?returnTo=check");
  await ready(second);
  await first.goto("/questions/patient-details/?returnTo=check");
  await ready(first);

  await first.locator("#fullName").fill("Margaret Anne Ellis");
  await pressContinue(first);
  await expect(second.getByTestId("changed-elsewhere")).toHaveCount(0); // it never heard

  await answerStep(second, "gp", a);
  await pressContinue(second);
  const stored = await storedDraft(second);
  expect(stored.answers.patient.fullName).toBe("Margaret Anne Ellis");
  expect(stored.answers.gp.name).toBe(a.gp.name);
  await expect(second.getByTestId("changed-elsewhere")).toBeVisible();
  await expect(second.locator("main")).toContainText("Margaret Anne Ellis");
});

test("answers deleted in one tab are not written back by another", async ({ context }) => {
  const a: Answers = { ...journeyFor("gp-oncology-second-opinion").answers, replyBy: replyByIso() };
  const first = await context.newPage();
  await seedStorage(first, { [DRAFT_KEY]: JSON.stringify(draftWith(a, "gp-oncology-second-opinion")) });
  const second = await context.newPage();
  await second.goto("/letter/");
  await ready(second);
  await expect(second.locator("article.letter")).toContainText(a.patient.fullName);

  await first.goto("/your-answers/");
  await ready(first);
  await deleteAnswers(first);
  await expect(first.locator(".nhsuk-notification-banner")).toContainText(messages.journey.yourAnswers.remove.done);

  await expect(second.getByTestId("changed-elsewhere")).toBeVisible();
  await expect(second.locator("main")).not.toContainText(a.patient.fullName);
  expect(await storedDraft(second)).toBeNull();
});
