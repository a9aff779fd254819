import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import { formatNhsNumber } from "@/lib/answers";
import { renderDocx } from "@/lib/render/docx";
import { renderPdf } from "@/lib/render/pdf";
import { renderText } from "@/lib/render/text";
import { buildConsentForm } from "@/templates/shared/consent-form";
import { messages } from "@/messages";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { docxProps, docxText, normaliseWords, pdfInfo, pdfText } from "@/tests/helpers/extract";

const ctx = { date: LETTER_DATE, words: messages };
const W = messages.letterAfter.consentForm;
/** Every example written by someone else has a consent form. */
const CARERS = EXAMPLES.filter((e) => (e.answers as { writer: { role: string } }).writer.role === "helper");

describe("the consent form for someone writing for the patient", () => {
  it("is made only when someone else is writing", () => {
    expect(buildConsentForm(answersOf("gp-oncology-second-opinion", "typical"), ctx)).toBeNull();
    expect(CARERS.length).toBeGreaterThanOrEqual(6);
  });

  it.each(CARERS.map((e) => [`${e.template}/${e.name}`, e] as const))("%s: reads back from its PDF and Word file, on one page", async (_, ex) => {
    const form = buildConsentForm(ex.answers, ctx);
    expect(form).not.toBeNull();
    if (!form) return;
    const a = ex.answers as Record<string, any>;
    const [pdf, docx] = await Promise.all([renderPdf(form, NODE_FONTS), renderDocx(form)]);
    const text = normaliseWords(renderText(form));
    const fromPdf = normaliseWords(await pdfText(pdf));
    const fromWord = normaliseWords(await docxText(docx));
    expect(fromPdf).toBe(text);
    expect(fromWord).toBe(text);
    // Who may speak for whom, to whom and about what, and room for the patient to sign.
    const agree = normaliseWords(W.agree.replace("{patient}", a.patient.fullName).replace("{writer}", a.writer.fullName));
    for (const words of [
      agree,
      normaliseWords(formatNhsNumber(a.patient.nhsNumber)),
      normaliseWords(W.relationship.replace("{relationship}", a.writer.relationship)),
      normaliseWords(W.who),
      normaliseWords(W.concerns),
      normaliseWords(W.what),
      ...W.topics.map(normaliseWords),
      normaliseWords(W.limits),
      normaliseWords(W.signed),
      normaliseWords(W.dated),
    ])
      expect(fromPdf).toContain(words);
    if (a.gp) expect(fromWord).toContain(normaliseWords(a.gp.practiceName));
    if (a.currentTeam) expect(fromWord).toContain(normaliseWords(a.currentTeam.hospital));
    expect((await pdfInfo(pdf)).pages).toBe(1);
    // A neutral title, and no subject, unless the person chooses otherwise (issue 23, row 9).
    expect((await pdfInfo(pdf)).title).toBe(W.neutralTitle);
    expect((await pdfInfo(pdf)).subject).toBeUndefined();
    expect((await docxProps(docx)).title).toBe(W.neutralTitle);
  });
});
