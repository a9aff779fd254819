import { expect, type Page, test } from "@playwright/test";
import { LETTER_IDS } from "../../templates";
import { messages } from "../../messages";
import { STEPS } from "../../lib/steps";
import { TYPING_KEY_PREFIX } from "../../lib/draft/typing";
import { FIRST_LETTER_MINUTES } from "../../lib/journey/time-taken";
import { pageOrder } from "../fixtures/page-order";
import { expectNoAxeViolations } from "./helpers/axe";
import { fill } from "../../messages/format";
import { pattern, startingWith } from "./helpers/words";
import { DRAFT_KEY, draftWith, exampleAnswers, JOURNEYS, journeyFor, pressContinue, ready, replyByIso, seedStorage, storedDraft } from "./helpers/journey";

// A journey a frightened person finishes on a phone (360 px): Start now on the first screen, where
// you are on every page, check answers short enough to read with a Change that comes back to its
// row, typing that survives a reload, and rewording that says when the answers under it changed.

test.use({ viewport: { width: 360, height: 740 } });

const GP = "gp-oncology-second-opinion" as const;
const J = messages.journey;
const L = messages.letterPage;

/** A letter's browser-journey answers, or (for a letter without a journey) its typical example's. */
const answersFor = (templateId: string) =>
  JOURNEYS.some((j) => j.templateId === templateId) ? journeyFor(templateId).answers : exampleAnswers(templateId, "typical");

async function openAt(page: Page, path: string, templateId: string = GP, answers = answersFor(templateId)) {
  const steps = pageOrder(templateId);
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({ ...answers, replyBy: replyByIso() }, templateId, steps)) });
  await page.goto(path);
  await ready(page);
}

