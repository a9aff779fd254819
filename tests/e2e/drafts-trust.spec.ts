import { expect, type Page, test } from "@playwright/test";
import { DEVICE_KEY } from "../../lib/draft/device";
import { ASIDE_KEY_PREFIX, KEY_PREFIX, REPLACED_KEY_PREFIX } from "../../lib/draft/format";
import { DEVICE_HREF } from "../../lib/journey/flow";
import { messages } from "../../messages";
import { fill, pick } from "../../messages/format";
import { pageOrder, pagesBefore } from "../fixtures/page-order";
import { expectNoAxeViolations } from "./helpers/axe";
import { bytesOf } from "./helpers/files";
import { startingWith } from "./helpers/words";
import {
  answerDevice,
  answerStep,
  DRAFT_KEY,
  deleteAnswers,
  draftWith,
  journeyFor,
  openChooseLetter,
  ourKeys,
  pressContinue,
  ready,
  replyByIso,
  seedStorage,
  startLetter,
  stepOf,
  storedDraft,
  type Answers,
} from "./helpers/journey";

// Trusting the service with twenty minutes' work (issue 14): a mode for a shared device, delete
// that tells the truth, nothing dropped in silence; and the answers file as the whole draft, with
// a question before it replaces anything, and an undo (issue 11, point 6).

const D = messages.device;
const J = messages.journey;
const L = messages.letterPage;
const S = messages.steps;
const TEMPLATE = "gp-oncology-second-opinion";
const typical = (): Answers => ({ ...journeyFor(TEMPLATE).answers, replyBy: replyByIso() });
const ALL_STEPS = pageOrder(TEMPLATE);

/** Every key of ours in sessionStorage. */
function sessionKeys(page: Page): Promise<string[]> {
  return page.evaluate((prefix) => Object.keys(window.sessionStorage).filter((k) => k.startsWith(prefix)), KEY_PREFIX);
}

