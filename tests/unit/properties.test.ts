import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import { validateAnswers } from "@/lib/answers";
import { TEMPLATE_IDS } from "@/lib/letter/model";
import { renderDocx } from "@/lib/render/docx";
import { LetterPreview } from "@/lib/render/html";
import { renderPdf } from "@/lib/render/pdf";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/templates";
import { LEAK_MARKERS, validAnswers } from "@/tests/fixtures/arbitraries";
import { docxText, htmlText, normaliseWords, pdfText } from "@/tests/helpers/extract";

const ctx = { date: "2026-11-25" };

describe("any valid answers", () => {
  it("build every letter as text with nothing missing or leaked", () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...TEMPLATE_IDS), (answers, id) => {
        const built = buildLetter(id, answers, ctx);
        if (!built.ok) throw new Error(JSON.stringify(built.problems));
        const text = renderText(built.letter);
        expect(text).not.toMatch(LEAK_MARKERS);
      }),
      { numRuns: 300 },
    );
  });

  it("show the same words in the HTML preview as in the text", () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...TEMPLATE_IDS), (answers, id) => {
        const built = buildLetter(id, answers, ctx);
        if (!built.ok) throw new Error(JSON.stringify(built.problems));
        const html = renderToStaticMarkup(createElement(LetterPreview, { doc: built.letter }));
        expect(normaliseWords(htmlText(html))).toBe(normaliseWords(renderText(built.letter)));
      }),
      { numRuns: 200 },
    );
  });

  it("render as PDF and Word with the same words as the text", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, fc.constantFrom(...TEMPLATE_IDS), async (answers, id) => {
        const built = buildLetter(id, answers, ctx);
        if (!built.ok) throw new Error(JSON.stringify(built.problems));
        const text = normaliseWords(renderText(built.letter));
        const [pdf, docx] = await Promise.all([renderPdf(built.letter, NODE_FONTS), renderDocx(built.letter)]);
        const docxWords = normaliseWords(await docxText(docx));
        expect(docxWords).toBe(text);
        expect(docxWords).not.toMatch(LEAK_MARKERS);
        const pdfWords = await pdfText(pdf);
        expect(pdfWords.length).toBeGreaterThan(0);
        expect(pdfWords).not.toMatch(LEAK_MARKERS);
      }),
      { numRuns: 25 },
    );
  });
});

describe("invalid answers", () => {
  it("are rejected with field-level messages and never throw", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...TEMPLATE_IDS), (input, id) => {
        const built = buildLetter(id, input, ctx);
        expect(built.ok).toBe(false);
        if (!built.ok) for (const p of built.problems) expect(p.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it("a valid file with one answer broken names that answer", () => {
    const breakers: Array<[string, (a: any) => void]> = [
      ["patient.nhsNumber", (a) => (a.patient.nhsNumber = "123")],
      ["patient.address.postcode", (a) => (a.patient.address.postcode = "nowhere")],
      ["patient.dateOfBirth", (a) => (a.patient.dateOfBirth = "3000-01-01")],
      ["patient.fullName", (a) => (a.patient.fullName = "\u200B \u0007")],
      ["gp.name", (a) => (a.gp.name = 42)],
      ["preferred.hospital", (a) => delete a.preferred.hospital],
    ];
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...breakers), (answers, [path, breakIt]) => {
        breakIt(answers);
        const result = validateAnswers(answers, ["gp", "preferred"]);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
      }),
      { numRuns: 200 },
    );
  });
});
