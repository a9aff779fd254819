import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type INumberingOptions,
  type IParagraphOptions,
  type IStylesOptions,
} from "docx";
import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";

/** Twips (twentieths of a point). */
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 20 mm
const HALF_POINTS = 22; // 11 pt
const LINE_AFTER = 220; // one 11 pt line of space after a block
const SIGN_SPACE = 720; // 36 pt: room to sign between the closing and the name
const FURNITURE_HALF_POINTS = 18; // 9 pt, grey: the header and footer, as in the PDF
const FURNITURE_COLOUR = "444444";

/** Paragraph style ids. Built-in Word ids where Word has one (Date, Closing, Signature). */
const STYLE = {
  sender: "SenderAddress",
  recipient: "RecipientAddress",
  date: "Date",
  subject: "LetterSubject",
  closing: "Closing",
  signature: "Signature",
  list: "ListParagraph",
  header: "Header",
  footer: "Footer",
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
    // No space after: one line of header fits between the page's edge distance and its margin.
    {
      id: STYLE.header,
      name: "header",
      basedOn: "Normal",
      run: { size: FURNITURE_HALF_POINTS, color: FURNITURE_COLOUR },
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: STYLE.footer,
      name: "footer",
      basedOn: "Normal",
      run: { size: FURNITURE_HALF_POINTS, color: FURNITURE_COLOUR },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
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

type ParagraphOptions = Omit<IParagraphOptions, "children" | "text">;

function para(text: string, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({ ...options, children: runs(text) });
}

/**
 * Paragraphs for one block, as text and options. `list` is this block's number among the
 * letter's lists: each list is its own numbering instance, so a second numbered list starts again at 1.
 */
function blockParagraphs(block: LetterBlock, list: number): [string, ParagraphOptions][] {
  switch (block.kind) {
    case "address": {
      const style = block.role === "sender" ? STYLE.sender : STYLE.recipient;
      return block.lines.map((line) => [line, { style }]);
    }
    case "date":
      return [[block.text, { style: STYLE.date }]];
    case "heading":
      return [[block.text, { style: STYLE.subject }]];
    case "paragraph":
      return [[block.text, {}]];
    case "list": {
      const reference = block.style === "numbered" ? NUMBERED : BULLET;
      return block.items.map((item) => [item, { style: STYLE.list, numbering: { reference, level: 0, instance: list } }]);
    }
    case "signature": {
      // keepNext on every line but the last keeps the closing, the room to sign and the name together.
      const closing: [string, ParagraphOptions][] = block.closing ? [[block.closing, { style: STYLE.closing, keepNext: block.lines.length > 0 }]] : [];
      const names = block.lines.map((line, i): [string, ParagraphOptions] => [line, { style: STYLE.signature, keepNext: i < block.lines.length - 1 }]);
      return [...closing, ...names];
    }
    default:
      return assertNever(block);
  }
}

/**
 * The letter's paragraphs. The last paragraph before the sign-off is kept whole and on the page of
 * the closing (keepLines, keepNext), so "Yours sincerely" and the signature never start a page alone.
 */
function bodyParagraphs(blocks: readonly LetterBlock[]): Paragraph[] {
  let lists = 0;
  return blocks.flatMap((block, index) => {
    const paragraphs = blockParagraphs(block, block.kind === "list" ? ++lists : 0);
    if (blocks[index + 1]?.kind === "signature" && paragraphs.length > 0) {
      const [text, options] = paragraphs.at(-1)!;
      paragraphs[paragraphs.length - 1] = [text, { ...options, keepNext: true, keepLines: true }];
    }
    return paragraphs.map(([text, options]) => para(text, options));
  });
}

/**
 * "Page 1 of 2" as Word's own fields: the catalogue's words around PAGE and NUMPAGES, which Word
 * works out as it lays the pages out.
 */
function pageNumberFooter(pageOf: string): Footer {
  const fields: Record<string, (typeof PageNumber)[keyof typeof PageNumber]> = { page: PageNumber.CURRENT, total: PageNumber.TOTAL_PAGES };
  const children = pageOf
    .split(/\{(\w+)\}/)
    .map((part, i) => {
      if (i % 2 === 0) return part;
      const field = fields[part];
      if (field === undefined) throw new Error(`No field for {${part}} in "${pageOf}"`);
      return field;
    })
    .filter((part) => part !== "");
  return new Footer({ children: [new Paragraph({ style: STYLE.footer, children: [new TextRun({ children })] })] });
}

/** The Word document model, before packing (the tests lay its pages out with docx/layout). */
export function buildDocument(doc: LetterDocument): Document {
  const children = bodyParagraphs(doc.blocks);
  return new Document({
    title: doc.title,
    ...(doc.subject ? { subject: doc.subject } : {}),
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
          // The first page has its own (empty) header: whose letter it is goes on the pages after it.
          titlePage: true,
        },
        headers: {
          first: new Header({ children: [new Paragraph({ style: STYLE.header })] }),
          default: new Header({ children: [para(doc.furniture.continuation, { style: STYLE.header })] }),
        },
        // Word cannot be told the page count before it lays the pages out, so a one-page letter
        // says "Page 1 of 1" where the PDF, which knows, says nothing.
        footers: { first: pageNumberFooter(doc.furniture.pageOf), default: pageNumberFooter(doc.furniture.pageOf) },
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