/** Loads a file on the your-answers page (already open). */
async function chooseFile(page: Page, name: string, content: string | Buffer) {
  await page.locator("#answers-file").setInputFiles({ name, mimeType: "application/json", buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await page.getByRole("button", { name: J.yourAnswers.load.button, exact: true }).click();
}

test.describe("a shared device", () => {
  test("is asked about before the first question, says what the browser keeps, and keeps nothing in localStorage", async ({ page, context }) => {
    const a = typical();
    await openChooseLetter(page);
    await expect(page.locator("h1")).toHaveText(D.question.title);
    await expectNoAxeViolations(page);

    // Nothing chosen: the NHS error pattern.
    await page.getByTestId("device-question").getByRole("button", { name: messages.form.continue }).click();
    await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
    await expect(page.locator(".nhsuk-error-summary")).toContainText(D.question.error);
    await expect(page).toHaveTitle(startingWith(messages.form.errorPrefix));
    await expectNoAxeViolations(page);

    // Shared: the explanation (its own test, below), then the first page.
    await answerDevice(page, "shared");
    await expect(page.getByRole("heading", { name: messages.journey.chooseLetter.title })).toBeVisible();
    expect(await ourKeys(page)).toEqual([]);
    expect(await sessionKeys(page)).toEqual([DEVICE_KEY]);

    await page.locator('input[name="letter"][value="gp-oncology-second-opinion"]').check();
    await pressContinue(page);
    for (const step of pagesBefore(TEMPLATE, "patient-address")) {
      expect(stepOf(page)).toBe(step);
      if (step === "patient-details") {
        // The browser is asked to remember nothing typed on a shared device.
        for (const id of ["fullName", "dateOfBirth-day", "dateOfBirth-month", "dateOfBirth-year", "nhsNumber", "hospitalNumber"]) {
          await expect(page.locator(`#${id}`), id).toHaveAttribute("autocomplete", "off");
        }
      }
      await answerStep(page, step, a);
      await pressContinue(page);
    }
    for (const id of ["line1", "line2", "town", "postcode"]) await expect(page.locator(`#${id}`), id).toHaveAttribute("autocomplete", "off");
    await answerStep(page, "patient-address", a);
    await pressContinue(page);
    for (const id of ["phone", "email"]) await expect(page.locator(`#${id}`), id).toHaveAttribute("autocomplete", "off");

    // Kept in this page's memory only: in neither of the browser's stores, which it writes to disk.
    expect(await ourKeys(page)).toEqual([]);
    expect(await sessionKeys(page)).toEqual([DEVICE_KEY]);

    // A reload asks first, then they are gone (the answer "shared" stays with the tab)...
    const asked = page.waitForEvent("dialog");
    const reloaded = page.reload();
    const dialog = await asked;
    expect(dialog.type()).toBe("beforeunload");
    await dialog.accept();
    await reloaded;
    await ready(page);
    await page.goto("/your-answers/");
    await ready(page);
    await expect(page.locator("main")).toContainText(J.yourAnswers.none);

    // ...and closing the tab forgets even the answer: the next person is asked again, and sees nothing.
    await page.close();
    const next = await context.newPage();
    await next.goto("/questions/patient-details/");
    await expect(next.locator("h1")).toHaveText(D.question.title);
    expect(await ourKeys(next)).toEqual([]);
    expect(await sessionKeys(next)).toEqual([]);
    // The device question is a page of its own, and brings them back to where they were going.
    expect(new URL(next.url()).pathname).toBe(DEVICE_HREF);
    await answerDevice(next, "own");
    expect(stepOf(next)).toBe("patient-details");
    await expect(next.locator("main")).not.toContainText(a.patient.fullName);
  });

  test("shows what the browser may still keep, and how to clear it, before the first question", async ({ page }) => {
    await page.goto("/questions/choose-letter/");
    await ready(page);
    await page.getByTestId("device-question").locator('input[value="shared"]').check();
    await page.getByTestId("device-question").getByRole("button", { name: messages.form.continue }).click();
    const info = page.getByTestId("shared-device-info");
    await expect(info.locator("h1")).toHaveText(D.sharedInfo.title);
    await expect(info.locator("h1")).toBeFocused();
    for (const item of [...D.sharedInfo.remember, ...D.sharedInfo.clear]) await expect(info).toContainText(item);
    await expectNoAxeViolations(page);
    await info.getByRole("button", { name: D.sharedInfo.continue }).click();
    await expect(page.locator("h1")).toHaveText(messages.journey.chooseLetter.title);
    await expect(page.locator("h1")).toBeFocused();
  });

  test("on the user's own device, the autofill tokens stay (WCAG 1.3.5)", async ({ page }) => {
    await startLetter(page, TEMPLATE, "own");
    expect((await ourKeys(page)).sort()).toEqual([DEVICE_KEY, DRAFT_KEY].sort());
    await answerStep(page, "who-is-writing", typical());
    await pressContinue(page);
    await answerStep(page, "nation", typical());
    await pressContinue(page);
    await expect(page.locator("#fullName")).toHaveAttribute("autocomplete", "name");
    await expect(page.locator("#dateOfBirth-day")).toHaveAttribute("autocomplete", "bday-day");
  });

  test("can be changed on the your-answers page, moving the answers out of localStorage", async ({ page }) => {
    const a = typical();
    await seedStorage(page, {
      [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, ALL_STEPS)),
      [`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`]: "{old",
    });
    await page.goto("/your-answers/");
    await ready(page);
    const settings = page.getByTestId("device-settings");
    await expect(settings).toContainText(D.settings.own);
    await settings.getByRole("button", { name: D.settings.change }).click();
    await expect(settings.locator('input[value="own"]')).toBeChecked();
    await expectNoAxeViolations(page);
    await settings.locator('input[value="shared"]').check();
    await settings.getByRole("button", { name: D.settings.save }).click();
    const banner = page.getByTestId("your-answers-banner");
    await expect(banner).toBeFocused();
    await expect(banner).toContainText(D.settings.nowShared);
    await expectNoAxeViolations(page);
    // The answers and the copy kept aside are in the page's memory: the browser's stores hold only the answer "shared".
    expect(await ourKeys(page)).toEqual([]);
    expect(await sessionKeys(page)).toEqual([DEVICE_KEY]);
    await expect(page.getByTestId("device-settings")).toContainText(D.settings.shared);
    await expect(page.getByTestId("save-answers-at-hand")).toBeVisible();

    // And back.
    await page.getByTestId("device-settings").getByRole("button", { name: D.settings.change }).click();
    await page.getByTestId("device-settings").locator('input[value="own"]').check();
    await page.getByTestId("device-settings").getByRole("button", { name: D.settings.save }).click();
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.settings.nowOwn);
    expect(await sessionKeys(page)).toEqual([]);
    expect((await storedDraft(page)).answers.patient.fullName).toBe(a.patient.fullName);
  });
});

