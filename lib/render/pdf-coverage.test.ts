import { messages } from "@/messages";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { coverageModule, coverageRanges } from "@/scripts/font-coverage.mjs";
import { shortLetter } from "@/tests/fixtures/letter-documents";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { buildLetter } from "@/templates/build";
import { charactersMissingFromPdf } from "./pdf-coverage";
import { renderText } from "./text";

const letter = (text: string) => renderText({ ...shortLetter, blocks: [{ kind: "paragraph", id: "p", text }] });

describe("the characters a PDF cannot show", () => {
  it("come from a table that matches the letter fonts (run node scripts/font-coverage.mjs after changing them)", () => {
    const table = readFileSync(fileURLToPath(new URL("./pdf-font-coverage.ts", import.meta.url)), "utf8");
    expect(table).toBe(coverageModule(coverageRanges()));
  });

  it("are none for names and words in Latin, Greek and Cyrillic scripts, with their accents", () => {
    expect(
      charactersMissingFromPdf(
        letter("Łukasz Nguyễn Thị, Zoë Brontë, Siân Llŷr, Ayşe Yıldız, Ελένη Παπαδοπούλου, Алёна Иванова, £40 – “quoted” ‘text’ … 5 °C, ½"),
      ),
    ).toEqual([]);
    expect(charactersMissingFromPdf(letter("Line one\nLine two\tand a tab"))).toEqual([]);
  });

  it("are none in any example letter", () => {
    for (const ex of EXAMPLES) {
      const built = buildLetter(ex.template, ex.answers, { date: "2026-11-25", words: messages });
      if (!built.ok) throw new Error(`${ex.template}/${ex.name}`);
      expect(charactersMissingFromPdf(renderText(built.letter)), `${ex.template}/${ex.name}`).toEqual([]);
    }
  });

  it("are listed once each, in the order they first appear, an emoji with its skin tone as one", () => {
    expect(charactersMissingFromPdf(letter("Dr 김민준 (민준) and محمد said 👍🏽 👍🏽 then 王 and 👍"))).toEqual([
      "김",
      "민",
      "준",
      "م",
      "ح",
      "د",
      "👍🏽",
      "王",
      "👍",
    ]);
  });
});
