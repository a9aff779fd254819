import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { LetterDocument } from "@/lib/letter/model";
import { EMAIL, longLetter, NAMES, shortLetter } from "@/tests/fixtures/letter-documents";
import { docxHeadersFooters, docxProps, docxText, docxXml, normaliseWords, pdfInfo, pdfLetterText, pdfPages, pdfText } from "@/tests/helpers/extract";
import { messages } from "@/messages";
import { fill } from "@/messages/format";
import { getDocumentProxy } from "unpdf";
import { LetterPreview, renderDocx, renderPdf, renderText, type LetterFonts } from "./index";
import { estimatedPages } from "./pdf";

const fontPath = (name: string) => fileURLToPath(new URL(`../../public/fonts/${name}`, import.meta.url));
const FONTS: LetterFonts = { regular: fontPath("NotoSans-Regular.ttf"), bold: fontPath("NotoSans-Bold.ttf") };

const FIXTURES = { short: shortLetter, long: longLetter } as const;

/** Renders each fixture once per format and keeps the bytes, so the tests below stay quick. */
const rendered = new Map<string, Promise<Uint8Array>>();
function pdfOf(doc: LetterDocument) {
  const key = `pdf:${doc.title}`;
  if (!rendered.has(key)) rendered.set(key, renderPdf(doc, FONTS));
  return rendered.get(key)!;
}
function docxOf(doc: LetterDocument) {
  const key = `docx:${doc.title}`;
  if (!rendered.has(key)) rendered.set(key, renderDocx(doc));
  return rendered.get(key)!;
}

const latin1 = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes);

describe("renderText", () => {
  it("lays out the short letter as plain text, blocks a blank line apart, room to sign", () => {
    expect(renderText(shortLetter)).toBe(
      [
        "Łukasz Nguyễn",
        "14 Chapel Row",
        "Cardiff",
        "CF10 1AB",
        EMAIL,
        "",
        "25 November 2026",
        "",
        "Dr Siân O'Brien",
        "Smith & Jones Surgery",
        "1 High Street",
        "Bristol",
        "BS1 4AA",
        "",
        "Dear Dr O'Brien,",
        "",
        "Re: Łukasz Nguyễn, date of birth 3 March 1970, NHS number 943 476 5919",
        "",
        "Please refer me to another oncology team for a second opinion on my treatment plan. My partner Zoë will come to appointments with me.",
        "",
        "My notes say <script>alert(1)</script> and &amp; where the text was copied from a web page.",
        "",
        "- Clinic letters & scan reports",
        "- Histology results",
        "",
        `Please reply by email to ${EMAIL} or by post to the address above.`,
        "",
        "Yours sincerely",
        "",
        "",
        "Łukasz Nguyễn",
        "",
      ].join("\n"),
    );
  });

  it("numbers each numbered list from 1", () => {
    const text = renderText(longLetter);
    expect(text).toContain("1. Please refer me to the hepatobiliary");
    expect(text).toContain("3. Please send my scans");
    expect(text).toContain("1. Could treatment before surgery");
    expect(text).toContain("2. If the referral is declined");
    expect(text.endsWith("consent\n")).toBe(true);
  });
});

describe("LetterPreview", () => {
  const html = renderToStaticMarkup(createElement(LetterPreview, { doc: shortLetter }));

  it("escapes text the user typed", () => {
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&amp;amp;");
    expect(html).not.toContain("<script>");
  });

  it("marks every block with its id", () => {
    for (const doc of [shortLetter, longLetter]) {
      const markup = renderToStaticMarkup(createElement(LetterPreview, { doc }));
      for (const block of doc.blocks) {
        if ("id" in block) expect(markup).toContain(`data-block-id="${block.id}"`);
      }
    }
  });

  it("uses letter markup, not page headings", () => {
    expect(html).not.toMatch(/<h[1-6]/);
    expect(html).toContain('<p class="letter-subject" data-block-id="subject"><strong>Re: Łukasz Nguyễn');
    expect(html.match(/<address /g)).toHaveLength(2);
    expect(html).toContain('<ul class="letter-list letter-list--bullet" data-block-id="records">');
    const long = renderToStaticMarkup(createElement(LetterPreview, { doc: longLetter }));
    expect(long.match(/<ol /g)).toHaveLength(2);
    expect(html).toContain('lang="en-GB"');
  });
});

/** Whitespace folded, for a header that may wrap. */
const folded = (text: string) => text.normalize("NFKC").replace(/\s+/g, " ").trim();