test.describe("a draft left on the user's own device", () => {
  const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();

  test("is offered for deletion after 30 days, once a visit", async ({ page }) => {
    const draft = { ...draftWith(typical(), TEMPLATE), savedAt: daysAgo(31) };
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draft) });
    await page.goto("/questions/choose-letter/");
    await ready(page);
    const offer = page.getByTestId("stale-draft");
    await expect(offer).toContainText(D.stale.heading);
    await expectNoAxeViolations(page);
    await offer.getByRole("button", { name: D.stale.keep }).click();
    await expect(offer).toHaveCount(0);
    await page.reload();
    await ready(page);
    await expect(page.locator("h1")).toHaveText(J.chooseLetter.returning.title);
    await expect(page.getByTestId("stale-draft")).toHaveCount(0);
    expect((await storedDraft(page)).savedAt).toBe(draft.savedAt);
  });

  test("is deleted from the offer, with every key of ours", async ({ page }) => {
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify({ ...draftWith(typical(), TEMPLATE), savedAt: daysAgo(45) }) });
    await page.goto("/questions/choose-letter/");
    await ready(page);
    await page.getByTestId("stale-draft").getByRole("button", { name: D.stale.delete }).click();
    await expect(page.getByTestId("stale-deleted")).toContainText(D.deleted.done);
    await expectNoAxeViolations(page);
    expect(await ourKeys(page)).toEqual([]);
    await expect(page.locator("h1")).toHaveText(messages.journey.chooseLetter.title);
  });

  test("is not offered before 30 days", async ({ page }) => {
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify({ ...draftWith(typical(), TEMPLATE), savedAt: daysAgo(29) }) });
    await page.goto("/questions/choose-letter/");
    await ready(page);
    await expect(page.locator("h1")).toHaveText(J.chooseLetter.returning.title);
    await expect(page.getByTestId("stale-draft")).toHaveCount(0);
  });
});

