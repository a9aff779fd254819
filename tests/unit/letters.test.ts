import { messages } from "@/messages";
import { describe, expect, it } from "vitest";
import { formatNhsNumber } from "@/lib/answers";
import { renderDocx } from "@/lib/render/docx";
import { renderPdf } from "@/lib/render/pdf";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/letters/templates";
import { NODE_FONTS } from "@/cli/fonts";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { docxText, normaliseWords, pdfInfo, pdfText } from "@/tests/helpers/extract";

function build(template: (typeof EXAMPLES)[number]["template"], answers: unknown) {
  const built = buildLetter(template, answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.letter;
}

describe.each(EXAMPLES)("$template/$name", (ex) => {
  const letter = build(ex.template, ex.answers);
  const answers = ex.answers as any;

  it("says the same words in PDF, Word and plain text", async () => {
    const [pdf, docx] = await Promise.all([renderPdf(letter, NODE_FONTS), renderDocx(letter)]);
    const text = normaliseWords(renderText(letter));
    expect(normaliseWords(await pdfText(pdf))).toBe(text);
    expect(normaliseWords(await docxText(docx))).toBe(text);
  });

  it("keeps the patient's details intact", () => {
    const text = renderText(letter);
    expect(text).toContain(answers.patient.fullName.normalize("NFC"));
    expect(text).toContain(formatNhsNumber(answers.patient.nhsNumber));
    expect(text).toContain("25 November 2026");
    if (answers.preferred && ex.template !== "pals-concern") expect(text).toContain(answers.preferred.hospital);
    if (answers.backup && ex.template !== "pals-concern") expect(text).toContain(answers.backup.hospital);
  });

  it("asks, never claims a right, and keeps current care going", () => {
    const text = renderText(letter).toLowerCase();
    expect(text).not.toMatch(/legal right|entitled to|i have the right|you must refer|by law/);
    expect(text).toMatch(/carry(ing)? on with (my|their) current treatment/);
    if (ex.template !== "pals-concern") {
      expect(text).toContain("another suitable");
      expect(text).toMatch(/please send (my|their) .*with the referral/);
    }
  });

  it("states consent and leaves room for the patient to sign when someone helps", () => {
    const text = renderText(letter);
    if (answers.writer.role === "helper") {
      expect(text).toContain("with their agreement");
      expect(text).toContain(`Signed by ${answers.patient.fullName} to confirm they agree`);
    } else {
      expect(text).not.toContain("on their behalf");
    }
  });
});

describe("the concern letter", () => {
  it.each([
    ["england", "Patient Advice and Liaison Service (PALS)", "12 months"],
    ["wales", "Llais", "Putting Things Right"],
    ["scotland", "Patient Advice and Support Service (PASS)", "6 months"],
    ["northern-ireland", "Patient and Client Council", "6 months"],
  ])("in %s goes to %s and gives its time limit", (nation, service, limit) => {
    const answers = answersOf("pals-concern", "typical");
    answers.nation = nation;
    const text = renderText(build("pals-concern", answers));
    expect(text).toContain(service);
    expect(text).toContain(limit);
    expect(text).toMatch(/not (yet )?a formal (complaint|concern)|not in itself a complaint/);
  });

  it("uses each nation's own name for the patient's number", () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.nation = "scotland";
    expect(renderText(build("gp-oncology-second-opinion", answers))).toContain("CHI number: 943 476 5919");
  });
});

describe("documents", () => {
  it("carry title, author, subject and language in the PDF", async () => {
    const letter = build("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "typical"));
    const info = await pdfInfo(await renderPdf(letter, NODE_FONTS));
    expect(info).toMatchObject({ title: letter.title, author: "Margaret Ellis", subject: letter.subject, language: "en-GB" });
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
    const pdf = await renderPdf(build("pals-concern", answersOf("pals-concern", "minimal")), NODE_FONTS);
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
