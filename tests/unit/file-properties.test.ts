import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import { renderDocx } from "@/lib/render/docx";
import { renderPdf } from "@/lib/render/pdf";
import { buildLetter } from "@/templates/build";
import { messages } from "@/messages";
import { EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { docxProps, pdfInfo } from "@/tests/helpers/extract";

// A letter's file properties are read by anyone the file reaches, and shown by file managers,
// mail attachments and document lists without opening it: they name the writer as its author
// (they wrote it), but no title or subject names the patient (issue 14, point 6); and unless the
// person chooses otherwise, the title says nothing of health and there is no subject: the
// writer's name beside "oncology" would (issue 23, row 9).

/** The patient's name, and each of its parts long enough to identify them. */
function nameParts(fullName: string): string[] {
  return [fullName, ...fullName.split(/[\s-]+/).filter((part) => part.length >= 3)];
}

describe.each(EXAMPLES)("$template/$name's files", (ex) => {
  const built = buildLetter(ex.template, ex.answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const letter = built.letter;
  const answers = ex.answers as { writer: { role: string; fullName?: string }; patient: { fullName: string } };
  const writer = answers.writer.role === "patient" ? answers.patient.fullName : answers.writer.fullName!;

  it("name the writer as author, and never the patient in the title or subject (PDF)", async () => {
    const info = await pdfInfo(await renderPdf(letter, NODE_FONTS));
    expect(info.author).toBe(writer);
    for (const part of nameParts(answers.patient.fullName)) {
      expect(info.title, part).not.toContain(part);
      expect(info.subject ?? "", part).not.toContain(part);
    }
    expect(info.subject ?? "").toBe(letter.subject);
  });

  it("have a neutral title and no subject unless the person chooses otherwise (PDF and Word)", async () => {
    expect(letter.title).toBe(messages.letterShared.neutralTitle);
    const info = await pdfInfo(await renderPdf(letter, NODE_FONTS));
    expect(info.title).toBe("Letter");
    expect(info.subject).toBeUndefined();
    const props = await docxProps(await renderDocx(letter));
    expect(props.title).toBe("Letter");
    expect(props.subject ?? "").toBe("");
    // Chosen: what the letter is about, in its own words.
    const described = buildLetter(ex.template, ex.answers, { date: LETTER_DATE, words: messages, fileProperties: "describe" });
    if (!described.ok) throw new Error(JSON.stringify(described.problems));
    expect(described.letter.title).toBe(messages.letters[ex.template].documentTitle);
    expect((await pdfInfo(await renderPdf(described.letter, NODE_FONTS))).subject).toBe(messages.letters[ex.template].documentSubject);
  });

  it("name the writer as author, and never the patient in the title or subject (Word)", async () => {
    const props = await docxProps(await renderDocx(letter));
    expect(props.creator).toBe(writer);
    expect(props.lastModifiedBy).toBe(writer);
    for (const part of nameParts(answers.patient.fullName)) {
      expect(props.title, part).not.toContain(part);
      expect(props.subject ?? "", part).not.toContain(part);
    }
  });
});