test.describe("delete tells the truth", () => {
  test("with storage full, the saved draft is still shown, the warning names the cause, and delete deletes it", async ({ page }) => {
    const a = typical();
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, ALL_STEPS)) });
    // From now on every write meets a full store, as when the disk or the quota is full.
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    await page.goto("/questions/choose-letter/");
    await ready(page);
    await expect(page.locator("h1")).toHaveText(J.chooseLetter.returning.title);
    const warning = page.getByTestId("storage-warning");
    await expect(warning).toContainText(J.drafts.notSaving.full);
    await expect(warning).not.toContainText(J.drafts.notSaving.unavailable);
    await page.goto("/questions/patient-details/");
    await ready(page);
    await expect(page.locator("#fullName")).toHaveValue(a.patient.fullName);

    await page.goto("/your-answers/");
    await ready(page);
    await deleteAnswers(page);
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.deleted.done);
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.deleted.autofill);
    expect(await ourKeys(page)).toEqual([]);
  });

  test("when a key will not go, it says so and how to clear the site's data", async ({ page }) => {
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(typical(), TEMPLATE)) });
    // A fault (a browser bug, an extension) that makes removing our keys do nothing.
    await page.addInitScript((prefix) => {
      const remove = Storage.prototype.removeItem;
      Storage.prototype.removeItem = function (key: string) {
        if (key.startsWith(`${prefix}draft`)) return;
        return remove.call(this, key);
      };
    }, KEY_PREFIX);
    await page.goto("/your-answers/");
    await ready(page);
    await deleteAnswers(page);
    const failed = page.getByTestId("delete-failed");
    await expect(failed).toBeFocused();
    await expect(failed).toContainText(D.deleted.left);
    await expect(failed).toContainText(D.deleted.howTo);
    await expect(page.getByTestId("your-answers-banner")).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(await ourKeys(page)).toEqual([DRAFT_KEY]);
  });

  test("when the browser will not let us look, it says it cannot check", async ({ page }) => {
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
    await page.goto("/your-answers/");
    await ready(page);
    await answerDevice(page, "own");
    await deleteAnswers(page);
    await expect(page.getByTestId("delete-failed")).toContainText(D.deleted.unchecked);
    await expect(page.getByTestId("delete-failed")).toContainText(D.deleted.howTo);
    await expectNoAxeViolations(page);
  });
});

test.describe("nothing dropped in silence", () => {
  test("answers that cannot be read are kept aside as they were, named, and kept through the next save", async ({ page }) => {
    const a = typical();
    const draft = structuredClone(draftWith(a, TEMPLATE, ALL_STEPS)) as Record<string, any>;
    draft.answers.patient.fullName = 42;
    draft.answers.diagnosis.condition = ["not", "text"];
    draft.answers.reminders = { every: "2 weeks" };
    draft.letter.edits = { [TEMPLATE]: { thanks: "Thank you so much." }, "follow-up-no-reply": { thanks: "Kept for a newer version." } };
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draft) });
    await page.goto("/questions/current-team/");
    await ready(page);

    const notice = page.getByTestId("kept-answers");
    await expect(notice).toContainText(D.kept.heading);
    await expect(notice.getByRole("link", { name: pick(S["patient-details"].title) })).toHaveAttribute("href", "/questions/patient-details/");
    await expect(notice.getByRole("link", { name: pick(S.diagnosis.title) })).toHaveAttribute("href", "/questions/diagnosis/");
    await expectNoAxeViolations(page);

    // The next save (this page's Continue) keeps every part: kept aside, unknown, and every letter's rewording.
    await pressContinue(page);
    const stored = await storedDraft(page);
    expect(stored.kept).toEqual([
      { path: "answers.patient.fullName", value: 42 },
      { path: "answers.diagnosis.condition", value: ["not", "text"] },
    ]);
    expect(stored.answers.reminders).toEqual({ every: "2 weeks" });
    expect(stored.answers.patient.nhsNumber).toBe(a.patient.nhsNumber);
    expect(stored.letter.edits).toEqual(draft.letter.edits);
    expect(stored.progress.answered).toEqual(ALL_STEPS);

    // The your-answers page shows them, and gives them back as they were.
    await page.goto("/your-answers/");
    await ready(page);
    const section = page.getByTestId("kept-section");
    await expect(section).toContainText(pick(S["patient-details"].title));
    await expectNoAxeViolations(page);
    const [download] = await Promise.all([page.waitForEvent("download"), section.getByRole("button", { name: D.kept.download }).click()]);
    expect(JSON.parse(Buffer.from(await bytesOf(download)).toString("utf8"))).toEqual(stored.kept);

    // Answered again, the name is no longer in question.
    await page.goto("/questions/patient-details/");
    await ready(page);
    await page.locator("#fullName").fill(a.patient.fullName);
    await pressContinue(page);
    await expect(page.getByTestId("kept-answers")).not.toContainText(pick(S["patient-details"].title));
    await expect(page.getByTestId("kept-answers")).toContainText(pick(S.diagnosis.title));
    expect((await storedDraft(page)).kept).toEqual([{ path: "answers.diagnosis.condition", value: ["not", "text"] }]);
  });

  test("a copy set aside whole can be put back, after a question that says what would change, and downloaded as it was", async ({ page }) => {
    const a = typical();
    const older = draftWith({ ...a, patient: { ...a.patient, fullName: "Margaret A. Ellis" } }, TEMPLATE, ALL_STEPS);
    const copyKey = `${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`;
    const newerKey = `${ASIDE_KEY_PREFIX}2026-02-01T00:00:00.000Z`;
    const newer = JSON.stringify({ format: "second-opinion-draft", version: 99, answers: {} });
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, ALL_STEPS)), [copyKey]: JSON.stringify(older), [newerKey]: newer });
    await page.goto("/your-answers/");
    await ready(page);
    const copies = page.getByTestId("copies");
    await expect(copies.locator(".nhsuk-inset-text")).toHaveCount(2);

    // One saved by a newer version cannot be put back by this one: said, and it can still be downloaded whole.
    const newerCopy = copies.locator(".nhsuk-inset-text").first();
    await newerCopy.getByRole("button", { name: D.copies.restore }).click();
    await expect(newerCopy).toContainText(D.copies.cannotRestore);
    await expect(newerCopy).toContainText(D.copies.newer);
    const [download] = await Promise.all([page.waitForEvent("download"), newerCopy.getByRole("button", { name: D.copies.download }).click()]);
    expect(Buffer.from(await bytesOf(download)).toString("utf8")).toBe(newer);

    await copies.locator(".nhsuk-inset-text").nth(1).getByRole("button", { name: D.copies.restore }).click();
    const confirm = page.getByTestId("load-confirm");
    await expect(confirm.locator("h3")).toBeFocused();
    await expect(confirm.getByTestId("changes")).toContainText(S["patient-details"].fields.fullName.summary);
    await expect(confirm.getByTestId("changes")).toContainText("Margaret A. Ellis");
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: D.load.replace }).click();
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.copies.restored);
    expect((await storedDraft(page)).answers.patient.fullName).toBe("Margaret A. Ellis");
    const keys = await ourKeys(page);
    expect(keys).not.toContain(copyKey);
    expect(keys.some((k) => k.startsWith(REPLACED_KEY_PREFIX))).toBe(true);
  });
});

