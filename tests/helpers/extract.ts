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
