import { describe, expect, it } from "vitest";
import { todayIso, validateAnswers, writesForPatient } from "@/lib/answers";
import { stripEmpty } from "@/lib/draft/clean";
import { emptyDraft, type Draft, type DraftAnswers } from "@/lib/draft/format";
import { addDays } from "@/lib/letter/dates";
import { LETTER_IDS, LETTERS, type LetterId } from "@/templates";
import { messages } from "@/messages";
import { STEP_IDS, STEPS, type StepId } from "@/lib/steps";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { PAGE_ORDER } from "@/tests/fixtures/page-order";
import { JOURNEY_SECTIONS } from "@/lib/journey/sections";
import { applyPage, pageSchema } from "./check-page";
import { stepContext } from "./context";
import { previousStep as previousStepIn, stepForPath as stepForPathIn, stepsFor as stepsForIn } from "./flow";
import { formValues } from "./form-values";
import { journeyProgress } from "./progress";

const { firstIncompleteStep, isStepComplete, nextStep, stepById } = journeyProgress({ steps: STEPS, letters: LETTERS });
const stepsFor = (id: LetterId) => stepsForIn(LETTERS[id], STEPS);
const previousStep = (current: StepId, id: LetterId) => previousStepIn(current, LETTERS[id], STEPS);
const stepForPath = (path: string) => stepForPathIn(path, STEPS);
const asksAboutCopy = (id: LetterId) => LETTERS[id].recipient === "gp";
const wordsFor = (id: StepId) => ({ ...messages, step: messages.steps[id] });

function draftOf(answers: unknown, templateId: LetterId, answered: string[] = []): Draft {
  const draft = emptyDraft();
  draft.answers = structuredClone(answers) as DraftAnswers;
  draft.letter.templateId = templateId;
  draft.progress.answered = answered;
  return draft;
}

/**
 * Questions the engine treats as optional but a page asks outright (a Yes/No has no "skip"):
 * answers files without them send the user back to that page.
 */
function pageAsksMore(step: string, answers: DraftAnswers, templateId: LetterId): boolean {
  if (step === "current-team") return asksAboutCopy(templateId) && answers.copyToCurrentTeam === undefined;
  if (step === "reasons") return LETTERS[templateId].surgical && answers.surgery?.askAboutTreatmentFirst === undefined;
  if (step === "backup-team") return asksAboutCopy(templateId) && answers.privateCare === undefined;
  return false;
}

/**
 * A page whose "no" leaves no answer behind ("my address is the patient's"): only the draft's
 * progress says it was answered, so the answers alone cannot fill it in again.
 */
function answeredWithoutTrace(step: string, answers: DraftAnswers): boolean {
  return step === "patient-address" && writesForPatient(answers.writer?.role) && (answers.writer as { address?: unknown }).address === undefined;
}

/** Examples with a reply-by date that is always in the future, whenever the tests run. */
const examples = EXAMPLES.map((e) => {
  const answers = structuredClone(e.answers) as Record<string, unknown>;
  if (answers.replyBy) answers.replyBy = addDays(todayIso(), 30);
  return { ...e, answers };
});

