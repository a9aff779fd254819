import { expect, test, type Page } from "@playwright/test";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { expectNoAxeViolations } from "./helpers/axe";
import { DRAFT_KEY, draftWith, journeyFor, pressContinue, ready, seedStorage, startLetter } from "./helpers/journey";
import { startingWith } from "./helpers/words";

// Errors, the NHS way: an error summary titled "There is a problem" that takes focus and links to
// each field, the same message above each field, and "Error: " at the start of the page title.
// The messages each page must give are written out on purpose: they are the sentences the user
// reads, with the voice, the nation's name for the patient number and the date's parts filled in,
// checked as such rather than put together again from the catalogue the page puts them together from.

async function submit(page: Page) {
  await page.getByRole("button", { name: messages.form.continue, exact: true }).click();
}

async function expectErrors(page: Page, expected: string[]) {
  const summary = page.locator(".nhsuk-error-summary");
  await expect(summary).toBeVisible();
  await expect(summary.getByRole("heading", { level: 2 })).toHaveText(messages.form.errorSummaryTitle);
  await expect(summary).toBeFocused();
  await expect(summary.locator("li")).toHaveText(expected);
  for (const message of expected) {
    await expect(page.locator(".nhsuk-error-message", { hasText: message })).toHaveCount(1);
  }
  await expect(page).toHaveTitle(startingWith(messages.form.errorPrefix));
}

test("patient details: every problem shown, linked and fixed", async ({ page }) => {
  await startLetter(page, "gp-oncology-second-opinion");
  const a = journeyFor("gp-oncology-second-opinion").answers;
  // Who is writing and the nation first.
  await page.locator('input[name="role"][value="patient"]').check();
  await pressContinue(page);
  await page.locator('input[name="nation"][value="england"]').check();
  await pressContinue(page);
  await expect(page).toHaveURL(/\/questions\/patient-details\/$/);
  const title = await page.title();
  expect(title).not.toMatch(startingWith(messages.form.errorPrefix));

  // An empty submit: all three required answers reported.
  await submit(page);
  await expectErrors(page, ["Enter your full name", "Enter your date of birth", "Enter your NHS number"]);
  await expect(page).toHaveURL(/\/questions\/patient-details\/$/);
  await expectNoAxeViolations(page);

  // Each link in the summary moves focus to its field.
  const F = messages.steps["patient-details"].fields;
  await page.locator(".nhsuk-error-summary a", { hasText: fill(F.nhsNumber.required.self, { term: messages.answers.identifierTerms.england }) }).click();
  await expect(page.locator("#nhsNumber")).toBeFocused();
  await page.locator(".nhsuk-error-summary a", { hasText: F.dateOfBirth.required.self }).click();
  await expect(page.locator("#dateOfBirth-day")).toBeFocused();
  // The fields say which message describes them.
  await expect(page.locator("#nhsNumber")).toHaveAttribute("aria-describedby", /nhsNumber-error/);

  // Wrong answers get their own messages.
  await page.locator("#fullName").fill(a.patient.fullName);
  await page.locator("#dateOfBirth-day").fill("12");
  await page.locator("#dateOfBirth-year").fill("1958");
  await page.locator("#nhsNumber").fill("943 476 5918");
  await submit(page);
  await expectErrors(page, ["Date of birth must include a month", "Enter a valid NHS number. Check each digit: one may be mistyped"]);
  // Only the missing part of the date is marked.
  await expect(page.locator("#dateOfBirth-month")).toHaveClass(/nhsuk-input--error/);
  await expect(page.locator("#dateOfBirth-day")).not.toHaveClass(/nhsuk-input--error/);
  await expectNoAxeViolations(page);

  await page.locator("#dateOfBirth-month").fill("13");
  await page.locator("#nhsNumber").fill("12345");
  await submit(page);
  await expectErrors(page, ["Month must be a number from 1 to 12", "NHS number must be 10 digits"]);

  // Fixed: the page moves on, the title loses "Error: ".
  await page.locator("#dateOfBirth-month").fill("4");
  await page.locator("#nhsNumber").fill("943 476 5919");
  await pressContinue(page);
  await expect(page).toHaveURL(/\/questions\/patient-address\/$/);
  await expect(page).not.toHaveTitle(startingWith(messages.form.errorPrefix));
  await expect(page.locator(".nhsuk-error-summary")).toHaveCount(0);

  // Back: the answers are there, the NHS number spaced the NHS way.
  await page.getByRole("link", { name: messages.form.back }).click();
  await expect(page).toHaveURL(/\/questions\/patient-details\/$/);
  await expect(page.locator("#nhsNumber")).toHaveValue("943 476 5919");
  await expect(page.locator("#dateOfBirth-month")).toHaveValue("4");
});