test.describe("nothing in a draft or a file can crash a page (issue 23, row 4)", () => {
  /** A draft whose answers hold a value nested 5,000 levels deep: about 10 KB, and a stack overflow in anything that copies it. */
  const deepDraft = () => JSON.stringify(draftWith(typical(), TEMPLATE)).replace('"nation":', `"deep":${"[".repeat(5000)}${"]".repeat(5000)},"nation":`);

  test("a stored draft nested thousands deep: every page opens, it is named and kept aside, and Your answers deletes it", async ({ page }) => {
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const text = deepDraft();
    await seedStorage(page, { [DRAFT_KEY]: text });
    await page.goto("/your-answers/");
    await ready(page);
    const banner = page.getByTestId("unreadable-draft");
    await expect(banner).toContainText(J.drafts.unreadable.heading);
    await expect(banner).toContainText(J.drafts.unreadable.tooLarge);
    // Kept aside byte for byte, not parsed: it can be downloaded as it was.
    const copy = page.getByTestId("copies").locator(".nhsuk-inset-text");
    await expect(copy).toHaveCount(1);
    const [download] = await Promise.all([page.waitForEvent("download"), copy.getByRole("button", { name: D.copies.download }).click()]);
    expect(Buffer.from(await bytesOf(download)).toString("utf8")).toBe(text);
    await copy.getByRole("button", { name: D.copies.restore }).click();
    await expect(copy).toContainText(D.copies.tooLarge);
    await deleteAnswers(page);
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.deleted.done);
    expect(await ourKeys(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test("an answers file nested thousands deep is refused in words, and nothing changes", async ({ page }) => {
    const a = typical();
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
    await page.goto("/your-answers/");
    await ready(page);
    await chooseFile(page, "deep.json", JSON.stringify({ schemaVersion: 1, deep: 0 }).replace('"deep":0', `"deep":${"[".repeat(3000)}${"]".repeat(3000)}`));
    const summary = page.locator(".nhsuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(messages.answers.file.tooDeep);
    expect((await storedDraft(page)).answers.patient.fullName).toBe(a.patient.fullName);
  });
});

test.describe("the answers file is the whole draft", () => {
  test("save, delete, load: the letter page shows the same letter with its rewording", async ({ page }) => {
    const a = typical();
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, ALL_STEPS)) });
    await page.goto("/letter/");
    await ready(page);
    const edit = "Thank you for reading this, and for everything you have done so far.";
    await page.getByRole("button", { name: L.editing.start }).click();
    const block = page.locator('[data-block-id="thanks"]');
    await block.getByRole("button", { name: startingWith(L.editing.edit) }).click();
    await block.locator("textarea").fill(edit);
    await block.getByRole("button", { name: L.editing.save }).click();
    await page.getByRole("button", { name: L.editing.finish }).first().click();
    const letterBefore = await page.locator("article.letter").innerText();
    expect(letterBefore).toContain(edit);

    await page.goto("/your-answers/");
    await ready(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: J.yourAnswers.save.button }).click()]);
    const file = Buffer.from(await bytesOf(download));
    const saved = JSON.parse(file.toString("utf8"));
    // Beside the rewording, our wording of that part as it was then (to see answers changed since).
    expect(saved.letter).toEqual({ templateId: TEMPLATE, edits: { [TEMPLATE]: { thanks: edit } }, basis: { [TEMPLATE]: { thanks: expect.any(String) } } });
    expect(saved.progress.answered).toEqual(ALL_STEPS);

    await deleteAnswers(page);
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.deleted.done);
    expect(await ourKeys(page)).toEqual([]);

    await chooseFile(page, "second-opinion-answers.json", file);
    await expect(page.getByTestId("your-answers-banner")).toContainText(J.yourAnswers.load.done);
    // Nothing was on the device to replace, so nothing to undo.
    await expect(page.getByRole("button", { name: D.load.undo })).toHaveCount(0);
    await page.goto("/letter/");
    await ready(page);
    await expect(page.locator("article.letter")).toContainText(edit);
    expect(await page.locator("article.letter").innerText()).toBe(letterBefore);
  });

  test("loading over answers on the device asks first, says what would change, and can be undone", async ({ page }) => {
    const a = typical();
    const mine = draftWith(a, TEMPLATE, ALL_STEPS);
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(mine) });
    const theirs = { ...a, schemaVersion: 1, patient: { ...a.patient, fullName: "Iona Ross" }, letter: { templateId: "pals-concern" } };
    await page.goto("/your-answers/");
    await ready(page);

    // "No, keep my answers" changes nothing.
    await chooseFile(page, "other.json", JSON.stringify(theirs));
    const confirm = page.getByTestId("load-confirm");
    await expect(confirm.locator("h3")).toHaveText(D.load.replaceHeading);
    await expect(confirm.locator("h3")).toBeFocused();
    const changes = confirm.getByTestId("changes");
    await expect(changes).toContainText(S["patient-details"].fields.fullName.summary);
    await expect(changes).toContainText(a.patient.fullName);
    await expect(changes).toContainText("Iona Ross");
    await expect(changes).toContainText(messages.letters["pals-concern"].userTitle);
    await expect(changes).not.toContainText(S["patient-details"].fields.dateOfBirth.summary);
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: D.load.cancel }).click();
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.load.cancelled);
    expect((await storedDraft(page)).answers.patient.fullName).toBe(a.patient.fullName);

    // "Yes, replace" replaces, keeps a copy, and offers an undo.
    await chooseFile(page, "other.json", JSON.stringify(theirs));
    await page.getByTestId("load-confirm").getByRole("button", { name: D.load.replace }).click();
    const banner = page.getByTestId("your-answers-banner");
    await expect(banner).toBeFocused();
    await expect(banner).toContainText(J.yourAnswers.load.done);
    const replaced = await storedDraft(page);
    expect(replaced.answers.patient.fullName).toBe("Iona Ross");
    expect(replaced.letter.templateId).toBe("pals-concern");
    expect((await ourKeys(page)).filter((k) => k.startsWith(REPLACED_KEY_PREFIX))).toHaveLength(1);
    await expectNoAxeViolations(page);

    await banner.getByRole("button", { name: D.load.undo }).click();
    await expect(page.getByTestId("your-answers-banner")).toContainText(D.load.undone);
    const undone = await storedDraft(page);
    expect(undone.answers).toEqual(mine.answers);
    expect(undone.letter).toEqual(mine.letter);
    expect(undone.progress).toEqual(mine.progress);
    expect((await ourKeys(page)).filter((k) => k.startsWith(REPLACED_KEY_PREFIX))).toEqual([]);
    await expectNoAxeViolations(page);
  });

  test("a file with keys we do not know is named key by key before it is loaded", async ({ page }) => {
    await page.goto("/your-answers/");
    await ready(page);
    await answerDevice(page, "own");
    await chooseFile(
      page,
      "typos.json",
      JSON.stringify({ schemaVersion: 1, nation: "wales", ownwords: "typed", patient: { fullName: "Iona Ross", nhsnumber: "1" } }),
    );
    const confirm = page.getByTestId("load-confirm");
    await expect(confirm.getByRole("heading", { name: D.load.loadHeading })).toBeFocused();
    const unknown = confirm.getByTestId("unknown-keys");
    await expect(unknown).toContainText(
      fill(D.load.unknownKey, { path: "ownwords", message: fill(messages.answers.file.unknownFieldNear, { suggestion: "ownWords" }) }),
    );
    await expect(unknown).toContainText(
      fill(D.load.unknownKey, { path: "patient.nhsnumber", message: fill(messages.answers.file.unknownFieldNear, { suggestion: "nhsNumber" }) }),
    );
    expect(await storedDraft(page)).toBeNull();
    await expectNoAxeViolations(page);
    await confirm.getByRole("button", { name: D.load.load }).click();
    await expect(page.getByTestId("your-answers-banner")).toContainText(J.yourAnswers.load.done);
    expect((await storedDraft(page)).answers).toEqual({
      schemaVersion: 1,
      nation: "wales",
      ownwords: "typed",
      patient: { fullName: "Iona Ross", nhsnumber: "1" },
    });
  });

  test("a file that is not UTF-8 is refused with a message, and nothing changes", async ({ page }) => {
    const a = typical();
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE)) });
    await page.goto("/your-answers/");
    await ready(page);
    const latin1 = Buffer.from(JSON.stringify({ schemaVersion: 1, patient: { fullName: "José Müller" } }), "latin1");
    await chooseFile(page, "latin1.json", latin1);
    const summary = page.locator(".nhsuk-error-summary");
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(messages.answers.file.notUtf8);
    await expectNoAxeViolations(page);
    expect((await storedDraft(page)).answers.patient.fullName).toBe(a.patient.fullName);
  });
});

test("the email link says where the letter goes before the email app opens", async ({ page }) => {
  const a = typical();
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, TEMPLATE, ALL_STEPS)) });
  await page.goto("/letter/");
  await ready(page);
  const link = page.getByRole("link", { name: L.email });
  const href = await link.getAttribute("href");
  await link.click();
  const warning = page.getByTestId("email-warning");
  await expect(warning.locator("h3")).toBeFocused();
  await expect(warning).toContainText(D.email.heading);
  await expect(warning).toContainText("NHS number");
  await expect(warning.getByRole("link", { name: D.email.open })).toHaveAttribute("href", href!);
  await expectNoAxeViolations(page);
  await warning.getByRole("button", { name: D.email.cancel }).click();
  await expect(warning).toHaveCount(0);
  await expect(link).toBeFocused();
});
