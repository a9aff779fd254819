import { expect, test, type Page } from "@playwright/test";
import ICAL from "ical.js";
import { docxText, normaliseWords, pdfInfo, pdfText } from "../helpers/extract";
import { messages } from "../../messages";
import { expectNoAxeViolations } from "./helpers/axe";
import { downloadFrom } from "./helpers/files";
import {
  answerAll,
  DRAFT_KEY,
  draftWith,
  exampleAnswers,
  journeyFor,
  nhsFormatted,
  ready,
  replyByIso,
  seedStorage,
  storedDraft,
  type Answers,
} from "./helpers/journey";

// After the letter (issue 13): the letter page's reminder, consent form and log, and the way from a
// letter that had no reply to its follow-up letter. One or two downloads a page.

const A = messages.letterAfter.page;

/** A date `days` before today, as ISO (the browser and the test share a clock). */
function daysAgo(days: number): string {
  return replyByIso(-days);
}

async function openLetter(page: Page, a: Answers, templateId: string) {
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith(a, templateId)) });
  await page.goto("/letter/");
  await ready(page);
  await expect(page.getByRole("heading", { name: A.heading })).toBeVisible();
}

/** Types a note into the log form and saves it. */
async function addNote(page: Page, note: { date: string; who: string; what: string }) {
  await page.getByRole("button", { name: A.log.add }).click();
  const [y, m, d] = note.date.split("-");
  await page.locator("#date-day").fill(String(Number(d)));
  await page.locator("#date-month").fill(String(Number(m)));
  await page.locator("#date-year").fill(y!);
  await page.locator("#who").fill(note.who);
  await page.locator("#what").fill(note.what);
  await page.getByRole("button", { name: A.log.save }).click();
  await expect(page.getByTestId("log-status")).toHaveText(A.log.saved);
}

test("from a letter with no reply to its follow-up: a reminder, a note of what happened, and the follow-up letter", async ({ page }) => {
  const a: Answers = { ...journeyFor("gp-oncology-second-opinion").answers, replyBy: replyByIso() };
  await openLetter(page, a, "gp-oncology-second-opinion");
  // A referral letter encloses no earlier letter.
  await expect(page.getByRole("button", { name: A.firstLetterPdf })).toHaveCount(0);

  // The reminder: a calendar file for the morning after the reply-by date, with nothing about the patient's health.
  const reminder = await downloadFrom(page, A.reminder);
  expect(reminder.name).toBe("reminder.ics");
  const ics = new TextDecoder().decode(reminder.bytes);
  const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
  const dayAfter = new Date(`${a.replyBy}T12:00:00Z`);
  dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
  expect(event.startDate.toString()).toBe(`${dayAfter.toISOString().slice(0, 10)}T09:00:00`);
  // The reminder's own words, as the user reads them in their calendar: written out on purpose.
  expect(event.summary).toBe("Check for a reply to your letter to Dr Shah");
  // The site by its name and the address it was made at (issue 22, point 3).
  const origin = new URL(page.url()).origin;
  expect(event.description).toBe(
    `If there is no reply, the website Ask for a second opinion (${origin}/) can write a follow-up letter for you. It can use the answers kept in the browser you used.`,
  );
  for (const secret of [a.patient.nhsNumber, nhsFormatted(a.patient.nhsNumber), a.patient.fullName, a.diagnosis.condition, a.patient.address.postcode])
    expect(ics.replace(/\r\n[ \t]/g, "")).not.toContain(secret);

  // The log: a note that is not complete is put right first, then kept in the draft.
  await page.getByRole("button", { name: A.log.add }).click();
  await page.getByRole("button", { name: A.log.save }).click();
  await expect(page.locator(".nhsuk-error-summary")).toBeFocused();
  await expect(page.locator(".nhsuk-error-summary")).toContainText(A.log.errors.date);
  await expect(page.locator(".nhsuk-error-summary")).toContainText(A.log.errors.who);
  await page.getByRole("button", { name: A.log.cancel }).click();
  const note = { date: daysAgo(3), who: "Church Road Surgery", what: "Phoned the practice. They said the letter had not arrived" };
  await addNote(page, note);
  await expect(page.getByTestId("log").locator("table")).toContainText(note.what);
  expect((await storedDraft(page)).answers.log).toEqual([note]);
  await expectNoAxeViolations(page);

  // The follow-up: this letter is chosen already; only when and how it was sent are asked.
  await page.getByRole("link", { name: A.followUpLink }).click();
  await page.waitForURL(/\/questions\/first-letter\/$/);
  await ready(page);
  await expect(page.locator('input[name="letter"][value="gp-oncology-second-opinion"]')).toBeChecked();
  const asked = await answerAll(page, { ...a, followUp: { letter: "gp-oncology-second-opinion", sentOn: daysAgo(7), sentBy: "online-form" } });
  // The rest was answered for the first letter.
  expect(asked[0]).toBe("first-letter");
  for (const step of ["who-is-writing", "patient-details", "gp", "current-team", "preferred-team"]) expect(asked).not.toContain(step);
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);

  // The follow-up letter's own wording (as its goldens have it): written out on purpose.
  const letter = page.locator("article.letter");
  await expect(letter).toContainText("Follow-up: Second opinion from another cancer team");
  await expect(letter).toContainText("through your online form");
  await expect(letter).toContainText("What has happened since:");
  await expect(letter).toContainText(note.what);
  await expect(letter).toContainText("I will raise a concern with the practice manager");
  // And its PDF says so too.
  const pdf = await downloadFrom(page, messages.letterPage.pdf);
  expect(pdf.name).toBe("follow-up-letter.pdf");
  const text = normaliseWords(await pdfText(pdf.bytes));
  expect(text).toContain(normaliseWords(note.what));
  expect(text).toContain(normaliseWords("Follow-up: Second opinion from another cancer team"));
});

