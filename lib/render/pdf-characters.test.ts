import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import type { LetterBlock, LetterDocument } from "@/lib/letter/model";
import { shortLetter } from "@/tests/fixtures/letter-documents";
import { pdfFontNames, pdfRuns, pdfText } from "@/tests/helpers/extract";
import { charactersMissingFromPdf, STAND_IN, standInForMissing } from "./pdf-coverage";
import { renderPdf } from "./pdf";
import { renderText } from "./text";

// Issue 23, rows 5 and 6: every character in a PDF is printed where it belongs or stood in for
// and named, never printed off the page or as the wrong letters.

/** 1 mm in points, and the letter's side margins. */
const MARGIN = 20 * (72 / 25.4);
const letterWith = (blocks: LetterBlock[]): LetterDocument => ({ ...shortLetter, blocks: [...shortLetter.blocks, ...blocks] });

describe("a word longer than a line (row 5)", () => {
  const url = "https://www.example.nhs.uk/services/cancer/second-opinions/how-to-ask-for-a-second-opinion-from-another-team/index.html?ref=letter-page-1234";
  const hospital = "TheQueenElizabethHospitalBirminghamUniversityHospitalsBirminghamNHSFoundationTrustCancerCentre";
  const wide = "W".repeat(60);

  it("breaks inside itself and keeps every word between the margins, read back from the PDF", async () => {
    expect(url).toHaveLength(140);
    const doc = letterWith([
      { kind: "paragraph", id: "why", text: `Why this team: ${url} is where I read about them.` },
      { kind: "list", id: "teams", style: "bullet", items: [`Preferred: ${hospital}`, wide] },
      { kind: "heading", id: "h", text: `About ${wide}` },
    ]);
    const bytes = await renderPdf(doc, NODE_FONTS);
    const runs = await pdfRuns(bytes);
    // Every run of text, and so every word in it, starts and ends inside the margins (half a point for rounding).
    for (const run of runs) {
      expect(run.x, run.str).toBeGreaterThanOrEqual(MARGIN - 0.5);
      expect(run.x + run.width, run.str).toBeLessThanOrEqual(run.pageWidth - MARGIN + 0.5);
    }
    // Nothing is lost and nothing added (a hyphen where it broke would change a web link): each
    // long word is all there, in order, across the lines it wraps over.
    const letters = runs
      .map((run) => run.str)
      .join("")
      .replace(/\s/g, "");
    for (const word of [url, hospital, wide]) expect(letters).toContain(word);
    // It wrapped: the web link's start and end are on different lines.
    const lineOf = (part: string) => runs.find((run) => run.str.includes(part))!.y;
    expect(lineOf("https://")).not.toBe(lineOf("index.html"));
  });

  it("leaves words that fit as they were", async () => {
    const text = "An email address like very.long.name@example-practice.nhs.uk stays whole.";
    const bytes = await renderPdf(letterWith([{ kind: "paragraph", id: "p", text }]), NODE_FONTS);
    expect(await pdfText(bytes)).toContain(text);
  });
});

describe("characters the PDF font does not have (row 6)", () => {
  const tagged = (text: string) => Array.from(text, (c) => String.fromCodePoint(0xe0000 + c.codePointAt(0)!)).join("");

  it("are named exactly before the PDF is made: emoji, rare CJK, tag characters, a mark the font lacks", () => {
    expect(charactersMissingFromPdf("Margaret 😀 Ellis, 𠀀𠀁 and 王 and 김")).toEqual(["😀", "𠀀", "𠀁", "王", "김"]);
    // A tag character after a letter joins it as one character on screen: it is named by its code, never as the "t".
    expect(charactersMissingFromPdf(`Margaret${tagged("hi")} Ellis`)).toEqual(["U+E0068", "U+E0069"]);
    // A mark the font lacks, above a letter it has.
    expect(charactersMissingFromPdf("a\u20D0b")).toEqual(["\u20D0"]);
  });

  it("are printed as �, never as other letters in another font", async () => {
    const text = "Margaret 😀 Ellis, 𠀀𠀁 and 王 and 김 and 👍🏽 and a\u20D0b.";
    expect(standInForMissing(text)).toBe(
      `Margaret ${STAND_IN} Ellis, ${STAND_IN}${STAND_IN} and ${STAND_IN} and ${STAND_IN} and ${STAND_IN} and a${STAND_IN}b.`,
    );
    const doc = letterWith([{ kind: "paragraph", id: "p", text }]);
    const bytes = await renderPdf(doc, NODE_FONTS);
    // Only the letter font: no fallback that draws what it cannot encode as Latin-1 bytes.
    expect(pdfFontNames(bytes)).toEqual(["NotoSans-Bold", "NotoSans-Regular"]);
    expect(await pdfText(bytes)).toContain(standInForMissing(text));
    // The text and Word files keep them: only the PDF stands in.
    expect(renderText(doc)).toContain(text);
  });
});
