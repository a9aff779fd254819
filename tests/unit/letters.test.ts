import { messages } from "@/messages";
import { layoutDocument } from "docx/layout";
import { describe, expect, it } from "vitest";
import { formatNhsNumber } from "@/lib/answers";
import { buildDocument, renderDocx } from "@/lib/render/docx";
import { renderPdf } from "@/lib/render/pdf";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/templates/build";
import { LETTER_IDS, LETTERS, type LetterId } from "@/templates";
import { INFORMATION_FORMATS, REASONS, SURGERY_OUTCOMES, TREATMENT_STAGES } from "@/lib/answers/vocabulary";
import { validateAnswers } from "@/lib/answers";
import { fill } from "@/messages/format";
import { NODE_FONTS } from "@/cli/fonts";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { fullDraftAnswers } from "@/tests/fixtures/full-draft";
import { docxHeadersFooters, docxText, normaliseWords, pdfInfo, pdfLetterText, pdfPages, pdfText } from "@/tests/helpers/extract";

const meta = (id: LetterId) => LETTERS[id];
/** The letters that do not ask for a referral: a concern, and a request for copies of records. */
/** Letters that ask for a referral, or ask again: they name the teams (a concern or a records request does not). */
const namesTeams = (id: LetterId) => LETTERS[id].kind === "referral" || LETTERS[id].kind === "follow-up";