test("someone writing for the patient gets a consent form beside the letter, in PDF and Word", async ({ page }) => {
  const a: Answers = { ...exampleAnswers("records-request", "carer") };
  await openLetter(page, a, "records-request");
  await expect(page.getByRole("link", { name: A.followUpLink })).toHaveCount(0);

  const pdf = await downloadFrom(page, A.consentPdf);
  expect(pdf.name).toBe("consent-form.pdf");
  const fromPdf = normaliseWords(await pdfText(pdf.bytes));
  expect((await pdfInfo(pdf.bytes)).pages).toBe(1);
  const agree = normaliseWords(`I, ${a.patient.fullName}, agree that ${a.writer.fullName} may speak for me about my request for a second opinion.`);
  expect(fromPdf).toContain(agree);
  expect(fromPdf).toContain(normaliseWords(nhsFormatted(a.patient.nhsNumber)));

  const word = await downloadFrom(page, A.consentWord);
  expect(word.name).toBe("consent-form.docx");
  const fromWord = normaliseWords(await docxText(word.bytes));
  expect(fromWord).toContain(agree);
  expect(fromWord).toContain(normaliseWords(messages.letterAfter.consentForm.signed));
});

test("a follow-up's letter page offers the first letter's PDF, dated the day it was sent, as it was reworded", async ({ page }) => {
  const a: Answers = { ...exampleAnswers("follow-up-no-reply", "typical"), replyBy: replyByIso() };
  a.followUp.sentOn = daysAgo(14);
  // The first letter was reworded before it was sent: the copy is the letter as it went.
  const thanks = "Thank you very much for reading my letter.";
  const draft = draftWith(a, "follow-up-no-reply");
  draft.letter = { templateId: "follow-up-no-reply", edits: { [a.followUp.letter]: { thanks } } };
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draft) });
  await page.goto("/letter/");
  await ready(page);
  await expect(page.getByRole("heading", { name: A.firstLetterHeading })).toBeVisible();
  await expectNoAxeViolations(page);

  const first = await downloadFrom(page, A.firstLetterPdf);
  expect(first.name).toBe(`${messages.letters[a.followUp.letter as "gp-oncology-second-opinion"].fileName}.pdf`);
  await expect(page.getByTestId("after-status")).toContainText(first.name);
  const text = normaliseWords(await pdfText(first.bytes));
  // The first letter's own heading, its date (the day it was sent, as the letter writes it) and the rewording: not the follow-up.
  const sent = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${a.followUp.sentOn}T12:00:00Z`),
  );
  expect(text).toContain(normaliseWords("Second opinion from another cancer team"));
  expect(text).toContain(normaliseWords(sent));
  expect(text).toContain(normaliseWords(thanks));
  expect(text).not.toContain("Follow-up:");
  expect(text).toContain(normaliseWords(a.patient.fullName));
});