describe("the steps each letter asks", () => {
  it("always asks who is writing, the nation, the patient and how to reach them", () => {
    for (const id of LETTER_IDS) expect(stepsFor(id).slice(0, 5)).toEqual(["who-is-writing", "nation", "patient-details", "patient-address", "contact"]);
  });

  it("asks for every section a template needs, in the order the tests pin", () => {
    for (const id of LETTER_IDS) expect(stepsFor(id), id).toEqual(PAGE_ORDER[id]);
    expect(stepsFor("oncologist-surgical-review")).toContain("surgery");
    expect(stepsFor("oncologist-surgical-review")).not.toContain("gp");
    expect(stepsFor("gp-oncology-second-opinion")).not.toContain("surgery");
  });

  it("keeps the order of STEP_IDS", () => {
    for (const id of LETTER_IDS) {
      const order = stepsFor(id).map((s) => STEP_IDS.indexOf(s));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });
});

describe("question pages and the answers they write", () => {
  it.each(examples.map((e) => [`${e.template}/${e.name}`, e] as const))("%s: every page reads back the answers it writes", (_, e) => {
    const engine = validateAnswers(e.answers, [], messages);
    expect(engine.ok).toBe(true);
    if (!engine.ok) return;
    const cleaned = stripEmpty(engine.answers) as DraftAnswers;
    const ctx = stepContext(cleaned, LETTERS[e.template], ["backup-team", "enclosures"]);
    for (const id of stepsFor(e.template).filter((s) => !pageAsksMore(s, cleaned, e.template) && !answeredWithoutTrace(s, cleaned))) {
      const step = stepById(id);
      const parsed = pageSchema(step, ctx, wordsFor(id)).safeParse(formValues(step, cleaned, ctx));
      expect(parsed.error?.issues ?? [], `${id} with ${e.template}/${e.name}`).toEqual([]);
      if (!parsed.success) continue;
      const written = stripEmpty(applyPage(cleaned, parsed.data));
      expect(written, id).toEqual(cleaned);
    }
  });

  it.each(examples.map((e) => [`${e.template}/${e.name}`, e] as const))("%s: nothing is left to ask once every page is done", (_, e) => {
    const draft = draftOf(e.answers, e.template, stepsFor(e.template));
    const expected = stepsFor(e.template).find((s) => pageAsksMore(s, e.answers as DraftAnswers, e.template)) ?? null;
    expect(firstIncompleteStep(draft)).toBe(expected);
  });

  it("asks optional questions until they are answered", () => {
    // A letter to the oncologist: "no back-up" is the page's only answer, and it leaves nothing behind.
    const minimal = examples.find((e) => e.template === "oncologist-surgical-review" && e.name === "minimal")!;
    const draft = draftOf(minimal.answers, "oncologist-surgical-review");
    expect(isStepComplete("backup-team", draft)).toBe(false);
    expect(isStepComplete("backup-team", draftOf(minimal.answers, "oncologist-surgical-review", ["backup-team"]))).toBe(true);
  });

  it("reports each problem on the page that fixes it", () => {
    const draft = draftOf({ nation: "scotland", patient: { fullName: "" } }, "gp-oncology-second-opinion");
    const ctx = stepContext(draft.answers, LETTERS["gp-oncology-second-opinion"]);
    const step = stepById("patient-details");
    const parsed = pageSchema(step, ctx, wordsFor("patient-details")).safeParse(formValues(step, draft.answers, ctx));
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["fullName", "Enter your full name"],
      ["dateOfBirth", "Enter your date of birth"],
      ["nhsNumber", "Enter your CHI number"],
    ]);
  });
});

describe("questions another answer hides", () => {
  it("keeps no answer for why and when surgery was talked about once it was not", () => {
    const typical = examples.find((e) => e.template === "gp-surgical-second-opinion" && e.name === "typical")!;
    const draft = draftOf(typical.answers, "gp-surgical-second-opinion");
    const ctx = stepContext(draft.answers, LETTERS["gp-surgical-second-opinion"]);
    const step = stepById("surgery");
    const values = { ...formValues(step, draft.answers, ctx), toldWhat: "not-discussed" };
    const parsed = pageSchema(step, ctx, wordsFor("surgery")).safeParse(values);
    expect(parsed.success).toBe(true);
    const surgery = applyPage(draft.answers, parsed.data!).surgery as Record<string, unknown>;
    expect(surgery.toldWhat).toBe("not-discussed");
    expect(surgery.toldOn).toBeUndefined();
    expect(surgery.reasonGiven).toBeUndefined();
  });
});