test("the patient number uses the nation's own name", async ({ page }) => {
  await startLetter(page, "pals-concern");
  await page.locator('input[name="role"][value="patient"]').check();
  await pressContinue(page);
  await page.locator('input[name="nation"][value="scotland"]').check();
  await pressContinue(page);
  await expect(page.getByLabel(messages.answers.identifierTerms.scotland)).toBeVisible();
  await submit(page);
  await expectErrors(page, ["Enter your full name", "Enter your date of birth", "Enter your CHI number"]);
});

test("a CHI number that does not start with the date of birth is a warning to check, then Continue goes on", async ({ page }) => {
  await startLetter(page, "pals-concern");
  await page.locator('input[name="role"][value="patient"]').check();
  await pressContinue(page);
  await page.locator('input[name="nation"][value="scotland"]').check();
  await pressContinue(page);
  // The hint's example starts with a date, the one it names.
  await expect(page.locator("#nhsNumber-hint")).toContainText("like 310 358 2706 for someone born on 31 March 1958");

  await page.locator("#fullName").fill("Morag Campbell");
  await page.locator("#dateOfBirth-day").fill("12");
  await page.locator("#dateOfBirth-month").fill("4");
  await page.locator("#dateOfBirth-year").fill("1958");
  await page.locator("#nhsNumber").fill("943 476 5919");
  await submit(page);
  // Not an error: a warning, which takes focus, written out as the user reads it.
  const warning = page.getByTestId("answer-warning");
  await expect(warning).toBeFocused();
  await expect(warning).toContainText(messages.form.warning.heading);
  await expect(warning).toContainText(
    "A CHI number usually starts with the date of birth. For 12 April 1958, that is 120458. Check the CHI number and the date of birth. If both are right, you can carry on.",
  );
  await expect(page.locator(".nhsuk-error-summary")).toHaveCount(0);
  await expect(page).toHaveURL(/\/questions\/patient-details\/$/);
  await expect(page).not.toHaveTitle(startingWith(messages.form.errorPrefix));
  await expectNoAxeViolations(page);

  // The number is right: Continue again goes on, and the number is kept as it was typed.
  await pressContinue(page);
  await expect(page).toHaveURL(/\/questions\/patient-address\/$/);
  const stored = await page.evaluate((key) => JSON.parse(window.localStorage.getItem(key) ?? "{}"), DRAFT_KEY);
  expect(stored.answers.patient.nhsNumber).toBe("9434765919");
});

