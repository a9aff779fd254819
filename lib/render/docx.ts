import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun, type INumberingOptions, type IParagraphOptions, type IStylesOptions } from "docx";
import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";

/** Twips (twentieths of a point). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 20 mm
const HALF_POINTS = 22; // 11 pt
const LINE_AFTER = 220; // one 11 pt line of space after a block
const SIGN_SPACE = 720; // 36 pt: room to sign between the closing and the name

/** Paragraph style ids. Built-in Word ids where Word has one (Date, Closing, Signature). */
const STYLE = {
  sender: "SenderAddress",
  recipient: "RecipientAddress",
  date: "Date",
  subject: "LetterSubject",
  closing: "Closing",
  signature: "Signature",
  list: "ListParagraph",
} as const;

const NUMBERED = "letter-numbered";
const BULLET = "letter-bullet";

/** The letter's styles; the language (for spelling and hyphenation in Word) is the letter's own. */
const stylesFor = (language: string): IStylesOptions => ({
  default: {
    document: {
      run: { font: "Arial", size: HALF_POINTS, language: { value: language } },
      paragraph: { spacing: { after: LINE_AFTER, line: 288 } },
    },
    // Numbered paragraphs get the ListParagraph style: keep its items tight, space after the list.
    listParagraph: {
      name: "List Paragraph",
      basedOn: "Normal",
      quickFormat: true,
      paragraph: { contextualSpacing: true, spacing: { after: LINE_AFTER } },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.sender,
      name: "Sender Address",
      basedOn: "Normal",
      next: STYLE.date,
      quickFormat: true,
      // contextualSpacing: no space between the address's own lines, one line after the address.
      paragraph: { alignment: AlignmentType.RIGHT, contextualSpacing: true },
    },
    {
      id: STYLE.recipient,
      name: "Recipient Address",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      paragraph: { contextualSpacing: true },
    },
    {
      id: STYLE.date,
      name: "Date",
      basedOn: "Normal",
      next: "Normal",
      paragraph: { alignment: AlignmentType.RIGHT },
    },
    {
      id: STYLE.subject,
      name: "Letter Subject",
      basedOn: "Normal",
      next: "Normal",
      quickFormat: true,
      run: { bold: true },
      paragraph: { keepNext: true, keepLines: true },
    },
    {
      id: STYLE.closing,
      name: "Closing",
      basedOn: "Normal",
      next: STYLE.signature,
      paragraph: { keepNext: true, spacing: { after: SIGN_SPACE } },
    },
    {
      id: STYLE.signature,
      name: "Signature",
      basedOn: "Normal",
      next: "Normal",
      paragraph: { contextualSpacing: true, keepLines: true },
    },
  ],
});

const numbering: INumberingOptions = {
  config: [
    {
      reference: NUMBERED,
      levels: [
        {
          level: 0,
          format: LevelFormat.DECIMAL,
          text: "%1.",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 425, hanging: 425 } } },
        },
      ],
    },
    {
      reference: BULLET,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: "\u2022",
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 425, hanging: 425 } } },
        },
      ],
    },
  ],
};

/** Text runs for a string, turning the user's line breaks into Word line breaks. */
function runs(text: string): TextRun[] {
  return text.split("\n").map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

function para(text: string, options: Omit<IParagraphOptions, "children" | "text"> = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(text) });
}

/**
 * Paragraphs for one block. `list` is this block's number among the letter's lists: each list is
 * its own numbering instance, so a second numbered list starts again at 1.
 */
function blockParagraphs(block: LetterBlock, list: number): Paragraph[] {
  switch (block.kind) {
    case "address": {
      const style = block.role === "sender" ? STYLE.sender : STYLE.recipient;
      return block.lines.map((line) => para(line, { style }));
    }
    case "date":
      return [para(block.text, { style: STYLE.date })];
    case "heading":
      return [para(block.text, { style: STYLE.subject })];
    case "paragraph":
      return [para(block.text)];
    case "list": {
      const reference = block.style === "numbered" ? NUMBERED : BULLET;
      return block.items.map((item) => para(item, { style: STYLE.list, numbering: { reference, level: 0, instance: list } }));
    }
    case "signature": {
      // keepNext on every line but the last keeps the closing, the room to sign and the name together.
      const closing = block.closing ? [para(block.closing, { style: STYLE.closing, keepNext: block.lines.length > 0 })] : [];
      const names = block.lines.map((line, i) => para(line, { style: STYLE.signature, keepNext: i < block.lines.length - 1 }));
      return [...closing, ...names];
    }
    default:
      return assertNever(block);
  }
}

/** The Word document model, before packing. */
function buildDocument(doc: LetterDocument): Document {
  let lists = 0;
  const children = doc.blocks.flatMap((block) => blockParagraphs(block, block.kind === "list" ? ++lists : 0));
  return new Document({
    title: doc.title,
    subject: doc.subject,
    creator: doc.author,
    lastModifiedBy: doc.author,
    description: doc.furniture.madeWith,
    styles: stylesFor(doc.language),
    numbering,
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 709, footer: 709 },
          },
        },
        children,
      },
    ],
  });
}

/**
 * The letter as an editable Word document: A4, real paragraph styles, real lists. Runs in the
 * browser and in Node: packs to an ArrayBuffer, never a Node Buffer.
 */
export async function renderDocx(doc: LetterDocument): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(doc)));
}