const HELPER_SIGNS = ["Łukasz Nguyễn", "written with the help of Siân O'Brien"];

/** `lines` one-line paragraphs (26.4 pt each, with the space after), a last paragraph, and the sign-off. */
function letterEndingNear(lines: number, last: string, signs = HELPER_SIGNS): LetterDocument {
  const filler = "This line of the letter is here to fill the page to a chosen depth, one line at a time.";
  return {
    ...shortLetter,
    blocks: [
      ...Array.from({ length: lines }, (_, i) => ({ kind: "paragraph" as const, id: `p${i}`, text: filler })),
      { kind: "paragraph", id: "last", text: last },
      { kind: "signature", id: "signature", closing: "Yours sincerely,", lines: signs },
    ],
  };
}

describe("renderPdf", () => {
  it("keeps names, markup and the email address intact", async () => {
    for (const doc of [shortLetter, longLetter]) {
      const text = (await pdfLetterText(await pdfOf(doc))).normalize("NFKC");
      for (const name of doc === shortLetter ? NAMES : ["Zoë Nguyễn", "Siân O'Brien", "Łukasz", "Smith & Jones Surgery"]) {
        expect(text).toContain(name);
      }
      expect(text).toContain("<script>alert(1)</script> and &amp;");
      expect(text).toContain(EMAIL);
    }
  });

  it("sets the document properties", async () => {
    const info = await pdfInfo(await pdfOf(shortLetter));
    expect(info).toMatchObject({
      title: shortLetter.title,
      author: "Łukasz Nguyễn",
      subject: shortLetter.subject,
      language: "en-GB",
      creator: "Second opinion letters",
      producer: "Second opinion letters",
    });
  });

  it("fits the short letter on one page with no page-number footer and no header", async () => {
    const bytes = await pdfOf(shortLetter);
    expect(await pdfPages(bytes)).toEqual([{ header: "", body: expect.any(String), footer: "" }]);
    expect(await pdfText(bytes)).not.toMatch(/Page \d+ of/);
  });

  it("numbers the pages of a letter that runs over one page, and heads every page after the first with whose letter it is", async () => {
    const pages = await pdfPages(await pdfOf(longLetter));
    expect(pages.length).toBeGreaterThanOrEqual(2);
    expect(longLetter.furniture.continuation).toBe("Zoë Nguyễn – NHS number: 943 476 5919");
    for (const [i, page] of pages.entries()) {
      expect(page.footer).toBe(fill(messages.letterShared.pageOf, { page: i + 1, total: pages.length }));
      expect(folded(page.header)).toBe(i === 0 ? "" : longLetter.furniture.continuation);
    }
  });

  it("keeps the longest name's header above the letter, on two lines", async () => {
    const name = "Łukasz Wojciechowski-Brzęczyszczykiewicz Nguyễn-O'Brien Ó Súilleabháin Åström Pritchard-Jones";
    const continuation = fill(messages.letterShared.continuation, { patient: name, identifier: "Health and Care number: 943 476 5919" });
    const pages = await pdfPages(await renderPdf({ ...longLetter, furniture: { ...longLetter.furniture, continuation } }, FONTS));
    expect(pages[1]!.header).toContain("\n");
    expect(folded(pages[1]!.header)).toBe(continuation);
    expect(normaliseWords(pages.map((p) => p.body).join("\n"))).toBe(normaliseWords(renderText(longLetter)));
  });

  it("never leaves the sign-off alone on a page: it keeps the last paragraph with it", async () => {
    // The letter's end lands a paragraph further down the page each time, across the foot of page 1
    // (at the ordinary spacing from 28 lines, and set tighter to fit one page up to 36).
    const last = "Please reply within two weeks, by email or by post. Thank you for your help.";
    const signOffPages = new Set<number>();
    for (let lines = 21; lines <= 40; lines++) {
      const doc = letterEndingNear(lines, last);
      const pages = await pdfPages(await renderPdf(doc, FONTS));
      const at = pages.findIndex((page) => page.body.includes("Yours sincerely"));
      signOffPages.add(at);
      const before = normaliseWords(pages[at]!.body.split("Yours sincerely")[0]!);
      expect(before.endsWith(normaliseWords(last)), `${lines} lines: page ${at + 1} starts with the sign-off`).toBe(true);
      expect(pages[at]!.body).toContain("written with the help of Siân O'Brien");
      // And the paragraph before that: a last page is never the last paragraph and the sign-off alone.
      const third = doc.blocks.at(-3);
      if (at > 0 && third?.kind === "paragraph") expect(before).toContain(`${normaliseWords(third.text)} ${normaliseWords(last)}`);
    }
    // Both cases were met: the sign-off on page 1, and carried over to page 2.
    expect([...signOffPages].sort()).toEqual([0, 1]);
  });

  it("keeps a letter that ends just above the foot of the page on that page", async () => {
    // 24 paragraphs, the last one and a one-line sign-off end 1.7 pt above the bottom margin: only
    // the space after the last block would not fit, and react-pdf once moved the sign-off for it.
    const pages = await pdfPages(await renderPdf(letterEndingNear(24, "Thank you for your help.", ["Łukasz Nguyễn"]), FONTS));
    expect(pages).toHaveLength(1);
  });

  it("numbers the pages of a letter that looked as if it would fit on one page, and only those that run over", async () => {
    // Wide capitals fill lines twice as fast as the character count suggests, narrow letters half
    // as fast: the page guess is wrong both ways, and the footer must still be right.
    const paragraphs = (word: string, count: number, length: number): LetterDocument => ({
      ...shortLetter,
      blocks: Array.from({ length: count }, (_, i) => ({
        kind: "paragraph" as const,
        id: `p${i}`,
        text: `${word} `.repeat(length / (word.length + 1)).trim(),
      })),
    });
    const wide = paragraphs("MWMW", 5, 570);
    expect(estimatedPages(wide)).toBeLessThan(1);
    const wideBytes = await renderPdf(wide, FONTS);
    expect((await pdfInfo(wideBytes)).pages).toBe(2);
    const wideText = await pdfText(wideBytes);
    expect(wideText).toContain("Page 1 of 2");
    expect(wideText).toContain("Page 2 of 2");

    const narrow = paragraphs("iljt", 8, 500);
    expect(estimatedPages(narrow)).toBeGreaterThan(1.05);
    const narrowBytes = await renderPdf(narrow, FONTS);
    expect((await pdfInfo(narrowBytes)).pages).toBe(1);
    expect(await pdfText(narrowBytes)).not.toMatch(/Page \d+ of/);
  });

  it("right-aligns each line of the sender's address to the margin", async () => {
    const proxy = await getDocumentProxy((await pdfOf(shortLetter)).slice());
    try {
      const page = await proxy.getPage(1);
      const items = (await page.getTextContent()).items.flatMap((item) => ("str" in item && item.str.trim() ? [item] : []));
      const rightMargin = 595.28 - 20 * (72 / 25.4);
      const sender = shortLetter.blocks.find((b) => b.kind === "address" && b.role === "sender");
      if (sender?.kind !== "address") throw new Error("the fixture has no sender address");
      for (const line of sender.lines) {
        const item = items.find((i) => i.str.normalize("NFKC") === line);
        expect(item, line).toBeDefined();
        expect(item!.transform[4] + item!.width).toBeCloseTo(rightMargin, 0);
        expect(item!.transform[4]).toBeGreaterThan(250);
      }
    } finally {
      await proxy.destroy();
    }
  });

  it("never leaves a heading at the foot of a page, nor splits the signature", async () => {
    const pages = (await pdfPages(await pdfOf(longLetter))).map((page) => page.body);
    const headings = longLetter.blocks.flatMap((b) => (b.kind === "heading" ? [b.text] : []));
    for (const page of pages.slice(0, -1)) {
      const lines = page
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
      expect(headings).not.toContain(lines.at(-1));
    }
    const last = pages.at(-1)!;
    expect(last).toContain("Yours sincerely");
    expect(last).toContain("written with the help of Łukasz Nguyễn");
  });

  it("keeps every letter mapped to its text after a PDF with accented letters", async () => {
    // Fresh font objects (a new spelling of the same files), so no earlier test has cached a glyph.
    const fresh: LetterFonts = {
      regular: FONTS.regular.replace(/NotoSans-Regular\.ttf$/, "./NotoSans-Regular.ttf"),
      bold: FONTS.bold.replace(/NotoSans-Bold\.ttf$/, "./NotoSans-Bold.ttf"),
    };
    const letter = (text: string): LetterDocument => ({ ...shortLetter, blocks: [{ kind: "paragraph", id: "p", text }] });
    // Embedding "Á" asks fontkit for "A" with no code points; before the repair in pdf.tsx the
    // next PDF's "A" extracted as nothing, and line breaks landed one letter late.
    await renderPdf(letter("ÁÉÍÓÚ áéíóú ÀÈ ÂÊÔ ÄËÖÜ ÇçÑñ"), fresh);
    const plain = `Dear Dr Anita Shah, ${"Alan, Eve, Ian, Olga and Uma are in a queue. ".repeat(6)}`;
    const text = await pdfText(await renderPdf(letter(plain), fresh));
    expect(normaliseWords(text)).toBe(normaliseWords(plain));
    for (const line of text.split("\n").filter((l) => l.trim())) {
      expect(line, "a line ends mid-word").toMatch(/(^|[ ,.])(Dear|Dr|Anita|Shah|Alan|Eve|Ian|Olga|and|Uma|are|in|a|queue)[,.]?\s*$/);
    }
  });

  it("reads a Turkish dotless ı back as ı after a PDF with an accented i", async () => {
    const fresh: LetterFonts = { regular: FONTS.regular.replace(/NotoSans/, "././NotoSans"), bold: FONTS.bold.replace(/NotoSans/, "././NotoSans") };
    const letter = (text: string): LetterDocument => ({ ...shortLetter, blocks: [{ kind: "paragraph", id: "p", text }] });
    // An i with an accent that has no precomposed letter is drawn as a dotless ı and the accent;
    // before every glyph was forgotten between renders, the next PDF's ı was read back as "i".
    await renderPdf(letter("Ni\u030Bna and i\u0306 go"), fresh);
    expect(await pdfText(await renderPdf(letter("Dr Yıldız Işık"), fresh))).toContain("Dr Yıldız Işık");
  });

  it("makes a PDF of a mark that the font leaves without an anchor, and keeps the words after it", async () => {
    // Noto Sans has empty anchors for some marks (fontkit threw on "a" with U+0334 until pdf.tsx
    // skipped them: foliojs/fontkit#367).
    const text = "Dra\u0334a Pell and a\u0334 friend.";
    const pdf = await renderPdf({ ...shortLetter, blocks: [{ kind: "paragraph", id: "p", text }] }, FONTS);
    expect(normaliseWords(await pdfText(pdf))).toBe(normaliseWords(text));
  });

  it("spells out ligature characters such as ﬀ, and drops nothing after them", async () => {
    const text = "Staff offered copies of \uFB00a. Then \uFB01le and \uFB02at notes.";
    const pdf = await renderPdf({ ...shortLetter, blocks: [{ kind: "paragraph", id: "p", text }] }, FONTS);
    expect(normaliseWords(await pdfText(pdf))).toBe(normaliseWords(text));
  });

  it("renders PDFs asked for together, each with its own words", async () => {
    const [a, b] = await Promise.all([renderPdf(shortLetter, FONTS), renderPdf(longLetter, FONTS)]);
    expect(normaliseWords(await pdfLetterText(a))).toBe(normaliseWords(renderText(shortLetter)));
    expect(normaliseWords(await pdfLetterText(b))).toBe(normaliseWords(renderText(longLetter)));
  });

  it("embeds Noto Sans as a TrueType font and uses no standard PDF font", async () => {
    const raw = latin1(await pdfOf(shortLetter));
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Regular/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSans-Bold/);
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28\d* 841\.89\d*\]/);
  });

  it("never splits an email address across lines, wherever the line ends", async () => {
    // Without the no-hyphenation callback react-pdf wrote "very.long.name@exam- ple-practice.nhs.uk".
    for (let words = 0; words < 20; words++) {
      const text = `${"word ".repeat(words)}Please reply by email to ${EMAIL} or by post.`;
      const doc: LetterDocument = { ...shortLetter, blocks: [{ kind: "paragraph", id: "p", text }] };
      expect(await pdfText(await renderPdf(doc, FONTS))).toContain(EMAIL);
    }
  });
});