/** Each page with answers that are missing or wrong, and the messages they must give. */
const ERROR_STATES: { letter: string; step: string; act?: (page: Page) => Promise<void>; messages: string[] }[] = [
  { letter: "gp-surgical-second-opinion", step: "who-is-writing", messages: ["Select yes if you are the patient"] },
  {
    letter: "gp-surgical-second-opinion",
    step: "who-is-writing",
    act: (page) => page.locator('input[name="role"][value="helper"]').check(),
    messages: [
      "Enter your full name",
      "Enter how you know the patient, for example daughter or friend",
      "Select how the letter should talk about the patient",
      "You can only write this letter if the patient has agreed. Tick the box to confirm they have",
    ],
  },
  { letter: "gp-surgical-second-opinion", step: "nation", messages: ["Select where you get your NHS care"] },
  {
    letter: "gp-surgical-second-opinion",
    step: "patient-address",
    act: (page) => page.locator("#postcode").fill("nowhere"),
    messages: ["Enter the first line of the address", "Enter the town or city", "Enter a full UK postcode, like SW1A 1AA"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "contact",
    messages: ["Select how you would like a reply"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "contact",
    act: async (page) => {
      await page.locator("#email").fill("not an email");
      await page.locator('input[name="preferredContact"][value="phone"]').check();
    },
    // In the order of the page: phone, then email.
    messages: ["Enter a phone number, or choose another way to be contacted", "Enter an email address in the correct format, like name@example.com"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "gp",
    messages: ["Enter your GP's name"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "gp-practice",
    act: (page) => page.locator("#line1").fill("2 Church Road"),
    messages: ["Enter the name of the GP practice", "Enter the town or city of the GP practice's address", "Enter the postcode of the GP practice's address"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "current-team",
    act: (page) => page.locator("#mdtDate-day").fill("3"),
    messages: [
      "Enter the name of the consultant in charge of your care",
      "Enter the consultant's specialty, for example medical oncology",
      "Enter the name of the hospital",
      "Date of the team's decision must include a month and year",
      "Select yes if the GP can send this team a copy of the letter",
    ],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "diagnosis",
    messages: ["Enter your diagnosis, for example bowel cancer", "Select where you are in your treatment"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "surgery",
    messages: ["Select what you were told about surgery", "Enter the date you were told"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "reasons",
    messages: ["Select at least one reason, or give your reasons in your own words", "Select yes if you want to ask about treatment before surgery"],
  },
  { letter: "gp-surgical-second-opinion", step: "preferred-team", messages: ["Enter the hospital you would like to be referred to"] },
  {
    letter: "gp-surgical-second-opinion",
    step: "backup-team",
    messages: ["Select yes if you have a back-up choice", "Select whether you would consider paying for a private consultation"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "backup-team",
    act: (page) => page.locator('input[name="has"][value="yes"]').check(),
    messages: ["Enter the hospital for your back-up choice", "Select whether you would consider paying for a private consultation"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "reply-by",
    act: async (page) => {
      await page.locator("#replyBy-day").fill("1");
      await page.locator("#replyBy-month").fill("1");
      await page.locator("#replyBy-year").fill("2020");
    },
    messages: ["The date you would like a reply by must be after today"],
  },
  {
    letter: "gp-surgical-second-opinion",
    step: "reply-by",
    act: (page) => page.locator("#ownWords").fill("x".repeat(1501)),
    messages: ["Your own words must be 1500 characters or fewer"],
  },
  { letter: "pals-concern", step: "concern-request", messages: ["Enter the date you asked for a second opinion", "Select who you asked"] },
  { letter: "pals-concern", step: "concern-what-happened", messages: ["Select what has happened since you asked"] },
  {
    letter: "pals-concern",
    step: "concern-help",
    messages: ["Select what you would like them to help with", "Select yes if they can talk to the team treating you"],
  },
];

for (const [i, state] of ERROR_STATES.entries()) {
  test(`errors on ${state.step} (${i + 1}) are shown, linked and pass axe`, async ({ page }) => {
    // A draft with only the letter chosen, so every question is still empty.
    await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({}, state.letter)) });
    await page.goto(`/questions/${state.step}/`);
    await ready(page);
    await state.act?.(page);
    await submit(page);
    await expectErrors(page, state.messages);
    // Every summary link points at something on the page.
    for (const href of await page.locator(".nhsuk-error-summary a").evaluateAll((as) => as.map((a) => a.getAttribute("href")))) {
      await expect(page.locator(href!)).toHaveCount(1);
    }
    await expectNoAxeViolations(page);
  });
}
