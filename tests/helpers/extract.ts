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

/**
 * The letter's own words, every page's, without what the margins hold: the header (which names
 * the patient) and the page numbers. For comparing a PDF's words with the text's.
 */
export async function pdfLetterText(bytes: Uint8Array): Promise<string> {
  return (await pdfPages(bytes)).map((page) => page.body).join("\n");
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

async function docxFile(bytes: Uint8Array, name: string): Promise<string> {
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
 * The DOCX body's text: each <w:p> a line, its <w:t> texts joined, <w:br/> and <w:tab/> kept as
 * a line break and a tab. List numbers are Word's and not in the text.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const xml = await docxXml(bytes);
  const paragraphs = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) ?? [];
  const lines = paragraphs.map((p) => {
    let line = "";
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\b[^>]*\/>|<w:tab\/>/g)) {
      if (m[0].startsWith("<w:br")) line += "\n";
      else if (m[0] === "<w:tab/>") line += "\t";
      else line += decodeXml(m[1] ?? "");
    }
    return line;
  });
  return `${lines.join("\n")}\n`;
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
