import { Document, Font, Page, pdf, StyleSheet, Text, View } from "@react-pdf/renderer";
import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";

/**
 * Where the letter font comes from: a file path in Node, a same-origin URL in the browser
 * (e.g. "/fonts/NotoSans-Regular.ttf"). The font is embedded (subset) in every PDF.
 */
export interface LetterFonts {
  regular: string;
  bold: string;
}

const PRODUCER = "Second opinion letters";

/** 1 mm in PDF points. */
const MM = 72 / 25.4;
const FONT_SIZE = 11;
const LINE_HEIGHT = 1.4;
const LINE = FONT_SIZE * LINE_HEIGHT;

/**
 * Font families registered so far, by source. react-pdf's font store keeps every source it is
 * given and a family resolves to the first one registered, so a second, different source under
 * the same family name would be silently ignored: each distinct source gets its own family name.
 * Registering once per source also keeps the parsed font cached between renders.
 */
const families = new Map<string, string>();

function fontFamily(fonts: LetterFonts): string {
  const key = `${fonts.regular}\n${fonts.bold}`;
  let family = families.get(key);
  if (family === undefined) {
    family = families.size === 0 ? "Noto Sans" : `Noto Sans ${families.size + 1}`;
    Font.register({
      family,
      fonts: [
        { src: fonts.regular, fontWeight: 400 },
        { src: fonts.bold, fontWeight: 700 },
      ],
    });
    families.set(key, family);
  }
  return family;
}

/** Words are never split: react-pdf hyphenates English by default and broke email addresses. */
const noHyphenation = (word: string): string[] => [word];

const styles = StyleSheet.create({
  page: {
    paddingTop: 20 * MM,
    paddingBottom: 20 * MM,
    paddingHorizontal: 20 * MM,
    fontSize: FONT_SIZE,
    lineHeight: LINE_HEIGHT,
    color: "#000000",
  },
  block: { marginBottom: LINE },
  right: { textAlign: "right" },
  bold: { fontWeight: 700 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  listMarker: { width: 18 },
  listText: { flex: 1 },
  signSpace: { height: 3 * LINE },
  footer: {
    position: "absolute",
    bottom: 10 * MM,
    left: 20 * MM,
    right: 20 * MM,
    fontSize: 9,
    textAlign: "center",
    color: "#444444",
  },
});

/** Lines of an address or signature, one <Text> each. */
function lines(values: readonly string[], right = false) {
  return values.map((line, i) => (
    <Text key={i} style={right ? styles.right : undefined}>
      {line}
    </Text>
  ));
}

function PdfBlock({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case "address":
      return <View style={styles.block}>{lines(block.lines, block.role === "sender")}</View>;
    case "date":
      return <Text style={[styles.block, styles.right]}>{block.text}</Text>;
    case "heading":
      // Keep a subject line or heading with at least three lines of what follows it.
      return (
        <Text style={[styles.block, styles.bold]} minPresenceAhead={3 * LINE}>
          {block.text}
        </Text>
      );
    case "paragraph":
      return <Text style={styles.block}>{block.text}</Text>;
    case "list":
      return (
        <View style={styles.block}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.listItem} wrap={false}>
              <Text style={styles.listMarker}>{block.style === "numbered" ? `${i + 1}.` : "•"}</Text>
              <Text style={styles.listText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case "signature":
      // Closing, room to sign and name stay on one page.
      return (
        <View style={styles.block} wrap={false}>
          {block.closing ? <Text>{block.closing}</Text> : null}
          {block.closing && block.lines.length > 0 ? <View style={styles.signSpace} /> : null}
          {lines(block.lines)}
        </View>
      );
    default:
      return assertNever(block);
  }
}

function LetterPdf({ doc, family }: { doc: LetterDocument; family: string }) {
  return (
    <Document
      title={doc.title}
      author={doc.author}
      subject={doc.subject}
      language={doc.language}
      creator={PRODUCER}
      producer={PRODUCER}
    >
      <Page size="A4" style={[styles.page, { fontFamily: family }]}>
        {doc.blocks.map((block, index) => (
          <PdfBlock key={"id" in block ? block.id : `${block.kind}-${index}`} block={block} />
        ))}
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => (totalPages > 1 ? `Page ${pageNumber} of ${totalPages}` : "")}
        />
      </Page>
    </Document>
  );
}

/**
 * The letter as an A4 PDF with the letter font embedded. Runs in the browser and in Node: the
 * bytes come through a Blob (global in Node 18+), never a Node Buffer or stream.
 */
export async function renderPdf(doc: LetterDocument, fonts: LetterFonts): Promise<Uint8Array> {
  Font.registerHyphenationCallback(noHyphenation);
  const family = fontFamily(fonts);
  const blob = await pdf(<LetterPdf doc={doc} family={family} />).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
