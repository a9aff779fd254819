import { messages } from "@/messages";
import fc from "fast-check";
import * as fontkit from "fontkit";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import { validateAnswers } from "@/lib/answers";
import type { LetterDocument } from "@/lib/letter/model";
import { LETTER_IDS, type LetterId } from "@/templates";
import { renderDocx } from "@/lib/render/docx";
import { LetterPreview } from "@/lib/render/html";
import { renderPdf } from "@/lib/render/pdf";
import { charactersMissingFromPdf } from "@/lib/render/pdf-coverage";
import { renderText } from "@/lib/render/text";
import { buildLetter } from "@/templates/build";
import { LEAK_MARKERS, printableAnswers, validAnswers } from "@/tests/fixtures/arbitraries";
import { docxText, htmlText, normaliseWords, pdfPages, pdfText } from "@/tests/helpers/extract";

const ctx = { date: "2026-11-25", words: messages };

/** The letter with its lists marked as the PDF marks them ("•", "1."), not as plain text does ("- "). */
function asPdfDrawsIt(doc: LetterDocument): LetterDocument {
  const blocks = doc.blocks.flatMap((block) =>
    block.kind === "list"
      ? block.items.map((item, i) => ({
          kind: "paragraph" as const,
          id: `${block.id}-${i}`,
          text: `${block.style === "numbered" ? `${i + 1}.` : "•"} ${item}`,
        }))
      : [block],
  );
  return { ...doc, blocks };
}

/**
 * Every character in reading order, less what the PDF lays out its own way: spaces and line
 * breaks, invisible characters it draws as nothing (such as the combining grapheme joiner), and
 * hyphens, as it may break a word that mixes scripts at a line end with one.
 */
const squashed = (text: string) =>
  text
    .normalize("NFKC")
    .replace(/Page \d+ of \d+/g, "")
    .replace(/[\s\p{Default_Ignorable_Code_Point}\-\u2010]/gu, "");

/** Read from the font files themselves, not from the table the app uses. */
const FONTS = [NODE_FONTS.regular, NODE_FONTS.bold].map((file) => fontkit.openSync(file) as fontkit.Font);
function graphemesTheFontLacks(text: string): string[] {
  const graphemes = Array.from(new Intl.Segmenter("en-GB", { granularity: "grapheme" }).segment(text), (s) => s.segment);
  const lacking = graphemes.filter((g) => [...g].some((c) => !/[\n\r\t]/.test(c) && FONTS.some((font) => !font.hasGlyphForCodePoint(c.codePointAt(0)!))));
  // A lone character that draws nothing (U+FFA0, a halfwidth filler) is named by its code, as the page names it.
  const named = (g: string) =>
    /^[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}]$/u.test(g) ? `U+${g.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}` : g;
  return [...new Set(lacking.map(named))];
}

/** The letter the answers build; valid answers always build one. */
function letterFor(answers: unknown, id: LetterId): LetterDocument {
  const built = buildLetter(id, answers, ctx);
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.letter;
}

describe("any valid answers", () => {
  it("build every letter as text with nothing missing or leaked", () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...LETTER_IDS), (answers, id) => {
        const letter = letterFor(answers, id);
        const text = renderText(letter);
        expect(text).not.toMatch(LEAK_MARKERS);
      }),
      { numRuns: 300 },
    );
  });

  it("show the same words in the HTML preview as in the text", () => {
    fc.assert(
      fc.property(validAnswers, fc.constantFrom(...LETTER_IDS), (answers, id) => {
        const letter = letterFor(answers, id);
        const html = renderToStaticMarkup(createElement(LetterPreview, { doc: letter }));
        expect(normaliseWords(htmlText(html))).toBe(normaliseWords(renderText(letter)));
      }),
      { numRuns: 200 },
    );
  });

  it("render as PDF and Word, the Word file with the same words as the text", async () => {
    await fc.assert(
      fc.asyncProperty(validAnswers, fc.constantFrom(...LETTER_IDS), async (answers, id) => {
        const letter = letterFor(answers, id);
        const plain = renderText(letter);
        const text = normaliseWords(plain);
        const [pdf, docx] = await Promise.all([renderPdf(letter, NODE_FONTS), renderDocx(letter)]);
        const docxWords = normaliseWords(await docxText(docx));
        expect(docxWords).toBe(text);
        expect(docxWords).not.toMatch(LEAK_MARKERS);
        // Characters the font lacks are drawn as its empty box, which pdf.js reads back as any
        // character at all (once, "{{"): the letter page warns of those characters instead.
        const missing = charactersMissingFromPdf(plain);
        expect(missing).toEqual(graphemesTheFontLacks(plain));
        const pdfWords = await pdfText(pdf);
        expect(pdfWords.length).toBeGreaterThan(0);
        if (missing.length === 0) expect(pdfWords).not.toMatch(LEAK_MARKERS);
      }),
      { numRuns: 25 },
    );
  });

  it("in characters the PDF's font has, come out of the PDF character for character", async () => {
    await fc.assert(
      fc.asyncProperty(printableAnswers, fc.constantFrom(...LETTER_IDS), async (answers, id) => {
        const letter = letterFor(answers, id);
        expect(charactersMissingFromPdf(renderText(letter))).toEqual([]);
        const pages = await pdfPages(await renderPdf(letter, NODE_FONTS));
        expect(squashed(pages.map((page) => page.body).join("\n"))).toBe(squashed(renderText(asPdfDrawsIt(letter))));
        // And whose letter it is, at the head of every page after the first.
        expect(pages.map((page) => squashed(page.header))).toEqual(pages.map((_, i) => (i === 0 ? "" : squashed(letter.furniture.continuation))));
      }),
      { numRuns: 25 },
    );
  });
});

describe("invalid answers", () => {
  it("are rejected with field-level messages and never throw", () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom(...LETTER_IDS), (input, id) => {
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
        const result = validateAnswers(answers, ["gp", "preferred"], messages);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
      }),
      { numRuns: 200 },
    );
  });
});