test("the start page says how long it takes (as measured) and that it works without signal, and Start now is on the first phone screen", async ({ page }) => {
  await page.goto("/", { waitUntil: "networkidle" });
  await expect(page.getByText(fill(messages.start.duration, { minutes: FIRST_LETTER_MINUTES }))).toBeVisible();
  await expect(page.getByText(messages.start.offline)).toBeVisible();
  const start = page.getByRole("link", { name: messages.start.startNow }).first();
  const box = (await start.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(740);
});

test("every question page of every letter says where the user is: section, page and how many", async ({ page }) => {
  test.setTimeout(120_000);
  for (const id of LETTER_IDS) {
    const steps = pageOrder(id);
    await openAt(page, `/questions/${steps[0]}/`, id);
    for (const [i, step] of steps.entries()) {
      await page.goto(`/questions/${step}/`);
      await ready(page);
      const section = STEPS.find((s) => s.id === step)!.section;
      const words = J.sections[section];
      const name = typeof words === "string" ? words : words[answersFor(id).writer.role === "helper" ? "helper" : "self"];
      await expect(page.getByTestId("progress"), `${id}: ${step}`).toHaveText(`${name}: page ${i + 1} of ${steps.length}`);
    }
  }
});

test("check answers: grouped by section, about four phone screens, and a Change comes back to its row with focus on it", async ({ page }) => {
  await openAt(page, "/questions/check-answers/");
  await expect(page.locator(".app-check-list").first()).toBeVisible();
  await expect(page.locator("main h2")).toContainText([J.sections.about as string]);
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  // 6,800 px before (issue 11); about 2,900 px now.
  expect(height).toBeLessThanOrEqual(3100);
  await expectNoAxeViolations(page);

  const row = page.locator("#row-preferred-team");
  await row.getByRole("link", { name: startingWith(J.checkAnswers.change) }).click();
  await page.waitForURL(/\/questions\/preferred-team\/\?returnTo=check$/);
  await ready(page);
  await page.locator("#hospital").fill("Velindre Cancer Centre");
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  await page.waitForURL(/\/questions\/check-answers\/#row-preferred-team$/);
  await expect(row).toBeFocused();
  await expect(row).toContainText("Velindre Cancer Centre");
  const top = await row.evaluate((el) => el.getBoundingClientRect().top);
  expect(top).toBeGreaterThanOrEqual(0);
  expect(top).toBeLessThan(740);
});

test("surgery: why and when are asked only once surgery has been talked about", async ({ page }) => {
  await openAt(page, "/questions/surgery/", "gp-surgical-second-opinion");
  await expect(page.locator("#toldOn-day")).toBeVisible();
  await page.locator('input[name="toldWhat"][value="not-discussed"]').check();
  await expect(page.locator("#toldOn-day")).toBeHidden();
  await expect(page.locator("#reasonGiven")).toBeHidden();
  await expectNoAxeViolations(page);
  await pressContinue(page);
  expect((await storedDraft(page)).answers.surgery.toldWhat).toBe("not-discussed");
  expect((await storedDraft(page)).answers.surgery.toldOn).toBeUndefined();
});

test("contact: a phone number, an email address or both, or a reply by post with neither", async ({ page }) => {
  const a = journeyFor(GP).answers;
  await openAt(page, "/questions/contact/", GP, { ...a, patient: { ...a.patient, phone: undefined, email: undefined, preferredContact: undefined } });
  await expect(page.getByText(messages.steps.contact.intro[0]!.self)).toBeVisible();
  await page.locator('input[name="preferredContact"][value="phone"]').check();
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  await expect(page.locator(".nhsuk-error-summary")).toContainText(messages.answers.reasons.contactPhone);
  await page.locator('input[name="preferredContact"][value="post"]').check();
  await pressContinue(page);
  const patient = (await storedDraft(page)).answers.patient;
  expect(patient.preferredContact).toBe("post");
  expect(patient.phone ?? "").toBe("");
});

test("one thing a page: a helper's own address is asked beside the patient's, not with how a reply reaches them", async ({ page }) => {
  const ONC = "oncologist-surgical-review";
  const a = journeyFor(ONC).answers;
  expect(a.writer.role).toBe("helper");
  await openAt(page, "/questions/contact/", ONC);
  await expect(page.locator('input[name="ownAddress"]')).toHaveCount(0);

  await openAt(page, "/questions/patient-address/", ONC, { ...a, writer: { ...a.writer, address: undefined } });
  const W = messages.steps["patient-address"].fields;
  await expect(page.locator("#writerLine1")).toBeHidden();
  await page.locator('input[name="ownAddress"][value="yes"]').check();
  await expect(page.locator("#writerLine1")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toContainText(W.writerLine1.required);
  await expect(summary).not.toContainText(W.line1.required);
  await expectNoAxeViolations(page);
  await page.locator("#writerLine1").fill(a.writer.address.line1);
  await page.locator("#writerTown").fill(a.writer.address.town);
  await page.locator("#writerPostcode").fill(a.writer.address.postcode);
  await pressContinue(page);
  const saved = (await storedDraft(page)).answers;
  expect(saved.writer.address).toMatchObject({ line1: a.writer.address.line1, postcode: a.writer.address.postcode });
  // The patient's own address is untouched.
  expect(saved.patient.address).toEqual(a.patient.address);
});

test("the last page asks the two optional things together, and Continue with both blank moves on", async ({ page }) => {
  const a = journeyFor(GP).answers;
  const { ownWords: _o, ...rest } = a;
  await openAt(page, "/questions/reply-by/", GP, rest);
  await page.locator("#replyBy-day").fill("");
  await page.locator("#replyBy-month").fill("");
  await page.locator("#replyBy-year").fill("");
  await expect(page.locator("#ownWords")).toBeVisible();
  await expectNoAxeViolations(page);
  await pressContinue(page);
  expect(new URL(page.url()).pathname).toBe("/questions/check-answers/");
  const saved = (await storedDraft(page)).answers;
  expect(saved.replyBy).toBeUndefined();
  expect(saved.ownWords).toBeUndefined();
});

test("what is typed on a page survives a reload before it is submitted, and is let go once it is", async ({ page }) => {
  await openAt(page, "/questions/patient-details/");
  await page.locator("#fullName").fill("Gwen Pritchard");
  await page.locator("#dateOfBirth-month").fill("April");
  // Kept in the tab's own session storage (issue 23, row 1): no other tab writes it, or deletes it when it saves.
  const typing = () => page.evaluate((key) => [localStorage.getItem(key), sessionStorage.getItem(key)], `${TYPING_KEY_PREFIX}patient-details`);
  const [inLocal, inSession] = await typing();
  expect(inLocal).toBeNull();
  expect(inSession).toContain("Gwen Pritchard");
  await page.reload();
  await ready(page);
  await expect(page.locator("#fullName")).toHaveValue("Gwen Pritchard");
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  // "April" is kept, and gets a message that says what to type.
  await expect(page.locator(".nhsuk-error-summary")).toContainText(messages.form.dates.monthRange);
  await page.locator("#dateOfBirth-month").fill("4");
  await pressContinue(page);
  expect((await storedDraft(page)).answers.patient.fullName).toBe("Gwen Pritchard");
  expect(await typing()).toEqual([null, null]);
});

test("what is typed is kept when a link on the page is followed at once, and is there on coming back (issue 22, point 5)", async ({ page }) => {
  await openAt(page, "/questions/preferred-team/");
  const hospital = page.locator("#hospital");
  await hospital.fill("");
  // Typed, then straight to the guide the page links to: no pause for the keep's moment after the last key.
  await hospital.pressSequentially("Clatterbridge", { delay: 0 });
  const guide = messages.steps["preferred-team"].guide;
  await page.getByRole("link", { name: guide.text }).click();
  await page.waitForURL(new RegExp(`${guide.href}$`));
  await page.goBack();
  await ready(page);
  await expect(page.locator("#hospital")).toHaveValue("Clatterbridge");
});

test("rewording written from an answer changed since is marked on check answers and the letter page, with our wording beside it", async ({ page }) => {
  await openAt(page, "/letter/");
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(messages.letterPage.title);
  await expect(heading).toBeFocused();
  await expect(page.getByTestId("ready-panel")).toContainText(messages.letters[GP].ready);
  await expectNoAxeViolations(page);

  // Reword the part that names the first-choice hospital.
  const hospital: string = journeyFor(GP).answers.preferred.hospital;
  await page.getByRole("button", { name: L.editing.start }).click();
  const part = page.locator(".app-letter-edit__block", { hasText: hospital }).first();
  const id = await part.getAttribute("data-block-id");
  await part.getByRole("button", { name: startingWith(L.editing.edit) }).click();
  const mine = `${(await part.locator("textarea").inputValue()).trim()} I can travel there by train.`;
  await part.locator("textarea").fill(mine);
  await part.getByRole("button", { name: L.editing.save }).click();
  await expect(part).toContainText(L.editing.changed);
  await expect(page.getByTestId("stale-rewording")).toHaveCount(0);

  // Change the hospital from check answers.
  await page.goto("/questions/preferred-team/?returnTo=check");
  await ready(page);
  await page.locator("#hospital").fill("Velindre Cancer Centre");
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
  await page.waitForURL(/check-answers/);
  const notice = page.getByTestId("stale-rewording");
  const firstChoice = fill(J.checkAnswers.pageName, { name: messages.steps["preferred-team"].summary });
  await expect(notice).toContainText(J.checkAnswers.stale.heading);
  await expect(notice).toContainText(firstChoice);
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: J.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  const warning = page.getByTestId("stale-rewording");
  await expect(warning).toContainText(messages.letterPage.stale.heading);
  await expect(warning).toContainText(pattern(L.stale.item, { pages: firstChoice }));
  await expectNoAxeViolations(page);

  // "Check paragraph n" opens the editor on that part, focused, with our wording now beside the user's.
  await warning.getByRole("button", { name: startingWith(fill(L.stale.check, { part: "" })) }).click();
  const stale = page.locator(`.app-letter-edit [data-block-id="${id}"]`);
  await expect(stale).toBeFocused();
  await expect(stale.getByTestId("stale-part")).toContainText(pattern(L.stale.inPart, { pages: firstChoice }));
  await expect(stale.getByTestId("stale-part")).toContainText("Velindre Cancer Centre");
  await expect(stale).toContainText(mine);
  // One button puts our wording back while the part is marked: "Use our wording", not Reset as well.
  await expect(stale.getByRole("button", { name: startingWith(L.stale.useOurs) })).toHaveCount(1);
  await expect(stale.getByRole("button", { name: startingWith(L.editing.reset) })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // Keep my wording: checked, so no longer marked; focus stays on the part.
  await stale.getByRole("button", { name: startingWith(L.stale.keep) }).click();
  await expect(stale.getByTestId("stale-part")).toHaveCount(0);
  await expect(stale).toBeFocused();
  await expect(page.getByTestId("stale-rewording")).toHaveCount(0);
  const draft = await storedDraft(page);
  expect(draft.letter.edits[GP][id!]).toBe(mine);
  expect(draft.letter.basis[GP][id!]).toContain("Velindre Cancer Centre");

  // Reset to our wording: focus on the part, which now has our words.
  await stale.getByRole("button", { name: startingWith(L.editing.reset) }).click();
  await expect(stale).toBeFocused();
  await expect(stale).toContainText("Velindre Cancer Centre");
  await expect(stale).not.toContainText("by train");
});
