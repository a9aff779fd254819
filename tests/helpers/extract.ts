/**
 * Reads rendered letters back as text, for tests (Node only). PDFs through unpdf alone: pdf.js
 * from two extractors in one process clash over worker versions.
 */
import JSZip from "jszip";
import { extractText, getDocumentProxy, getMeta } from "unpdf";

/** pdf.js may transfer (detach) the buffer it is given: always hand it a copy. */
const copy = (bytes: Uint8Array): Uint8Array => bytes.slice();

/** The PDF's text, pages merged, lines ending in "\n". */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const { text } = await extractText(copy(bytes), { mergePages: true });
  return text;
}

/** Each page's text, lines ending in "\n". */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(copy(bytes), { mergePages: false });
  return text;
}

/** The letter's margins, 20 mm, in PDF points: the header and footer are drawn in them, the letter never. */
const PDF_MARGIN = 20 * (72 / 25.4);

/** One page of a PDF letter, its text parted by where it is drawn. */
export interface PdfPage {
  /** In the top margin: whose letter it is, on pages after the first. Lines joined by "\n", trimmed. */
  header: string;
  /** Between the margins: the letter itself, lines ending in "\n" as in {@link pdfPageTexts}. */
  body: string;
  /** In the bottom margin: "Page 1 of 2". Trimmed. */
  footer: string;
}

/** Each page's header, letter and footer, told apart by the height each line is drawn at. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPage[]> {
  const proxy = await getDocumentProxy(copy(bytes));
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= proxy.numPages; number++) {
      const page = await proxy.getPage(number);
      const [, bottom, , top] = page.view as [number, number, number, number];
      const parts: PdfPage = { header: "", body: "", footer: "" };
      let part: keyof PdfPage = "body";
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item)) continue;
        // A line end is an empty item of its own: it belongs with the text before it.
        if (item.str !== "") {
          const baseline = item.transform[5] as number;
          part = baseline > top - PDF_MARGIN ? "header" : baseline < bottom + PDF_MARGIN ? "footer" : "body";
        }
        parts[part] += item.str + (item.hasEOL ? "\n" : "");
      }
      pages.push({ header: parts.header.trim(), body: parts.body, footer: parts.footer.trim() });
    }
    return pages;
  } finally {
    await proxy.destroy();
  }
}

/** A run of text where a PDF draws it, in millimetres from the page's top left corner (as a ruler on paper reads it). */
export interface PlacedText {
  page: number;
  text: string;
  left: number;
  right: number;
  /** The top of the line's em box: the baseline less the font size. */
  top: number;
  /** The baseline. */
  bottom: number;
  fontSize: number;
}

const MM = 72 / 25.4;

/** Every run of text of a PDF with where it is drawn, in millimetres (for checking a window envelope's window). */
export async function pdfPlacedText(bytes: Uint8Array): Promise<PlacedText[]> {
  const proxy = await getDocumentProxy(copy(bytes));
  try {
    const placed: PlacedText[] = [];
    for (let number = 1; number <= proxy.numPages; number++) {
      const page = await proxy.getPage(number);
      const [, , , top] = page.view as [number, number, number, number];
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item) || item.str.trim() === "") continue;
        const [scale, , , , x, baseline] = item.transform as number[];
        placed.push({
          page: number,
          text: item.str,
          left: x! / MM,
          right: (x! + item.width) / MM,
          top: (top - baseline! - Math.abs(scale!)) / MM,
          bottom: (top - baseline!) / MM,
          fontSize: Math.abs(scale!),
        });
      }
    }
    return placed;
  } finally {
    await proxy.destroy();
  }
}

/**
 * The letter's own words, every page's, without what the margins hold: the header (which names
 * the patient) and the page numbers. For comparing a PDF's words with the text's.
 */
export async function pdfLetterText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).map((page) => page.body).join("\n");
}

/** A run of text as pdf.js reads it, where it is drawn: its page, left edge, baseline and width, in points. */
export interface PdfRun {
  page: number;
  x: number;
  y: number;
  width: number;
  str: string;
  /** The page's size, in points. */
  pageWidth: number;
  pageHeight: number;
}

/** Every run of text in the PDF with its position, page by page, in reading order. */
export async function pdfRuns(bytes: Uint8Array): Promise<PdfRun[]> {
  const proxy = await getDocumentProxy(copy(bytes));
  try {
    const runs: PdfRun[] = [];
    for (let number = 1; number <= proxy.numPages; number++) {
      const page = await proxy.getPage(number);
      const [, , pageWidth, pageHeight] = page.view as [number, number, number, number];
      for (const item of (await page.getTextContent()).items) {
        if (!("str" in item) || item.str === "") continue;
        runs.push({ page: number, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, str: item.str, pageWidth, pageHeight });
      }
    }
    return runs;
  } finally {
    await proxy.destroy();
  }
}

/** The names of the fonts a PDF draws with ("NotoSans-Regular", never "Helvetica" for a letter), subset prefixes taken off. */
export function pdfFontNames(bytes: Uint8Array): string[] {
  const names =
    Buffer.from(bytes)
      .toString("latin1")
      .match(/\/BaseFont \/[A-Za-z0-9+_-]+/g) ?? [];
  return [...new Set(names.map((name) => name.replace(/^\/BaseFont \/(?:[A-Z]{6}\+)?/, "")))].sort();
}

export interface PdfInfo {
  pages: number;
  title?: string;
  author?: string;
  subject?: string;
  language?: string;
  creator?: string;
  producer?: string;
}