describe("dates typed into the NHS date input", () => {
  const step = stepById("patient-details");
  const ctx = stepContext({}, LETTERS["gp-oncology-second-opinion"]);
  const errorsFor = (dateOfBirth: { day: string; month: string; year: string }) =>
    pageSchema(step, ctx, wordsFor("patient-details"))
      .safeParse({ fullName: "A B", nhsNumber: "943 476 5919", hospitalNumber: "", dateOfBirth })
      .error?.issues.map((i) => i.message);

  it.each([
    [{ day: "", month: "4", year: "1958" }, "Date of birth must include a day"],
    [{ day: "12", month: "", year: "" }, "Date of birth must include a month and year"],
    [{ day: "31", month: "2", year: "1958" }, "Date of birth must be a real date"],
    [{ day: "1", month: "April", year: "1958" }, "Month must be a number from 1 to 12"],
    [{ day: "32", month: "4", year: "1958" }, "Day must be a number from 1 to 31"],
    [{ day: "1", month: "4", year: "1890" }, "Year must be 1900 or later"],
    [{ day: "1", month: "4", year: "58" }, "Year must include 4 numbers"],
    [{ day: "1", month: "4", year: "2999" }, "Date of birth must be in the past"],
  ])("%j → %s", (parts, message) => {
    expect(errorsFor(parts)).toEqual([message]);
  });

  it("accepts a real date and stores it as ISO", () => {
    const parsed = pageSchema(step, ctx, wordsFor("patient-details")).safeParse({
      fullName: "A B",
      nhsNumber: "943 476 5919",
      hospitalNumber: "",
      dateOfBirth: { day: "12", month: "4", year: "1958" },
    });
    expect(parsed.success && applyPage({}, parsed.data).patient).toMatchObject({ dateOfBirth: "1958-04-12", nhsNumber: "9434765919" });
  });
});

describe("moving between pages", () => {
  const typical = examples.find((e) => e.template === "gp-oncology-second-opinion" && e.name === "typical")!;

  it("goes to the next page the letter needs", () => {
    const draft = draftOf({ writer: { role: "patient" } }, "pals-concern", ["who-is-writing"]);
    expect(nextStep("who-is-writing", draft)).toBe("nation");
    expect(previousStep("current-team", "pals-concern")).toBe("contact");
    expect(previousStep("who-is-writing", "pals-concern")).toBeNull();
  });

  it("asks a second letter only what is still missing", () => {
    const { concern: _c, ...answers } = typical.answers as Record<string, unknown>;
    const draft = draftOf(answers, "pals-concern", stepsFor("gp-oncology-second-opinion"));
    expect(firstIncompleteStep(draft)).toBe("concern-request");
    const withConcern = draftOf(typical.answers, "pals-concern", [...stepsFor("gp-oncology-second-opinion"), "concern-recipient"]);
    expect(nextStep("concern-recipient", withConcern)).toBeNull();
  });

  it.each([
    ["patient.nhsNumber", "patient-details"],
    ["patient.address.postcode", "patient-address"],
    ["patient.phone", "contact"],
    ["patient", "patient-details"],
    ["concern", "concern-request"],
    ["concern.requestedOn", "concern-request"],
    ["concern.outcomes", "concern-help"],
    ["copyToCurrentTeam", "current-team"],
    ["gp.name", "gp"],
    ["gp.practiceName", "gp-practice"],
    ["gp.address.town", "gp-practice"],
    ["writer.address.town", "patient-address"],
    ["surgery.toldOn", "surgery"],
    ["surgery.askAboutTreatmentFirst", "reasons"],
    ["privateCare", "backup-team"],
    ["replyBy", "reply-by"],
    ["ownWords", "reply-by"],
  ])("finds the page for %s", (path, step) => {
    expect(stepForPath(path)).toBe(step);
  });
});

describe("the journey's sections", () => {
  it("come in their order in every letter, each page in one", () => {
    for (const id of LETTER_IDS) {
      const sections = stepsFor(id).map((step) => stepById(step).section);
      const order = sections.map((s) => JOURNEY_SECTIONS.indexOf(s));
      expect(order, id).toEqual([...order].sort((a, b) => a - b));
    }
  });
});