describe("renderDocx", () => {
  it("keeps names, ampersands and markup as literal text", async () => {
    const text = await docxText(await docxOf(shortLetter));
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain("<script>alert(1)</script> and &amp; where");
    const xml = await docxXml(await docxOf(shortLetter));
    expect(xml).toContain("&lt;script&gt;alert(1)&lt;/script&gt; and &amp;amp; where");
  });

  it("sets the document properties", async () => {
    expect(await docxProps(await docxOf(shortLetter))).toEqual({
      title: shortLetter.title,
      creator: "Łukasz Nguyễn",
      subject: shortLetter.subject,
      description: "Made with Second opinion letters",
      lastModifiedBy: "Łukasz Nguyễn",
    });
  });

  it("is A4 with 20 mm margins, in paragraph styles, in British English", async () => {
    const bytes = await docxOf(shortLetter);
    const xml = await docxXml(bytes);
    expect(xml).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    expect(xml).toContain('<w:pStyle w:val="SenderAddress"/>');
    expect(xml).toContain('<w:pStyle w:val="LetterSubject"/>');
    expect(xml).not.toMatch(/<w:txbxContent|<w:tbl>/);
    const JSZip = (await import("jszip")).default;
    const styles = await (await JSZip.loadAsync(bytes)).file("word/styles.xml")!.async("string");
    expect(styles).toContain('<w:lang w:val="en-GB"/>');
    expect(styles).toMatch(/w:styleId="SenderAddress">.*?<w:jc w:val="right"\/>/);
    expect(styles).toMatch(/w:styleId="LetterSubject"><w:name w:val="Letter Subject"\/>/);
  });

  it("numbers every page with Word's own PAGE and NUMPAGES fields, in the catalogue's words", async () => {
    const pageOf = fill(messages.letterShared.pageOf, { page: "{PAGE}", total: "{NUMPAGES}" });
    expect(pageOf).toBe("Page {PAGE} of {NUMPAGES}");
    for (const doc of [shortLetter, longLetter]) {
      const { footers } = await docxHeadersFooters(await docxOf(doc));
      expect(footers).toEqual({ first: pageOf, default: pageOf });
    }
  });

  it("heads every page after the first with whose letter it is: the first page has its own, empty, header", async () => {
    const { titlePage, headers } = await docxHeadersFooters(await docxOf(longLetter));
    expect(titlePage).toBe(true);
    expect(headers).toEqual({ first: "", default: "Zoë Nguyễn – NHS number: 943 476 5919" });
  });

  it("keeps the last paragraph whole and with the sign-off, and the sign-off together", async () => {
    const xml = await docxXml(await docxOf(longLetter));
    const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!;
    const at = paragraphs.findIndex((p) => p.includes("Yours sincerely"));
    expect(paragraphs[at - 1]).toContain("Thank you for your help.");
    expect(paragraphs[at - 1]).toMatch(/<w:pPr><w:keepNext\/><w:keepLines\/>/);
    expect(paragraphs[at]).toMatch(/<w:pStyle w:val="Closing"\/><w:keepNext\/>/);
    expect(paragraphs[at + 1]).toMatch(/<w:pStyle w:val="Signature"\/><w:keepNext\/>/);
    // Only the paragraph before the sign-off: the rest of the letter flows as Word lays it out.
    expect(paragraphs.slice(0, at - 1).filter((p) => p.includes("<w:keepLines/>") && !p.includes("LetterSubject"))).toEqual([]);
  });

  it("starts each numbered list again at 1", async () => {
    const xml = await docxXml(await docxOf(longLetter));
    const numIdOf = (text: string) => {
      const p = xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g)!.find((para) => para.includes(text));
      return p?.match(/<w:numId w:val="(\d+)"\/>/)?.[1];
    };
    const first = numIdOf("Please refer me to the hepatobiliary");
    expect(first).toBeDefined();
    expect(numIdOf("Please send my scans")).toBe(first);
    const second = numIdOf("Could treatment before surgery");
    expect(second).toBeDefined();
    expect(second).not.toBe(first);
  });
});

describe("every renderer says the same words", () => {
  for (const [name, doc] of Object.entries(FIXTURES)) {
    it(`text, PDF and DOCX agree for the ${name} letter`, async () => {
      const text = normaliseWords(renderText(doc));
      expect(normaliseWords(await pdfLetterText(await pdfOf(doc)))).toBe(text);
      expect(normaliseWords(await docxText(await docxOf(doc)))).toBe(text);
    });
  }
});

describe("renderer sources", () => {
  const dir = fileURLToPath(new URL(".", import.meta.url));
  const sources = readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

  it("use nothing Node-only, so they run in the browser", () => {
    expect(sources).toEqual(expect.arrayContaining(["docx.ts", "html.tsx", "index.ts", "pdf.tsx", "text.ts"]));
    for (const file of sources) {
      const code = readFileSync(`${dir}/${file}`, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/^\s*\/\/.*$/gm, "");
      expect(code, file).not.toMatch(/from\s+["'](node:|fs|path|buffer|stream|os|child_process)(\/[^"']*)?["']/);
      expect(code, file).not.toMatch(/\brequire\s*\(|import\s*\(\s*["']node:/);
      expect(code, file).not.toMatch(/\b(Buffer|__dirname|__filename)\b|process\./);
    }
  });
});
