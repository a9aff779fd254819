import { expect, type Page, test } from "@playwright/test";
import { messages } from "../../messages";
import { normaliseWords, pdfLetterText } from "../helpers/extract";
import { pageOrder } from "../fixtures/page-order";
import { expectNoAxeViolations } from "./helpers/axe";
import { downloadFrom } from "./helpers/files";
import {
  answerAll,
  answerStep,
  DRAFT_KEY,
  draftWith,
  exampleAnswers,
  pressContinue,
  ready,
  replyByIso,
  seedStorage,
  startLetter,
  storedDraft,
  type Answers,
} from "./helpers/journey";

// Choosing an organisation from our list of NHS organisations (issue 19): an ARIA combobox on the
// question pages that name a hospital or an organisation, which a keyboard and a screen reader can
// use, and which fills what the letter needs; and a letter routed by the organisation picked.

const W = messages.form.organisations;
const GP = "gp-oncology-second-opinion";

async function openAt(page: Page, step: string, templateId: string, answers: Answers) {
  await seedStorage(page, { [DRAFT_KEY]: JSON.stringify(draftWith({ ...answers, replyBy: replyByIso() }, templateId, pageOrder(templateId))) });
  await page.goto(`/questions/${step}/`);
  await ready(page);
}

test.describe("the list of organisations", () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test("offers matches as a name is typed, each read out by name, and picks one with the keyboard alone", async ({ page }) => {
    await openAt(page, "preferred-team", GP, exampleAnswers(GP, "typical"));
    const input = page.locator("#hospital");
    await input.fill("");
    await input.focus();
    await page.keyboard.type("christ");
    const list = page.getByRole("listbox", { name: W.listLabel });
    await expect(list).toBeVisible();
    await expect(input).toHaveAttribute("role", "combobox");
    await expect(input).toHaveAttribute("aria-expanded", "true");
    // Each option's name is what a screen reader reads: the organisation, then where it is.
    const christie = page.getByRole("option", { name: /^The Christie NHS Foundation Trust/ });
    await expect(christie).toBeVisible();
    await expect(christie).toContainText("Manchester, M20 4BX");
    // The hint and any error stay described on the input.
    await expect(input).toHaveAttribute("aria-describedby", /hospital-hint/);
    // The count is said politely.
    await expect(page.getByTestId("hospital-status")).toHaveText(/organisations? in our list match/);
    await expectNoAxeViolations(page);

    // Arrows move through the list without moving focus; Enter picks.
    await page.keyboard.press("ArrowDown");
    const active = await input.getAttribute("aria-activedescendant");
    expect(active).toBeTruthy();
    await expect(page.locator(`#${active}`)).toHaveAttribute("aria-selected", "true");
    await expect(input).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(list).toBeHidden();
    await expect(input).toHaveValue("The Christie NHS Foundation Trust");
    // Where it is is filled in: a referral across a border goes another way.
    await expect(page.locator('input[name="hospitalNation"][value="england"]')).toBeChecked();
    await expect(page.getByTestId("hospital-status")).toHaveText(/The Christie NHS Foundation Trust chosen/);

    // No horizontal scrolling at 360 px with the list open.
    await input.fill("royal");
    await expect(list).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Escape closes the list and keeps what was typed: "not in the list".
    await page.keyboard.press("Escape");
    await expect(list).toBeHidden();
    await expect(input).toHaveValue("royal");
  });

  test("keeps the code of the organisation picked, and forgets it when the name is typed again", async ({ page }) => {
    await openAt(page, "preferred-team", GP, exampleAnswers(GP, "typical"));
    const input = page.locator("#hospital");
    await input.fill("marsden");
    await page.getByRole("option", { name: /^The Royal Marsden NHS Foundation Trust/ }).click();
    await expect(input).toBeFocused();
    await pressContinue(page);
    let draft = await storedDraft(page);
    expect(draft.answers.preferred).toMatchObject({ hospital: "The Royal Marsden NHS Foundation Trust", organisationCode: "RPY", nation: "england" });

    await page.goto("/questions/preferred-team/");
    await ready(page);
    await page.locator("#hospital").fill("A hospital not in the list");
    await page.keyboard.press("Escape");
    await pressContinue(page);
    draft = await storedDraft(page);
    expect(draft.answers.preferred.hospital).toBe("A hospital not in the list");
    expect(draft.answers.preferred.organisationCode).toBeUndefined();
  });
});

test("a Welsh patient treated in England picks The Clatterbridge Cancer Centre, and the concern goes to its PALS under English rules, with Llais named too", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const CONCERN = "pals-concern";
  const a: Answers = exampleAnswers(CONCERN, "carer");
  a.concern.requestedFrom = "oncologist";
  delete a.concern.organisation;
  delete a.concern.address;
  a.replyBy = replyByIso();

  await startLetter(page, CONCERN);
  await answerAll(page, a, async (step) => {
    if (step !== "current-team") return;
    // Answer the page, then pick the hospital from the list with the keyboard.
    await answerStep(page, step, { ...a, currentTeam: { ...a.currentTeam, hospital: "" } });
    const input = page.locator("#hospital");
    await input.focus();
    await page.keyboard.type("clatterbridge");
    await expect(page.getByRole("option", { name: /^The Clatterbridge Cancer Centre NHS Foundation Trust/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(input).toHaveValue("The Clatterbridge Cancer Centre NHS Foundation Trust");
    // Picked from the list, where the hospital is is known: it is not asked.
    await expect(page.locator('input[name="hospitalNation"]')).toHaveCount(0);
    a.currentTeam.hospital = "The Clatterbridge Cancer Centre NHS Foundation Trust";
  });
  expect((await storedDraft(page)).answers.currentTeam.organisationCode).toBe("REN");
  await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
  await page.waitForURL(/\/letter\/$/);
  await ready(page);

  const pdf = await downloadFrom(page, messages.letterPage.pdf);
  const words = normaliseWords(await pdfLetterText(pdf.bytes));
  for (const expected of [
    "Patient Advice and Liaison Service (PALS) The Clatterbridge Cancer Centre NHS Foundation Trust Clatterbridge Hospital",
    "Dear PALS Team,",
    "This is not a formal complaint yet.",
    "I know I can get free help from an NHS complaints advocacy service.",
    "I know I can ask Llais for free, independent help.",
    "I know I can ask the Parliamentary and Health Service Ombudsman to look at it",
  ])
    expect(words).toContain(normaliseWords(expected));
  expect(words).not.toContain("Putting Things Right");
  // The letter page names the same free help, from the same route.
  await expect(page.getByTestId("free-help")).toContainText("Llais");
  await expectNoAxeViolations(page);
});