function build(template: (typeof EXAMPLES)[number]["template"], answers: unknown) {
  const built = buildLetter(template, answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.letter;
}

/** The text of the block before the sign-off, which must share its page. */
function beforeSignOff(letter: ReturnType<typeof build>): string {
  const at = letter.blocks.findIndex((b) => b.kind === "signature");
  const block = letter.blocks[at - 1];
  if (block?.kind !== "paragraph") throw new Error("no paragraph before the sign-off");
  return block.text;
}

describe.each(EXAMPLES)("$template/$name", (ex) => {
  const letter = build(ex.template, ex.answers);
  const answers = ex.answers as any;
  let files: Promise<[Uint8Array, Uint8Array]> | undefined;
  const pdfAndDocx = () => (files ??= Promise.all([renderPdf(letter, NODE_FONTS), renderDocx(letter)]));

  it("says the same words in PDF, Word and plain text", async () => {
    const [pdf, docx] = await pdfAndDocx();
    const text = normaliseWords(renderText(letter));
    // The PDF's letter, without the header and page numbers in its margins (checked below).
    expect(normaliseWords(await pdfLetterText(pdf))).toBe(text);
    expect(normaliseWords(await docxText(docx))).toBe(text);
  });

  it("heads every page after the first with the patient's name and number, in the nation's own term, and numbers the pages", async () => {
    const [pdf, docx] = await pdfAndDocx();
    const term = messages.answers.identifierTerms[answers.nation as keyof typeof messages.answers.identifierTerms];
    const continuation = `${answers.patient.fullName.normalize("NFC")} – ${term}: ${formatNhsNumber(answers.patient.nhsNumber)}`;
    expect(letter.furniture.continuation).toBe(continuation);
    const pages = await pdfPages(pdf);
    for (const [i, page] of pages.entries()) {
      expect(page.header).toBe(i === 0 ? "" : continuation);
      expect(page.footer).toBe(pages.length === 1 ? "" : `Page ${i + 1} of ${pages.length}`);
    }
    expect(await docxHeadersFooters(docx)).toEqual({
      titlePage: true,
      headers: { first: "", default: continuation },
      footers: { first: "Page {PAGE} of {NUMPAGES}", default: "Page {PAGE} of {NUMPAGES}" },
    });
  });

  it("keeps the sign-off with the paragraph before it: in the PDF, and in the Word file as docx lays out Word's pages", async () => {
    const [pdf] = await pdfAndDocx();
    const last = normaliseWords(beforeSignOff(letter));
    const page = (await pdfPages(pdf)).find((p) => p.body.includes("Yours sincerely"))!;
    expect(normaliseWords(page.body.split("Yours sincerely")[0]!).endsWith(last)).toBe(true);

    // docx's estimate of Word's layout (docx/layout), in Arial's widths: on gp-surgical-second-opinion/minimal
    // (Scotland) it put "Yours sincerely" and the signature alone on page 2, as Word did.
    const layout = layoutDocument(buildDocument(letter));
    expect(layout.stoppedAt).toBeUndefined();
    const lines = layout.pages.map((p) => p.body.flatMap((block) => (block.type === "paragraph" ? block.lines.map((line) => line.text) : [])).join("\n"));
    const wordPage = lines.find((text) => text.includes("Yours sincerely"))!;
    expect(normaliseWords(wordPage.split("Yours sincerely")[0]!).endsWith(last)).toBe(true);
    expect(layout.pages.map((p) => p.header)).toEqual(layout.pages.map((_, i) => (i === 0 ? "first" : "default")));
  });

  it("keeps the patient's details intact", () => {
    const text = renderText(letter);
    expect(text).toContain(answers.patient.fullName.normalize("NFC"));
    expect(text).toContain(formatNhsNumber(answers.patient.nhsNumber));
    expect(text).toContain("25 November 2026");
    if (answers.preferred && namesTeams(ex.template)) expect(text).toContain(answers.preferred.hospital);
    if (answers.backup && namesTeams(ex.template)) expect(text).toContain(answers.backup.hospital);
  });

  it("asks, never claims a right, and lists what it asks for", () => {
    const text = renderText(letter);
    expect(text.toLowerCase()).not.toMatch(/legal right|entitled to|i have the right|you must refer|by law/);
    expect(text).toMatch(/What I am asking you to do:\n\n1\. .+\n2\. /);
    if (namesTeams(ex.template)) expect(text).toContain("another suitable");
  });

  it("puts Private and confidential above the recipient, and greets them by title and surname", () => {
    const text = renderText(letter);
    const recipient = letter.blocks.find((b) => b.kind === "address" && b.role === "recipient");
    if (recipient?.kind !== "address") throw new Error("no recipient");
    expect(text.indexOf("Private and confidential")).toBeGreaterThan(-1);
    expect(text.indexOf("Private and confidential")).toBeLessThan(text.indexOf(recipient.lines[0]!));
    expect(text).not.toMatch(/^Dear (Dr|Mr|Mrs|Ms|Miss|Professor) \S+ \S+,/m);
  });

  it("asks a GP to have the hospital share the scans, never to send them", () => {
    const text = renderText(letter);
    if (meta(ex.template).recipient !== "gp") return;
    expect(text).toMatch(/ask the hospital to share (my|her|his|their|the) scans with the new team/);
    expect(text).not.toMatch(/send (my|her|his|their|the) scans/i);
  });

  it("gives no reason the patient did not choose", () => {
    const text = renderText(letter);
    const chosen = new Set(answers.reasons?.selected ?? []);
    for (const id of REASONS.filter((r) => !chosen.has(r))) {
      for (const voice of ["self", "she", "he", "they", "name"] as const) {
        const sentence = fill(messages.letterShared.reasons[id][voice], { patient: answers.patient.fullName });
        expect(text).not.toContain(sentence);
      }
    }
    expect(text).not.toMatch(/specialises/);
  });

  it("asks for one way to reply, the one chosen, and no other", () => {
    const text = renderText(letter);
    const who = answers.writer.role === "helper" ? answers.writer : answers.patient;
    const replies = text.split("\n").filter((line: string) => /^Please reply/.test(line));
    expect(replies).toHaveLength(1);
    const expected = { phone: `by phone on ${who.phone}`, email: `by email to ${who.email}`, post: "by post to the address above" }[
      who.preferredContact as string
    ];
    expect(replies[0]).toContain(expected);
  });

  it("when someone helps: says who they are, that the patient is happy to have them spoken to, and signs as them", () => {
    const text = renderText(letter);
    const w = answers.writer;
    const patient = answers.patient.fullName;
    if (w.role !== "helper") {
      expect(text).not.toMatch(/on (their|her|his) behalf|agrees to this letter/);
      return;
    }
    expect(text).toContain(`I am ${patient}'s ${w.relationship}.`);
    expect(text).toMatch(/is happy for you to talk to me about it/);
    expect(text).toContain(`${w.fullName}, ${w.relationship} of ${patient}`);
    expect(text).toContain(`${patient} agrees to this letter:`);
    expect(text).not.toMatch(/On behalf of/i);
    // The sentences the service writes name the patient as chosen: no patient's "I" or "my" in a letter the helper signs.
    const ours = text
      .replace(answers.ownWords ?? "", "")
      .replace(answers.reasons?.ownWords ?? "", "")
      .replace(answers.concern?.details ?? "", "");
    expect(ours).not.toMatch(/\bmy (treatment|cancer|diagnosis|consultant|oncologist|GP|scans|clinic letters|care team|current team|team|type of cancer)\b/);
    expect(ours).not.toMatch(/\bI (have (cancer|a treatment plan|finished)|am (having|waiting)|was told|do not agree)\b/);
    // The sender's block is the helper's own, with the way they chose to be reached.
    expect(text.split("\n")[0]).toBe(w.fullName);
  });
});

/** Answers an example gives, with some changed. */
function variant(template: LetterId, name: string, change: (answers: Record<string, any>) => void) {
  const answers = answersOf(template, name);
  change(answers);
  return renderText(build(template, answers));
}

describe("a letter asks for information in the format the patient needs (the Accessible Information Standard's formats)", () => {
  const ASKED: Record<(typeof INFORMATION_FORMATS)[number], string | null> = {
    standard: null,
    "large-print": "I need information in large print. Please send your reply, and any letters to me, in large print.",
    email: "I need information by email. Please send your reply, and any letters to me, by email.",
    braille: "I need information in braille. Please send your reply, and any letters to me, in braille.",
    "easy-read": "I need information in easy read. Please send your reply, and any letters to me, in easy read.",
    audio: "I need information as audio. Please send your reply, and any letters to me, as audio.",
    language: "I need information in Urdu. Please send your reply, and any letters to me, in Urdu.",
  };
  it.each(INFORMATION_FORMATS)("%s", (format) => {
    for (const template of LETTER_IDS) {
      const text = variant(template, "typical", (a) => {
        a.patient.informationFormat = format;
        a.patient.informationLanguage = "Urdu";
      });
      const asked = ASKED[format];
      if (asked) expect(text).toContain(`margaret.ellis@example.com. ${asked}`);
      else expect(text).not.toContain("I need information");
    }
  });

  it("in the words of someone writing for the patient", () => {
    const text = variant("gp-oncology-second-opinion", "carer", (a) => {
      a.patient.informationFormat = "large-print";
    });
    expect(text).toContain("She needs information in large print. Please send your reply, and any letters to her, in large print.");
  });

  it("needs the language named, and an email address for replies by email", () => {
    const answers = answersOf("gp-oncology-second-opinion", "minimal");
    const problems = (patient: Record<string, unknown>) => {
      const result = validateAnswers({ ...answers, patient: { ...answers.patient, email: undefined, ...patient } }, [], messages);
      return result.ok ? [] : result.problems;
    };
    expect(problems({ informationFormat: "language" })).toEqual([{ path: "patient.informationLanguage", message: messages.answers.reasons.formatLanguage }]);
    expect(problems({ informationFormat: "email" })).toEqual([{ path: "patient.informationFormat", message: messages.answers.reasons.formatEmail }]);
    expect(problems({ informationFormat: "email", email: "ian@example.com" })).toEqual([]);
  });
});

describe("the surgical letters say what the patient was told about surgery", () => {
  /** Each thing a surgeon may have said, as the letter says it (issue 22: "That surgery is not possible" was missing). */
  const TOLD: Record<(typeof SURGERY_OUTCOMES)[number], string> = {
    "not-suitable": "On 20 November 2026, I was told I am not suitable for surgery.",
    "not-possible": "On 20 November 2026, I was told that surgery is not possible for me.",
    "not-recommended": "On 20 November 2026, I was told surgery is not recommended for me.",
    "not-yet": "On 20 November 2026, I was told surgery is not possible at the moment.",
    "not-discussed": "Surgery has not been talked about with me.",
  };
  it.each(SURGERY_OUTCOMES)("%s", (told) => {
    for (const template of ["oncologist-surgical-review", "gp-surgical-second-opinion"] as const) {
      const text = variant(template, "typical", (a) => {
        a.surgery.toldWhat = told;
        a.surgery.toldOn = "2026-11-20";
      });
      expect(text).toContain(TOLD[told]);
    }
  });
});

describe("what the letter says while the patient waits follows their stage", () => {
  /** The GP letters say the stage; every letter says what the patient will do meanwhile, and only that. */
  const STAGE_WORDS: Record<(typeof TREATMENT_STAGES)[number], { stage: string; keep: string }> = {
    "diagnosed-awaiting-plan": { stage: "I am waiting for a treatment plan.", keep: "I will keep my appointments while I wait" },
    "plan-agreed-not-started": { stage: "I have a treatment plan, but it has not started yet.", keep: "I will keep my appointments while I wait" },
    "in-treatment": { stage: "I am having treatment now.", keep: "I will carry on with my treatment while I wait" },
    "treatment-finished": { stage: "I have finished my treatment.", keep: "I will keep my check-up appointments while I wait" },
    "cancer-returned": { stage: "My cancer has come back.", keep: "I will keep my appointments while I wait" },
    "no-further-treatment-offered": { stage: "I have been told that no more treatment can be offered.", keep: "I will keep my appointments while I wait" },
  };
  it.each(TREATMENT_STAGES)("%s", (stage) => {
    // A request for copies of records says nothing of the patient's care while they wait.
    for (const template of LETTER_IDS.filter((id) => id !== "records-request")) {
      const text = variant(template, "typical", (a) => {
        a.diagnosis.stage = stage;
      });
      const { stage: sentence, keep } = STAGE_WORDS[stage];
      if (meta(template).recipient === "gp") expect(text).toContain(sentence);
      expect(text).toContain(keep);
      if (stage !== "in-treatment") expect(text).not.toMatch(/carry on with my treatment|current treatment/);
    }
  });
});

describe("a team across a border", () => {
  const GP = "gp-oncology-second-opinion";
  it("from Northern Ireland: a consultant asks for it, as an Extra Contractual Referral", () => {
    // A GP in Northern Ireland cannot refer outside it: the first ask is for the consultant to
    // request it (or a consultant in Northern Ireland who can), and the back-up at home is asked directly.
    const toGp = variant(GP, "international", () => {});
    expect(toGp).toContain(
      "1. Please ask his consultant, Dr Zoë O'Brien, to ask for a referral to Professor Seán Ó Súilleabháin (Lymphoma Service) at The Christie, Manchester. This is called an Extra Contractual Referral. Or refer him to a consultant in Northern Ireland who can ask for it. If that team cannot see him, please refer him to Dr Björn Åström (Haematology) at Altnagelvin Area Hospital, or to another suitable cancer team.",
    );
    expect(toGp).not.toContain("Please refer him to Professor");
    expect(toGp).not.toContain("is outside Northern Ireland");
    const toConsultant = variant("oncologist-surgical-review", "international", () => {});
    expect(toConsultant).toContain("I know you would need to ask for a referral there. It is called an Extra Contractual Referral.");
  });

  it("from Wales or Scotland: the health board may need to agree", () => {
    expect(variant(GP, "carer", () => {})).toContain("The Christie, Manchester is outside Wales. I know a referral there may need her health board to agree.");
    const both = variant(GP, "minimal", (a) => {
      a.preferred = { hospital: "The Christie, Manchester", nation: "england" };
      a.backup = { hospital: "Belfast City Hospital", nation: "northern-ireland" };
    });
    expect(both).toContain(
      "The Christie, Manchester and Belfast City Hospital are outside Scotland. I know a referral there may need my health board to agree.",
    );
  });

  it("says nothing of borders when the teams are at home, or their nation is not given", () => {
    for (const name of ["typical", "minimal"]) expect(variant(GP, name, () => {})).not.toMatch(/outside|Extra Contractual|health board to agree/);
    expect(
      variant(GP, "international", (a) => {
        delete a.preferred.nation;
        delete a.backup.nation;
      }),
    ).not.toMatch(/Extra Contractual/);
  });
});

describe("the concern letter goes to the body that can act, and names free help", () => {
  const CONCERN = "pals-concern";
  const recipientOf = (text: string) => text.split("Private and confidential\n\n")[1]!.split("\n\n")[0]!.split("\n");
  // The typical example's hospital is typed, and not in our list of organisations: it is taken to
  // be in the patient's nation. The organisation's nation decides the route (lib/organisations/routing.ts).
  it.each([
    [
      "england",
      "oncologist",
      "Patient Advice and Liaison Service (PALS)",
      "Royal Sussex County Hospital",
      "Dear PALS Team,",
      /free help from an NHS complaints advocacy service/,
      "This is not a formal complaint yet. I know the time limit for a complaint is normally 12 months.",
    ],
    [
      "england",
      "gp",
      "The Practice Manager",
      "Church Road Surgery",
      "Dear Practice Manager,",
      /I can ask the integrated care board to look at it/,
      "This is not a formal complaint yet.",
    ],
    [
      "wales",
      "gp",
      "The Practice Manager",
      "Church Road Surgery",
      "Dear Practice Manager,",
      /I can ask Llais for free, independent help/,
      "I am raising this as a concern. Please help me sort it out quickly, at the first stage.",
    ],
    [
      "wales",
      "oncologist",
      "Concerns Team",
      "Royal Sussex County Hospital",
      "Dear Concerns Team,",
      /I can ask Llais for free, independent help/,
      "I am raising this as a concern. Please help me sort it out quickly, at the first stage.",
    ],
    [
      "scotland",
      "oncologist",
      "Feedback and Complaints Team",
      "Royal Sussex County Hospital",
      "Dear Feedback and Complaints Team,",
      /free advice from the Patient Advice and Support Service \(PASS\) on 0800 917 2127/,
      "Please deal with this at the first stage of the complaints procedure",
    ],
    [
      "scotland",
      "gp",
      "The Practice Manager",
      "Church Road Surgery",
      "Dear Practice Manager,",
      /Patient Advice and Support Service \(PASS\)/,
      "Please deal with this at the first stage of the complaints procedure",
    ],
    [
      "northern-ireland",
      "oncologist",
      "Complaints Team",
      "Royal Sussex County Hospital",
      "Dear Complaints Team,",
      /free help from the Patient and Client Council/,
      "Please deal with this at the first stage of the complaints procedure",
    ],
    [
      "northern-ireland",
      "gp",
      "The Practice Manager",
      "Church Road Surgery",
      "Dear Practice Manager,",
      /free help from the Patient and Client Council/,
      "Please deal with this at the first stage of the complaints procedure",
    ],
  ])("in %s, asked of the %s: %s", (nation, from, recipient, organisation, greeting, help, process) => {
    const text = variant(CONCERN, "typical", (a) => {
      a.nation = nation;
      a.concern.requestedFrom = from;
      delete a.concern.organisation;
    });
    const lines = recipientOf(text);
    expect(lines[0]).toBe(recipient);
    expect(lines[1]).toBe(organisation);
    expect(text).toContain(greeting);
    expect(text).toMatch(help);
    expect(text).toContain(process);
    // "Not a formal complaint yet" is England's: elsewhere a written concern is handled from its first stage.
    if (nation !== "england") expect(text).not.toMatch(/not a formal (complaint|concern) yet/);
    // The advice services are help, never the recipient asked to act.
    expect(lines.join(" ")).not.toMatch(/Llais|PASS|Patient and Client Council|advocacy/);
  });

  it("addresses the organisation and address the user gives", () => {
    const text = variant(CONCERN, "carer", () => {});
    expect(recipientOf(text)).toEqual([
      "Concerns Team",
      "Cardiff and Vale University Health Board",
      "Woodland House",
      "Maes-y-Coed Road",
      "Cardiff",
      "CF14 4HH",
    ]);
  });

  it.each([
    ["no-reply", "I asked for a second opinion and have not had a reply."],
    ["declined-no-reasons", "My request was turned down, and I was not told why."],
    ["declined", "My request was turned down, and I do not agree with the decision."],
    ["delayed", "It was agreed, but nothing has happened yet."],
  ])("says what happened (%s), not a disagreement it was not", (whatHappened, says) => {
    const text = variant(CONCERN, "typical", (a) => {
      a.concern.whatHappened = whatHappened;
    });
    expect(text).toContain(says);
    expect(text).not.toMatch(/cannot reach agreement|can't agree|cannot agree/i);
  });

  it("asks no advice service to make the referral or arrange a meeting", () => {
    for (const nation of ["wales", "scotland", "northern-ireland"]) {
      const text = variant(CONCERN, "typical", (a) => {
        a.nation = nation;
        a.concern.outcomes = ["referral", "meeting"];
      });
      expect(text).not.toMatch(/^Dear (Llais|PASS|Patient and Client Council)/m);
    }
  });

  it("uses each nation's own name for the patient's number", () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.nation = "scotland";
    expect(renderText(build("gp-oncology-second-opinion", answers))).toContain("CHI number: 943 476 5919");
  });
});

describe("a carer's letter", () => {
  it("gives the carer's own contact, the patient's address, and the patient's agreement", () => {
    const text = variant("gp-oncology-second-opinion", "carer", () => {});
    expect(text.split("\n\n")[0]).toBe("Owen Pritchard\n22 Clos Cae Nant\nPenarth\nCF64 3TD\nPhone: 07700 900 318\nEmail: owen.pritchard@example.com");
    expect(text).toContain("- Address: 7 Heol y Coed, Cardiff, CF14 6HH");
    expect(text).toContain("I am Gwen Pritchard's son. She has asked me to write this letter. She is happy for you to talk to me about it.");
    expect(text).toContain("Please reply to me by email to owen.pritchard@example.com.");
    expect(text).not.toContain("029 2076 0000");
    expect(text).toMatch(/Owen Pritchard, son of Gwen Pritchard\nGwen Pritchard agrees to this letter: _+\n?$/);
  });

  it.each([
    ["she", "She would like a second opinion from another cancer team about her diagnosis and treatment plan."],
    ["he", "He would like a second opinion from another cancer team about his diagnosis and treatment plan."],
    ["they", "They would like a second opinion from another cancer team about their diagnosis and treatment plan."],
    ["name", "Gwen Pritchard would like a second opinion from another cancer team about the diagnosis and treatment plan."],
  ])("names the patient as asked: %s", (refersTo, sentence) => {
    const text = variant("gp-oncology-second-opinion", "carer", (a) => {
      a.writer.refersTo = refersTo;
    });
    expect(text).toContain(sentence);
  });

  it("lives at the patient's address when no other is given, and then does not repeat it", () => {
    const text = variant("gp-oncology-second-opinion", "carer", (a) => {
      delete a.writer.address;
    });
    expect(text.split("\n\n")[0]).toMatch(/^Owen Pritchard\n7 Heol y Coed\nCardiff\nCF14 6HH\n/);
    expect(text).not.toContain("- Address:");
  });
});

describe("the letter to the oncologist", () => {
  it("writes the department, the hospital's address and the specialty as on a letter", () => {
    const text = variant("oncologist-surgical-review", "typical", () => {});
    // Seven lines in the six a window envelope has room for beside "Private and confidential": the
    // two shortest neighbours together, the town and the postcode on their own.
    expect(text).toContain("Dr Paul Hughes\nMedical Oncology, Sussex Cancer Centre\nRoyal Sussex County Hospital\nEastern Road\nBrighton\nBN2 5BE");
    expect(text).toContain("Dear Dr Hughes,");
  });

  it("greets as the user chose, when they changed the greeting", () => {
    expect(variant("oncologist-surgical-review", "international", () => {})).toContain("Dear Dr O'Brien,");
    expect(variant("gp-oncology-second-opinion", "international", () => {})).toContain("Dear Dr Nguyễn,");
  });
});

describe("the GP letters", () => {
  it("say the consultant, by name, may be the one to refer (an oncologist or a surgeon), and the patient is happy to talk", () => {
    const text = variant("gp-oncology-second-opinion", "typical", () => {});
    expect(text).toContain(
      "If it is better for my consultant, Dr Paul Hughes, to make this referral, please ask them to. I am happy to talk about it by phone or at an appointment.",
    );
    expect(text).not.toContain("my oncologist");
  });

  it("say paying privately accurately: a letter would help, a fee, the NHS place unchanged", () => {
    const text = variant("gp-oncology-second-opinion", "typical", () => {});
    expect(text).toContain(
      "I may also pay to see a specialist privately, and a letter from you would help. I know there may be a fee. My place on NHS waiting lists would not change.",
    );
  });
});

describe("documents", () => {
  it("carry title, author, subject and language in the PDF", async () => {
    const letter = build("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "typical"));
    const info = await pdfInfo(await renderPdf(letter, NODE_FONTS));
    // A neutral title and no subject unless the person chooses otherwise (tests/unit/file-properties.test.ts).
    expect(info).toMatchObject({ title: "Letter", author: "Margaret Ellis", language: "en-GB" });
    expect(info.subject).toBeUndefined();
  });

  it("number the pages of a letter long enough for two pages", async () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.ownWords = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1}: ${"I would like to understand every choice open to me. ".repeat(4)}`).join(
      "\n",
    );
    const pdf = await renderPdf(build("gp-oncology-second-opinion", answers), NODE_FONTS);
    const info = await pdfInfo(pdf);
    expect(info.pages).toBeGreaterThanOrEqual(2);
    expect(await pdfText(pdf)).toContain(`Page 1 of ${info.pages}`);
  });

  it("keeps a one-page letter unnumbered", async () => {
    // The shortest example that fits one page (the others run to two: issue 22 fits nearly-one-page letters).
    const pdf = await renderPdf(build("follow-up-no-reply", answersOf("follow-up-no-reply", "minimal")), NODE_FONTS);
    expect((await pdfInfo(pdf)).pages).toBe(1);
    expect(await pdfText(pdf)).not.toContain("Page 1 of");
  });

  it("brings the non-English names through intact", async () => {
    const letter = build("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "international"));
    const names = [
      "Łukasz Wojciechowski-Brzęczyszczykiewicz",
      "Siân Nguyễn-O'Brien",
      "Zoë",
      "Nguyễn Thị Minh Khai",
      "Smith & Jones Surgery",
      "Professor Seán Ó Súilleabháin",
      "Dr Björn Åström",
    ];
    // Lines wrap differently in each format, so compare with whitespace folded.
    const pdf = (await pdfText(await renderPdf(letter, NODE_FONTS))).normalize("NFC").replace(/\s+/g, " ");
    const docx = (await docxText(await renderDocx(letter))).replace(/\s+/g, " ");
    for (const name of names) {
      expect(pdf).toContain(name);
      expect(docx).toContain(name);
    }
  });
});

describe("what has happened since, from the log", () => {
  const log = [
    { date: "2026-10-01", who: "Church Road Surgery", what: "Asked at the desk about a referral" },
    { date: "2026-11-12", who: "Dr Shah's secretary", what: "Phoned. Told the letter was lost" },
    { date: "2026-10-27", who: "Church Road Surgery", what: "Phoned. No one knew about my letter" },
  ];

  it("the concern letter lists the notes since the earlier request, oldest first, and only those", () => {
    const text = variant("pals-concern", "typical", (a) => {
      a.log = log;
    });
    expect(text).toContain("What has happened since:\n\n- 27 October 2026 (Church Road Surgery): Phoned. No one knew about my letter.\n- 12 November 2026");
    expect(text).not.toContain("Asked at the desk");
  });

  it("the follow-up letter lists the notes since the first letter was sent", () => {
    const text = variant("follow-up-no-reply", "typical", (a) => {
      a.followUp.sentOn = "2026-10-20";
      a.log = log;
    });
    expect(text).toContain("- 27 October 2026 (Church Road Surgery): Phoned. No one knew about my letter.");
    expect(text).toContain("- 12 November 2026 (Dr Shah's secretary): Phoned. Told the letter was lost.");
    expect(text).not.toContain("Asked at the desk");
  });

  it("a letter with no notes since says nothing about them", () => {
    const text = variant("pals-concern", "typical", (a) => {
      a.log = [log[0]];
    });
    expect(text).not.toContain("What has happened since");
  });

  it("the referral letters do not tell the log", () => {
    const text = variant("gp-oncology-second-opinion", "typical", (a) => {
      a.log = log;
    });
    expect(text).not.toContain("Phoned");
  });
});

describe("the full draft (tests/fixtures/full-draft.ts)", () => {
  it.each(LETTER_IDS)("makes %s: every answer at its longest is still a letter", (id) => {
    const built = buildLetter(id, { ...fullDraftAnswers(), replyBy: "2026-12-18" }, { date: LETTER_DATE, words: messages });
    expect(built.ok ? [] : built.problems).toEqual([]);
  });
});

describe("the patient's identity (issue 22, point 5)", () => {
  it.each(EXAMPLES.map((e) => [`${e.template} ${e.name}`, e] as const))("is a part no one rewords in %s", (_, example) => {
    const built = buildLetter(example.template, answersOf(example.template, example.name), { date: LETTER_DATE, words: messages });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.letter.blocks.find((b) => "id" in b && b.id === "patient-details")).toMatchObject({ fixed: true });
  });
});
