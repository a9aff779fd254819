import { describe, expect, it, vi } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import { longLetter, shortLetter } from "@/tests/fixtures/letter-documents";
import { normaliseWords, pdfLetterText, pdfPages } from "@/tests/helpers/extract";
import { renderText } from "./text";

// Each react-pdf `pdf(element)` call makes a React root that React never lets go of (it stays in
// the reconciler's list of scheduled roots), so making a new one per PDF held every letter's tree
// for the life of the process. renderPdf keeps one instance and swaps its document.

const made = vi.hoisted(() => ({ instances: 0 }));
vi.mock("@react-pdf/renderer", async (importOriginal) => {
  const real = await importOriginal<typeof import("@react-pdf/renderer")>();
  return {
    ...real,
    pdf: (...args: Parameters<typeof real.pdf>) => {
      made.instances++;
      return real.pdf(...args);
    },
  };
});

describe("renderPdf over many letters", () => {
  it("uses one react-pdf instance, and each PDF still has only its own words", async () => {
    const { renderPdf } = await import("./pdf");
    const docs = [shortLetter, longLetter, shortLetter, longLetter, shortLetter];
    const pdfs = [];
    for (const doc of docs) pdfs.push(await renderPdf(doc, NODE_FONTS));
    // Asked for together too: they queue.
    pdfs.push(...(await Promise.all([renderPdf(longLetter, NODE_FONTS), renderPdf(shortLetter, NODE_FONTS)])));
    expect(made.instances).toBe(1);
    const asked = [...docs, longLetter, shortLetter];
    for (const [i, bytes] of pdfs.entries()) {
      expect(normaliseWords(await pdfLetterText(bytes))).toBe(normaliseWords(renderText(asked[i]!)));
      // Its own header too, on the pages after the first.
      for (const page of (await pdfPages(bytes)).slice(1)) expect(page.header).toBe(asked[i]!.furniture.continuation);
    }
  });

  it("goes on working after a render fails", async () => {
    const { renderPdf } = await import("./pdf");
    await expect(renderPdf(shortLetter, { regular: "/no/such/font.ttf", bold: "/no/such/font-bold.ttf" })).rejects.toThrow();
    expect(normaliseWords(await pdfLetterText(await renderPdf(shortLetter, NODE_FONTS)))).toBe(normaliseWords(renderText(shortLetter)));
  });
});
