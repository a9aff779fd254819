/**
 * The floor for the PDF benchmark: the same LetterDocument laid out by raw pdfkit (the engine
 * under @react-pdf/renderer) with the same embedded Noto Sans. Bench-only, never shipped.
 *
 * It copies the product's page (lib/render/pdf.tsx) closely enough that both do the same work:
 * A4, 20 mm margins, 11 pt text on 1.4 line height, one em after each block, the sender's address
 * and the date right-aligned, a bold subject kept with what follows, list markers in an 18 pt
 * column, the signature kept on one page with 36 pt to sign, and "Page n of N" when there is more
 * than one page. What it does not do is what makes react-pdf a layout engine (flexbox, styles,
 * a React tree): that is the cost being measured.
 */
import { readFileSync } from "node:fs";
import * as fontkit from "fontkit";
import PDFDocument from "pdfkit";
import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";

/**
 * The fonts, read and parsed by fontkit once per process and reused by every document, as
 * react-pdf's font store does for ours: pdfkit takes a parsed fontkit font as a font source.
 * `reparse` instead hands pdfkit the bytes, so each document parses the font again (pdfkit's
 * plain `registerFont(name, path)` usage); the bench reports it for reference only.
 */
export interface BaselineFonts {
  regular: fontkit.Font;
  bold: fontkit.Font;
  bytes: { regular: Buffer; bold: Buffer };
  reparse: boolean;
}

export function loadBaselineFonts(paths: { regular: string; bold: string }, { reparse = false } = {}): BaselineFonts {
  const bytes = { regular: readFileSync(paths.regular), bold: readFileSync(paths.bold) };
  const parse = (buffer: Buffer) => fontkit.create(buffer) as fontkit.Font;
  return { regular: parse(bytes.regular), bold: parse(bytes.bold), bytes, reparse };
}

const MM = 72 / 25.4;
const MARGIN = 20 * MM;
const FONT_SIZE = 11;
const LINE = FONT_SIZE * 1.4;
const BLOCK_GAP = FONT_SIZE;
const SIGN_SPACE = 36;
const MARKER_WIDTH = 18;
const ITEM_GAP = 3;
const PRODUCER = "Second opinion letters (bench baseline)";

export function renderPdfkit(letter: LetterDocument, fonts: BaselineFonts): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      lang: letter.language,
      info: { Title: letter.title, Author: letter.author, Subject: letter.subject, Creator: PRODUCER, Producer: PRODUCER },
    });
    const chunks: Buffer[] = [];
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);

    // @types/pdfkit lists only paths and bytes, but pdfkit 0.20 also takes a parsed fontkit font.
    type Source = Parameters<typeof doc.registerFont>[1];
    doc.registerFont("regular", (fonts.reparse ? fonts.bytes.regular : fonts.regular) as Source);
    doc.registerFont("bold", (fonts.reparse ? fonts.bytes.bold : fonts.bold) as Source);
    doc.font("regular").fontSize(FONT_SIZE).fillColor("#000000");
    // pdfkit's line height is the font's own (about 1.36 em for Noto Sans); the gap makes it 1.4.
    const lineGap = Math.max(0, LINE - doc.currentLineHeight());
    const left = MARGIN;
    const width = doc.page.width - 2 * MARGIN;
    const bottom = () => doc.page.height - MARGIN;
    const ensureRoom = (height: number) => {
      if (doc.y + height > bottom()) doc.addPage();
    };
    const line = (text: string, align: "left" | "right" = "left") => {
      doc.text(text, left, doc.y, { width, align, lineGap });
    };

    const block = (b: LetterBlock): void => {
      switch (b.kind) {
        case "address":
          ensureRoom(b.lines.length * LINE);
          for (const l of b.lines) line(l, b.role === "sender" ? "right" : "left");
          return;
        case "date":
          line(b.text, "right");
          return;
        case "heading":
          doc.font("bold");
          // Keep the heading with at least three lines of what follows it.
          ensureRoom(doc.heightOfString(b.text, { width, lineGap }) + 3 * LINE);
          line(b.text);
          doc.font("regular");
          return;
        case "paragraph":
          line(b.text);
          return;
        case "list":
          b.items.forEach((item, i) => {
            const textWidth = width - MARKER_WIDTH;
            ensureRoom(doc.heightOfString(item, { width: textWidth, lineGap }));
            const top = doc.y;
            doc.text(b.style === "numbered" ? `${i + 1}.` : "•", left, top, { width: MARKER_WIDTH, lineGap });
            doc.text(item, left + MARKER_WIDTH, top, { width: textWidth, lineGap });
            doc.y += ITEM_GAP;
          });
          return;
        case "signature": {
          const height = (b.closing ? LINE + SIGN_SPACE : 0) + b.lines.length * LINE;
          ensureRoom(height);
          if (b.closing) {
            line(b.closing);
            if (b.lines.length > 0) doc.y += SIGN_SPACE;
          }
          for (const l of b.lines) line(l);
          return;
        }
        default:
          assertNever(b);
      }
    };

    for (const b of letter.blocks) {
      block(b);
      doc.y += BLOCK_GAP;
    }

    const { start, count } = doc.bufferedPageRange();
    if (count > 1) {
      for (let i = start; i < start + count; i++) {
        doc.switchToPage(i);
        const saved = doc.page.margins.bottom;
        doc.page.margins.bottom = 0; // writing below the bottom margin must not add a page
        doc.font("regular").fontSize(9).fillColor("#444444");
        doc.text(`Page ${i + 1} of ${count}`, left, doc.page.height - 10 * MM - 9, { width, align: "center", lineBreak: false });
        doc.page.margins.bottom = saved;
      }
    }
    doc.end();
  });
}
