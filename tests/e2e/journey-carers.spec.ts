import { expect, test } from "@playwright/test";
import { HELP_CONTACTS } from "../../lib/organisations/routing";
import { messages } from "../../messages";
import { fill } from "../../messages/format";
import { expectNoAxeViolations } from "./helpers/axe";
import { answerAll, exampleAnswers, ready, replyByIso, startLetter, type Answers } from "./helpers/journey";

// Someone writing for the patient, in each nation: the concern letter goes to the body that can
// act there and names the free help, and the carer writes as themselves (letters.md, Letter 4 and
// "Carers"). The answers are the carer example's, moved to each nation, with an organisation in that
// nation named by typing it (our list then counts it as that organisation: its nation's rules apply). The letter's words are
// written out here on purpose, as its goldens have them: they are what the patient's letter says.

const CONCERN = "pals-concern";

const NATIONS = [
  {
    nation: "england",
    helpKey: "advocacy",
    recipient: "Patient Advice and Liaison Service (PALS)",
    greeting: "Dear PALS Team,",
    help: "I know I can get free help from an NHS complaints advocacy service.",
    requestedFrom: "oncologist",
    organisation: "University Hospitals Sussex NHS Foundation Trust",
  },
  {
    nation: "wales",
    helpKey: "llais",
    recipient: "Concerns Team",
    greeting: "Dear Concerns Team,",
    help: "I know I can ask Llais for free, independent help.",
    requestedFrom: "gp",
    organisation: "Cardiff and Vale University Health Board",
  },
  {
    nation: "scotland",
    helpKey: "pass",
    recipient: "Feedback and Complaints Team",
    greeting: "Dear Feedback and Complaints Team,",
    help: "I know I can get free advice from the Patient Advice and Support Service (PASS) on 0800 917 2127.",
    requestedFrom: "oncologist",
    organisation: "NHS Lothian",
  },
  {
    nation: "northern-ireland",
    helpKey: "pcc",
    recipient: "Complaints Team",
    greeting: "Dear Complaints Team,",
    help: "I know I can get free help from the Patient and Client Council.",
    requestedFrom: "oncologist",
    organisation: "Belfast Health and Social Care Trust",
  },
] as const;

for (const n of NATIONS) {
  test(`a carer in ${n.nation} raises a concern with the body that can act`, async ({ page }) => {
    test.setTimeout(120_000);
    const a: Answers = exampleAnswers(CONCERN, "carer");
    a.nation = n.nation;
    a.concern.requestedFrom = n.requestedFrom;
    a.concern.organisation = n.organisation;
    // A CHI number starts with the date of birth (30 September 1949): the page would stop to ask about any other.
    if (n.nation === "scotland") a.patient.nhsNumber = "3009491239";
    // The example's address is a Welsh health board's: elsewhere the user leaves it blank.
    if (n.nation !== "wales") delete a.concern.address;
    a.replyBy = replyByIso();

    await startLetter(page, CONCERN);
    await answerAll(page, a);
    await page.getByRole("button", { name: messages.journey.checkAnswers.create }).click();
    await page.waitForURL(/\/letter\/$/);
    await ready(page);

    const letter = page.locator("article.letter");
    // The recipient's block: the team that can act, then its organisation, then its address.
    const lines = (await letter.innerText()).split("\n").map((line) => line.trim());
    const at = lines.indexOf(n.recipient);
    expect(at, lines.join("\n")).toBeGreaterThan(lines.indexOf(messages.letterShared.confidential));
    expect(lines.slice(at, at + 2)).toEqual([n.recipient, n.organisation]);
    await expect(letter).toContainText(n.greeting);
    await expect(letter).toContainText(n.help);
    // The carer writes as themselves: who they are, the patient's agreement, their own contact, their own sign-off.
    await expect(letter).toContainText("I am Gwen Pritchard's son. She has asked me to write this letter. She is happy for you to talk to me about it.");
    await expect(letter).toContainText("Please reply to me by email to owen.pritchard@example.com.");
    await expect(letter).toContainText("Owen Pritchard, son of Gwen Pritchard");
    await expect(letter).not.toContainText("On behalf of");
    // The letter page names the same free help, and nothing is asked of it that it cannot do.
    await expect(page.getByTestId("free-help")).toContainText(fill(messages.routes.freeHelp[n.helpKey].page, { phone: HELP_CONTACTS[n.helpKey].phone ?? "" }));
    await expectNoAxeViolations(page);
  });
}
