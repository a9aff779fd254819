import { describe, expect, it } from "vitest";
import { NODE_FONTS } from "@/cli/fonts";
import type { LetterBlock } from "@/lib/letter/model";
import { ADDRESS_MOST_LINES, addressInLines } from "@/lib/letter/address";
import { ADDRESS_WINDOW, renderPdf } from "@/lib/render/pdf";
import { messages } from "@/messages";
import { fill } from "@/messages/format";
import { buildLetter } from "@/templates/build";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { normaliseWords, pdfPages, pdfPlacedText, type PlacedText } from "@/tests/helpers/extract";

// Letters on paper (issue 22, point 4): the recipient's address in a window envelope's window, a
// last page that is never only the sign-off and one paragraph, a letter that nearly fits set on
// one page, and a large-print copy. Read back from the PDFs themselves, in millimetres.

const MM = 72 / 25.4;
/** GOV.UK Notify's address block, in millimetres from the page's top left. */
const WINDOW = {
  left: ADDRESS_WINDOW.left / MM,
  top: ADDRESS_WINDOW.top / MM,
  right: (ADDRESS_WINDOW.left + ADDRESS_WINDOW.width) / MM,
  bottom: (ADDRESS_WINDOW.top + ADDRESS_WINDOW.height) / MM,
};

function build(template: (typeof EXAMPLES)[number]["template"], answers: unknown) {
  const built = buildLetter(template, answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.letter;
}

/** The runs of text drawn over the window, anywhere on page 1. */
const inWindow = (placed: readonly PlacedText[]) =>
  placed.filter((p) => p.page === 1 && p.right > WINDOW.left && p.left < WINDOW.right && p.bottom > WINDOW.top && p.top < WINDOW.bottom);

const isClosing = (block: LetterBlock) => block.kind === "signature" || (block.kind === "paragraph" && (block.id === "reply" || block.id === "thanks"));
const textOf = (block: LetterBlock) =>
  block.kind === "list" ? block.items.join(" ") : block.kind === "address" || block.kind === "signature" ? block.lines.join(" ") : block.text;

describe.each(EXAMPLES)("$template/$name on paper", (ex) => {
  const letter = build(ex.template, ex.answers);
  let file: Promise<Uint8Array> | undefined;
  const pdf = () => (file ??= renderPdf(letter, NODE_FONTS));

  it("shows 'Private and confidential' and the whole address, and nothing else, in a window envelope's window", async () => {
    const recipient = letter.blocks.find((b) => b.kind === "address" && b.role === "recipient");
    if (recipient?.kind !== "address") throw new Error("no recipient");
    const shown = inWindow(await pdfPlacedText(await pdf()));
    expect(shown.map((p) => p.text.trim())).toEqual([messages.letterShared.confidential, ...recipient.lines]);
    expect(recipient.lines.length).toBeLessThanOrEqual(ADDRESS_MOST_LINES);
    expect(shown.length).toBeLessThanOrEqual(ADDRESS_WINDOW.lines);
    for (const run of shown) {
      expect(run.left).toBeGreaterThanOrEqual(WINDOW.left - 0.01);
      expect(run.right).toBeLessThanOrEqual(WINDOW.right);
      // The em box's top, and the baseline with a quarter of the size below it for descenders.
      expect(run.top).toBeGreaterThanOrEqual(WINDOW.top - 0.01);
      expect(run.bottom + (run.fontSize / MM) * 0.25).toBeLessThanOrEqual(WINDOW.bottom);
      expect(run.fontSize).toBeGreaterThanOrEqual(8);
    }
  });

  it("never leaves a last page with only the last paragraph and the sign-off", async () => {
    const pages = await pdfPages(await pdf());
    if (pages.length === 1) return;
    let closing = letter.blocks.length;
    while (isClosing(letter.blocks[closing - 1]!)) closing--;
    const lastPage = normaliseWords(pages.at(-1)!.body);
    for (const block of letter.blocks.slice(closing - 2)) {
      // Its last words at least: a long paragraph may start on the page before.
      expect(lastPage).toContain(normaliseWords(textOf(block)).split(" ").slice(-6).join(" "));
    }
  });
});

describe("a letter on paper", () => {
  it("is set a little tighter to fit one page when it nearly fits, and only then", async () => {
    /** The distance between the baselines of the letter's first paragraph's lines, in points. */
    const pitch = async (bytes: Uint8Array) => {
      const placed = (await pdfPlacedText(bytes)).filter((p) => p.fontSize === 11 && p.left < 21);
      const gaps = placed.slice(1).map((p, i) => (p.bottom - placed[i]!.bottom) * MM);
      return Math.min(...gaps.filter((gap) => gap > 5));
    };
    const nearly = await renderPdf(build("pals-concern", answersOf("pals-concern", "carer")), NODE_FONTS);
    expect((await pdfPages(nearly)).length).toBe(1);
    expect(await pitch(nearly)).toBeLessThan(11 * 1.4 - 1);
    const fits = await renderPdf(build("pals-concern", answersOf("pals-concern", "minimal")), NODE_FONTS);
    expect(await pitch(fits)).toBeCloseTo(11 * 1.4, 1);
    // Too long for that: two pages at the ordinary size.
    const long = await renderPdf(build("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "typical")), NODE_FONTS);
    expect((await pdfPages(long)).length).toBe(2);
    expect(await pitch(long)).toBeCloseTo(11 * 1.4, 1);
  });

  it("puts a long address in the window's seven lines, the town and the postcode on their own", () => {
    const lines = ["Dr A", "Medical Oncology", "Upper GI Team", "Big Hospital", "1 Long Road", "Somewhere", "Town", "AB1 2CD"];
    const fitted = addressInLines(lines, (first, second) => fill(messages.letterShared.addressLines, { first, second }));
    expect(fitted).toHaveLength(6);
    expect(fitted[0]).toBe("Dr A");
    expect(fitted.slice(-2)).toEqual(["Town", "AB1 2CD"]);
    expect(fitted.join(", ")).toBe(lines.join(", "));
  });

  it("comes as a large-print copy: every word at 16 pt or more, the same words, in the ordinary flow", async () => {
    const letter = build("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "typical"));
    const large = await renderPdf(letter, NODE_FONTS, "large");
    const placed = await pdfPlacedText(large);
    expect(Math.min(...placed.map((p) => p.fontSize))).toBeGreaterThanOrEqual(16);
    const standard = await pdfPages(await renderPdf(letter, NODE_FONTS));
    const pages = await pdfPages(large);
    expect(pages.length).toBeGreaterThan(standard.length);
    expect(normaliseWords(pages.map((p) => p.body).join("\n"))).toBe(normaliseWords(standard.map((p) => p.body).join("\n")));
    expect(pages.at(-1)!.footer).toBe(`Page ${pages.length} of ${pages.length}`);
  });
});