const str = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** Page count and document properties; `language` is the catalogue's /Lang. */
export async function pdfInfo(bytes: Uint8Array): Promise<PdfInfo> {
  const proxy = await getDocumentProxy(copy(bytes));
  try {
    const { info } = (await getMeta(proxy)) as { info: Record<string, unknown> };
    return {
      pages: proxy.numPages,
      title: str(info.Title),
      author: str(info.Author),
      subject: str(info.Subject),
      language: str(info.Language),
      creator: str(info.Creator),
      producer: str(info.Producer),
    };
  } finally {
    await proxy.destroy();
  }
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/gi, (_, entity: string) => {
    switch (entity.toLowerCase()) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
    }
  });
}

export async function docxFile(bytes: Uint8Array, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(name);
  if (!file) throw new Error(`DOCX has no ${name}`);
  return file.async("string");
}

/** word/document.xml as written. */
export function docxXml(bytes: Uint8Array): Promise<string> {
  return docxFile(bytes, "word/document.xml");
}

/**
 * The text of a part's paragraphs: each <w:p> a line, its <w:t> texts joined, <w:br/> and
 * <w:tab/> kept as a line break and a tab, and a field as its code in braces ("{PAGE}"): Word works
 * out a field's result, and what the file holds as one is left out.
 */
function partText(xml: string): string[] {
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  return paragraphs.map((p) => {
    let line = "";
    let field: "code" | "result" | null = null;
    let code = "";
    const tokens =
      /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:instrText(?:\s[^>]*)?>([\s\S]*?)<\/w:instrText>|<w:fldChar\b[^>]*w:fldCharType="(\w+)"[^>]*\/>|<w:br\b[^>]*\/>|<w:tab\/>/g;
    for (const m of p.matchAll(tokens)) {
      const [token, text, instruction, fieldChar] = m;
      if (fieldChar === "begin") {
        field = "code";
        code = "";
      } else if (fieldChar === "separate" || fieldChar === "end") {
        if (field === "code") line += `{${code.trim()}}`;
        field = fieldChar === "separate" ? "result" : null;
      } else if (instruction !== undefined) code += decodeXml(instruction);
      else if (field === "result") continue;
      else if (token.startsWith("<w:br")) line += "\n";
      else if (token === "<w:tab/>") line += "\t";
      else line += decodeXml(text ?? "");
    }
    return line;
  });
}

/** The DOCX body's text, a line a paragraph (see {@link partText}). List numbers are Word's and not in the text. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  return `${partText(await docxXml(bytes)).join("\n")}\n`;
}

/** Which pages a header or footer is for, as a section names them. */
export type DocxPages = "first" | "default" | "even";

export interface DocxHeadersFooters {
  /** Whether the first page has a header and footer of its own (<w:titlePg/>), not the default ones. */
  titlePage: boolean;
  /** Each header's text, paragraphs a line each, fields as their codes ("{PAGE}"). */
  headers: Partial<Record<DocxPages, string>>;
  footers: Partial<Record<DocxPages, string>>;
}

const attribute = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** The headers and footers of the DOCX's last (here, only) section, read from the parts its references name. */
export async function docxHeadersFooters(bytes: Uint8Array): Promise<DocxHeadersFooters> {
  const [xml, rels] = await Promise.all([docxXml(bytes), docxFile(bytes, "word/_rels/document.xml.rels")]);
  const section = xml.match(/<w:sectPr\b[\s\S]*?<\/w:sectPr>/g)?.at(-1) ?? "";
  const targets = new Map<string, string>();
  for (const [tag] of rels.matchAll(/<Relationship\b[^>]*>/g)) targets.set(attribute(tag, "Id") ?? "", attribute(tag, "Target") ?? "");
  const result: DocxHeadersFooters = { titlePage: /<w:titlePg\/>|<w:titlePg w:val="(?:1|true|on)"\/>/.test(section), headers: {}, footers: {} };
  for (const [tag, kind] of section.matchAll(/<w:(header|footer)Reference\b[^>]*\/>/g)) {
    const pages = attribute(tag, "w:type") as DocxPages;
    const target = targets.get(attribute(tag, "r:id") ?? "");
    if (!target) throw new Error(`DOCX ${kind} reference ${tag} names no part`);
    const text = partText(await docxFile(bytes, `word/${target}`)).join("\n");
    (kind === "header" ? result.headers : result.footers)[pages] = text;
  }
  return result;
}

export interface DocxProps {
  title?: string;
  creator?: string;
  subject?: string;
  description?: string;
  lastModifiedBy?: string;
}

/** docProps/core.xml's properties. */
export async function docxProps(bytes: Uint8Array): Promise<DocxProps> {
  const xml = await docxFile(bytes, "docProps/core.xml");
  const get = (tag: string): string | undefined => {
    const m = xml.match(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`));
    return m ? decodeXml(m[1] ?? "") : undefined;
  };
  return {
    title: get("dc:title"),
    creator: get("dc:creator"),
    subject: get("dc:subject"),
    description: get("dc:description"),
    lastModifiedBy: get("cp:lastModifiedBy"),
  };
}

/**
 * Text reduced to its words, so text, PDF and DOCX extracts compare equal: NFKC (pdf.js applies
 * it), list numbers and bullets at line starts dropped (DOCX keeps them out of the text), "Page N
 * of M" footers dropped, all whitespace one space.
 */
export function normaliseWords(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/Page \d+ of \d+/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/^(?:\d+\.|[-•\u2022])(?:\s+|$)/, ""))
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The text of an HTML preview (renderToStaticMarkup output): tags out, entities decoded, a line
 * break for <br> and after each block element, the way a browser's innerText would lay it out.
 */
export function htmlText(html: string): string {
  return decodeXml(
    html
      .replace(/<br\s*\/?>/gi, "\n")
      .replace(/<\/(p|li|address|div|h[1-6]|ol|ul|article)>/gi, "\n")
      .replace(/<[^>]*>/g, ""),
  );
}
