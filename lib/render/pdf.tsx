import { Document, Font, Page, pdf, StyleSheet, Text, View } from "@react-pdf/renderer";
import { fill } from "@/messages/format";
import { assertNever, type LetterBlock, type LetterDocument } from "@/lib/letter/model";
import { characters, standInForMissing } from "./pdf-coverage";

/**
 * Where the letter font comes from: a file path in Node, a same-origin URL in the browser
 * (e.g. "/fonts/NotoSans-Regular.ttf"). The font is embedded (subset) in every PDF.
 */
export interface LetterFonts {
  regular: string;
  bold: string;
}

/** 1 mm in PDF points. */
const MM = 72 / 25.4;

/**
 * How a letter is set. The ordinary letter posts in a window envelope; a letter that nearly fits
 * one page is set a little tighter rather than leave its last lines alone on a page 2; the large
 * print copy, for the patient to read, is set at 16 pt (RNIB's clear print guidance asks for 16 to
 * 18 pt) in the ordinary flow, since it is not posted.
 */
interface Layout {
  fontSize: number;
  lineHeight: number;
  /** Space after each block. */
  gap: number;
  /** Room to sign between the closing and the name. */
  signSpace: number;
  /** The recipient's address in a window envelope's window, the sender's beside it. */
  envelope: boolean;
}

const STANDARD: Layout = { fontSize: 11, lineHeight: 1.4, gap: 11, signSpace: 36, envelope: true };
const COMPACT: Layout = { fontSize: 11, lineHeight: 1.25, gap: 7, signSpace: 28, envelope: true };
const LARGE: Layout = { fontSize: 16, lineHeight: 1.4, gap: 16, signSpace: 36, envelope: false };

/** Which print of a letter: the one to post, or a large-print copy for the patient. */
export type PdfPrint = "standard" | "large";

/**
 * Where a DL or C5 window envelope shows the address, from the top left of an A4 page (GOV.UK
 * Notify's letter specification, "address block"): 24.6 mm from the left, 39.5 mm from the top,
 * 95.4 by 26.8 mm, at most 7 lines. "Private and confidential" is one of the 7: it is for whoever
 * opens the post.
 */
export const ADDRESS_WINDOW = { left: 24.6 * MM, top: 39.5 * MM, width: 95.4 * MM, height: 26.8 * MM, lines: 7 } as const;

const PAGE_MARGIN = 20 * MM;
/** The sender's column beside the window: the rest of the measure after the window and a 5 mm gutter. */
const GUTTER = 5 * MM;

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

/**
 * Where a word too long for any line may break: a zero-width no-break space (U+FEFF), which the
 * font draws as nothing and react-pdf's line breaker takes for a space, since JavaScript's trim
 * removes it. A break at a hyphenation point would print a hyphen that is not there, which in a
 * web address or an email address changes it.
 */
const BREAK = "\uFEFF";

/**
 * Words are never hyphenated: react-pdf hyphenates English by default and broke email addresses.
 * A word too long for a line comes with a BREAK between each of its characters (`breakable`),
 * and is handed back in those pieces, so it wraps inside itself instead of running off the page.
 */
const noHyphenation = (word: string): string[] => (word.includes(BREAK) ? word.split(/(\uFEFF)/).filter(Boolean) : [word]);

/**
 * A word's pieces are handed back as syllables, and react-pdf puts a hyphenation point (which
 * prints a hyphen when a line breaks there) after every piece not followed by a space: a penalty
 * of react-pdf's "infinity" means it never breaks there, only at a space or a BREAK.
 */
const NEVER_HYPHENATE = 10_000;

const styles = StyleSheet.create({
  page: { paddingTop: PAGE_MARGIN, paddingBottom: PAGE_MARGIN, paddingHorizontal: PAGE_MARGIN, color: "#000000" },
  // The last block has no space after it: react-pdf moves a block that fits on the page to the
  // next one when its bottom margin does not fit (https://github.com/diegomura/react-pdf/issues/2659,
  // the root cause in its comments; #2724), which sent the sign-off alone to a page 2.
  lastBlock: {},
  right: { textAlign: "right" },
  bold: { fontWeight: 700 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  listText: { flex: 1 },
  // The window's column comes second in the letter's order (sender, date, then the recipient) and
  // is drawn on the left: so the PDF's text reads in the letter's order, as the Word file's does.
  head: { flexDirection: "row-reverse" },
  senderColumn: { flex: 1 },
  // minHeight, not height: an address longer than the window pushes the letter down rather than
  // draw over it.
  window: {
    marginLeft: ADDRESS_WINDOW.left - PAGE_MARGIN,
    marginTop: ADDRESS_WINDOW.top - PAGE_MARGIN,
    marginRight: GUTTER,
    width: ADDRESS_WINDOW.width,
    minHeight: ADDRESS_WINDOW.height,
  },
  // Header and footer are `fixed` (on every page) and absolutely placed in the margins, so they
  // take no room from the letter: in the flow, the header would push every page's text down, page
  // 1's too, where it is empty. Two lines of header, for the longest name, end above the margin.
  header: { position: "absolute", top: 10 * MM, left: PAGE_MARGIN, right: PAGE_MARGIN, color: "#444444" },
  footer: { position: "absolute", bottom: 10 * MM, left: PAGE_MARGIN, right: PAGE_MARGIN, textAlign: "center", color: "#444444" },
});

/** The styles that follow a layout's size and spacing. */
function sized(layout: Layout) {
  return {
    // lineHeight sits on this View, not on the Page: a `render` Text with lineHeight on itself or
    // any ancestor comes out empty, because each layout pass multiplies the resolved line height by
    // the font size again (https://github.com/diegomura/react-pdf/issues/3083, #3402; fix proposed
    // in https://github.com/diegomura/react-pdf/pull/3498). The header and footer are outside it.
    // fontSize goes with it: a unitless lineHeight is resolved against the font size of the node it
    // is set on (react-pdf's default 18 if that node has none), then inherited as points.
    body: { fontSize: layout.fontSize, lineHeight: layout.lineHeight },
    block: { marginBottom: layout.gap },
    listMarker: { width: layout.fontSize * 1.6 },
    signSpace: { height: layout.signSpace },
    // The margins' words are small on the letter to post, and as large as the rest in large print.
    margins: { fontSize: layout.envelope ? 9 : layout.fontSize },
    line: layout.fontSize * layout.lineHeight,
  };
}
type Sized = ReturnType<typeof sized>;

/**
 * Lines of an address or signature, one <Text> each. Not one <Text> with the lines joined by
 * "\n", though that is fewer nodes to lay out: Noto Sans has no glyph for U+000A, so textkit
 * gives each "\n" to its Helvetica fallback and the PDF then names a standard font.
 */
function lines(values: readonly string[], right = false) {
  return values.map((line, i) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: a letter's lines never reorder, and two lines may say the same
    <Text hyphenationPenalty={NEVER_HYPHENATE} key={i} style={right ? styles.right : undefined}>
      {line}
    </Text>
  ));
}

/**
 * One block. `keep` is how much of what follows must be on the same page, in points, or 0: the
 * block moves to the next page rather than leave less of it behind. react-pdf only honours it for a
 * block that has blocks before it in the same View (it will not move a parent's first child:
 * https://github.com/diegomura/react-pdf/issues/3233), which every letter's blocks do.
 */
function PdfBlock({ block, keep, last, size }: { block: LetterBlock; keep: number; last: boolean; size: Sized }) {
  const ahead = keep > 0 ? { minPresenceAhead: keep } : {};
  const gap = last ? styles.lastBlock : size.block;
  switch (block.kind) {
    case "address":
      return (
        <View style={gap} {...ahead}>
          {lines(block.lines, block.role === "sender")}
        </View>
      );
    case "date":
      return (
        <Text hyphenationPenalty={NEVER_HYPHENATE} style={[gap, styles.right]} {...ahead}>
          {block.text}
        </Text>
      );
    case "heading":
      // Keep a subject line or heading with at least three lines of what follows it.
      return (
        <Text hyphenationPenalty={NEVER_HYPHENATE} style={[gap, styles.bold]} minPresenceAhead={Math.max(keep, 3 * size.line)}>
          {block.text}
        </Text>
      );
    case "paragraph":
      return (
        <Text hyphenationPenalty={NEVER_HYPHENATE} style={gap} {...ahead}>
          {block.text}
        </Text>
      );
    case "list":
      return (
        <View style={gap} {...ahead}>
          {block.items.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: a letter's lines never reorder, and two lines may say the same
            <View key={i} style={styles.listItem} wrap={false}>
              <Text hyphenationPenalty={NEVER_HYPHENATE} style={size.listMarker}>
                {block.style === "numbered" ? `${i + 1}.` : "•"}
              </Text>
              <Text hyphenationPenalty={NEVER_HYPHENATE} style={styles.listText}>
                {item}
              </Text>
            </View>
          ))}
        </View>
      );
    case "signature":
      // Closing, room to sign and name stay on one page.
      return (
        <View style={gap} wrap={false}>
          {block.closing ? <Text hyphenationPenalty={NEVER_HYPHENATE}>{block.closing}</Text> : null}
          {block.closing && block.lines.length > 0 ? <View style={size.signSpace} /> : null}
          {lines(block.lines)}
        </View>
      );
    default:
      return assertNever(block);
  }
}

/** The top of a letter that posts in a window envelope: who writes and when, beside who it goes to. */
interface EnvelopeHead {
  sender: Extract<LetterBlock, { kind: "address" }>;
  date: Extract<LetterBlock, { kind: "date" }>;
  /** "Private and confidential", shown in the window for whoever opens the post. */
  confidential: Extract<LetterBlock, { kind: "heading" }> | null;
  recipient: Extract<LetterBlock, { kind: "address" }>;
  /** How many of the letter's blocks the head is. */
  count: number;
}

/** The head of a letter that opens as every letter does (templates/shared/parts.ts, `opening`), or null. */
function envelopeHeadOf(blocks: readonly LetterBlock[]): EnvelopeHead | null {
  const [sender, date, third, fourth] = blocks;
  if (sender?.kind !== "address" || sender.role !== "sender" || date?.kind !== "date") return null;
  const confidential = third?.kind === "heading" && third.id === "confidential" ? third : null;
  const recipient = confidential ? fourth : third;
  if (recipient?.kind !== "address" || recipient.role !== "recipient") return null;
  return { sender, date, confidential, recipient, count: confidential ? 4 : 3 };
}

/** About how many characters of Noto Sans fill one millimetre of line at 1 pt: 95 to the 170 mm measure at 11 pt. */
const CHARS_PER_MM_PT = (95 / 170) * 11;
const charsPerLine = (width: number, fontSize: number) => Math.floor((CHARS_PER_MM_PT * (width / MM)) / fontSize);

/**
 * The window's lines are set in 0.8 mm less than its height, so that the last line's descenders
 * stay in the window too.
 */
const WINDOW_LINES_HEIGHT = ADDRESS_WINDOW.height - 0.8 * MM;

/**
 * The size the window's lines are set at: the letter's own if they fit the window's height,
 * smaller (to 8 pt) if not, counting the lines a long one wraps onto.
 */
function windowType(texts: readonly string[], layout: Layout): { fontSize: number; lineHeight: number } {
  let fontSize = layout.fontSize;
  for (let tries = 0; tries < 4; tries++) {
    const perLine = charsPerLine(ADDRESS_WINDOW.width, fontSize);
    const count = texts.reduce((n, text) => n + Math.max(1, Math.ceil(text.length / perLine)), 0);
    const line = Math.min(fontSize * layout.lineHeight, WINDOW_LINES_HEIGHT / count);
    const next = Math.max(8, Math.min(fontSize, Math.floor((line / 1.2) * 10) / 10));
    if (next === fontSize) return { fontSize, lineHeight: line / fontSize };
    fontSize = next;
  }
  return { fontSize, lineHeight: 1.2 };
}

/** The width of the sender's column, in points. */
const SENDER_COLUMN = 595.28 - ADDRESS_WINDOW.left - ADDRESS_WINDOW.width - GUTTER - PAGE_MARGIN;

/** The smallest size the sender's lines are set at, beside the window. */
const COLUMN_SMALLEST = 9;

/**
 * The size the sender's lines are set at: the letter's own, or smaller (to 9 pt) when the
 * widest line, often an email address, measured in the letter font, would not fit the column
 * beside the window. A guess from the number of characters let "<script>…</script>", wide
 * characters all, overrun the column, and react-pdf split it with a hyphen.
 */
function columnType(texts: readonly string[], layout: Layout, widthOf: WordWidth): { fontSize: number } {
  const widest = Math.max(...texts.map(widthOf));
  if (widest <= SENDER_COLUMN) return { fontSize: layout.fontSize };
  return { fontSize: Math.max(COLUMN_SMALLEST, Math.floor(((layout.fontSize * SENDER_COLUMN) / widest) * 10) / 10) };
}

function Head({ head, size, layout, keep, family }: { head: EnvelopeHead; size: Sized; layout: Layout; keep: number; family: string }) {
  const address = head.recipient.lines;
  const type = windowType([...(head.confidential ? [head.confidential.text] : []), ...address], layout);
  const column = columnType(head.sender.lines, layout, wordWidth(family, layout.fontSize, 400));
  return (
    <View style={[styles.head, size.block]} wrap={false} minPresenceAhead={keep}>
      <View style={styles.senderColumn}>
        <View style={[size.block, column]}>{lines(head.sender.lines, true)}</View>
        <Text hyphenationPenalty={NEVER_HYPHENATE} style={styles.right}>
          {head.date.text}
        </Text>
      </View>
      <View style={[styles.window, type]}>
        {head.confidential ? (
          <Text hyphenationPenalty={NEVER_HYPHENATE} style={styles.bold}>
            {head.confidential.text}
          </Text>
        ) : null}
        {lines(address)}
      </View>
    </View>
  );
}

/** The closing a letter ends with: how to reply, the thanks, and the sign-off. */
const CLOSING_PARAGRAPHS = new Set(["reply", "thanks"]);
const isClosing = (block: LetterBlock) => block.kind === "signature" || (block.kind === "paragraph" && CLOSING_PARAGRAPHS.has(block.id));

/** How many of the letter's blocks before its closing its last page carries, at the least. */
const LAST_PAGE_BLOCKS = 2;
/** The most of a page a block keeps with it. */
const MOST_KEPT = 0.4;

/**
 * What of the letter must come with a block onto the next page, in points. The last two blocks
 * before the closing (how to reply, the thanks and the sign-off) keep all that follows them with
 * them, so a letter's last page never holds only its last paragraph and "Yours sincerely": if what
 * follows does not fit below a block, the block goes over with it. A paragraph that does not fit
 * goes over in part, as react-pdf splits it, and its end comes along; one that fits goes over whole,
 * however long a user's rewording made it (as the Word file's keepLines does). Within the
 * closing, each block keeps the rest of it.
 */
function keepOf(blocks: readonly LetterBlock[], index: number, layout: Layout): number {
  let closing = blocks.length;
  while (closing > 0 && isClosing(blocks[closing - 1]!)) closing--;
  if (index < closing - LAST_PAGE_BLOCKS || index === blocks.length - 1) return 0;
  // Never more than part of a page: react-pdf moves a block whose keep is more than a page to
  // every next page in turn, and never stops.
  return Math.min(
    MOST_KEPT * PAGE_HEIGHT,
    blocks.slice(index + 1).reduce((height, block) => height + blockHeight(block, layout), 0),
  );
}

/**
 * The letter. `paged` adds what a letter of more than one page carries: "Page 1 of 2" at the foot
 * of every page, and whose letter it is at the head of every page after the first.
 */
function LetterPdf({ doc, family, paged, layout }: { doc: LetterDocument; family: string; paged: boolean; layout: Layout }) {
  const size = sized(layout);
  const head = layout.envelope ? envelopeHeadOf(doc.blocks) : null;
  const from = head?.count ?? 0;
  return (
    <Document
      title={doc.title}
      author={doc.author}
      subject={doc.subject || undefined}
      language={doc.language}
      creator={doc.furniture.producer}
      producer={doc.furniture.producer}
    >
      <Page size="A4" style={[styles.page, { fontFamily: family }]}>
        {paged ? (
          <Text
            hyphenationPenalty={NEVER_HYPHENATE}
            style={[styles.header, size.margins]}
            fixed
            render={({ pageNumber }) => (pageNumber > 1 ? doc.furniture.continuation : "")}
          />
        ) : null}
        <View style={size.body}>
          {head ? <Head head={head} size={size} layout={layout} keep={keepOf(doc.blocks, from - 1, layout)} family={family} /> : null}
          {doc.blocks.slice(from).map((block, index) => (
            <PdfBlock
              key={"id" in block ? block.id : `${block.kind}-${index}`}
              block={block}
              keep={keepOf(doc.blocks, from + index, layout)}
              last={from + index === doc.blocks.length - 1}
              size={size}
            />
          ))}
        </View>
        {paged ? (
          <Text
            hyphenationPenalty={NEVER_HYPHENATE}
            style={[styles.footer, size.margins]}
            fixed
            render={({ pageNumber, totalPages }) => (totalPages > 1 ? fill(doc.furniture.pageOf, { page: pageNumber, total: totalPages }) : "")}
          />
        ) : null}
      </Page>
    </Document>
  );
}

/** The part of a parsed fontkit font that {@link forgetGlyphs} empties. */
interface GlyphCacheOwner {
  _glyphs?: Record<string, unknown>;
}

/**
 * fontkit keeps one glyph object per glyph id, carrying the code points of whoever asked first,
 * and the parsed font lives on between renders in react-pdf's font store. So one letter's text
 * changed how the next letter's text was read back:
 * - embedding a subset asks for the components of accented letters with no code points ("Á" is
 *   built from "A" and an acute), so after one PDF with "Á" the next PDF's "A" mapped to no text:
 *   pdf.js read "Dr nita Shah", and textkit, which counts code points to map glyphs back to the
 *   string, broke lines one letter late ("My t" / "eam's");
 * - an "i" with an accent above is drawn as a dotless "ı" and the accent, so after one such letter
 *   the next letter's Turkish "ı" was read back as "i" (found by the property tests).
 * Forgetting every glyph before and after each render makes fontkit build them afresh, with the
 * right code points; it costs nothing measurable (`npm run bench`, ratio 2.84 before, 2.83 after).
 * https://github.com/foliojs/fontkit/issues/154 (fix proposed in foliojs/fontkit#387),
 * https://github.com/diegomura/react-pdf/issues/3404.
 */
function forgetGlyphs(family: string): void {
  for (const source of Font.getRegisteredFonts()[family]?.sources ?? []) {
    const owner = source.data as GlyphCacheOwner | null;
    if (owner?._glyphs) owner._glyphs = {};
  }
}

/**
 * One react-pdf instance for every PDF, its document swapped for each render and emptied after.
 * Each `pdf(element)` call makes a new React root that is never unmounted, and React keeps every
 * root in its list of scheduled roots for good: a leak of the whole letter tree per PDF (about
 * 60 KB a letter in production React, 170 KB in development; `npm run soak` shows it).
 */
let instance: ReturnType<typeof pdf> | null = null;

async function renderOnce(doc: LetterDocument, family: string, layout: Layout, paged: boolean): Promise<Uint8Array> {
  forgetGlyphs(family);
  instance ??= pdf();
  try {
    instance.updateContainer(<LetterPdf doc={doc} family={family} paged={paged} layout={layout} />);
    const blob = await instance.toBlob();
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    instance.updateContainer(null as never);
    forgetGlyphs(family);
  }
}

const latin1 = new TextDecoder("latin1");

/**
 * The number of pages of a PDF that react-pdf wrote: the /Count of its page tree. pdfkit writes
 * object dictionaries uncompressed (only stream contents are compressed) and one page tree.
 */
function pdfPageCount(bytes: Uint8Array): number {
  const match = /\/Type \/Pages\s*\/Count (\d+)/.exec(latin1.decode(bytes));
  if (!match) throw new Error("The PDF has no page tree to count pages in");
  return Number(match[1]);
}

/** The part of a parsed fontkit font that {@link skipNullAnchors} reaches its GPOS code through. */
interface LayoutEngineOwner {
  _layoutEngine?: { engine?: { GPOSProcessor?: object | null } | null };
}
type ApplyAnchor = (this: unknown, markRecord: { markAnchor?: unknown } | null | undefined, baseAnchor: unknown, baseGlyphIndex: number) => void;
const anchorsGuarded = new WeakSet<object>();

/**
 * Noto Sans leaves some mark-positioning anchors empty (NULL offsets, which OpenType allows:
 * "no anchor here"), and fontkit 2.0.4 reads them anyway and throws "Cannot read properties of
 * null (reading 'xCoordinate')": a letter with, say, "a" and a combining tilde overlay (U+0334)
 * could not be made as a PDF at all. Skip those attachments, as HarfBuzz does, until fontkit
 * ships the fix: https://github.com/foliojs/fontkit/issues/367, fix in foliojs/fontkit#374.
 * fontkit does not export the class, so its prototype is reached through a loaded font.
 */
async function skipNullAnchors(family: string): Promise<void> {
  for (const source of Font.getRegisteredFonts()[family]?.sources ?? []) {
    await source.load();
    const gpos = (source.data as LayoutEngineOwner | null)?._layoutEngine?.engine?.GPOSProcessor;
    const prototype = gpos ? (Object.getPrototypeOf(gpos) as { applyAnchor?: ApplyAnchor }) : null;
    if (!prototype?.applyAnchor || anchorsGuarded.has(prototype)) continue;
    const applyAnchor = prototype.applyAnchor;
    prototype.applyAnchor = function (markRecord, baseAnchor, baseGlyphIndex) {
      if (baseAnchor == null || markRecord?.markAnchor == null) return;
      applyAnchor.call(this, markRecord, baseAnchor, baseGlyphIndex);
    };
    anchorsGuarded.add(prototype);
  }
}

const spelledOut = (text: string) => text.replace(/[\uFB00-\uFB06]/g, (ligature) => ligature.normalize("NFKC"));

/** The narrowest line of the letter's body a word is set in, in points: a list item's text, beside its marker. */
const NARROWEST_LINE = 210 * MM - 40 * MM - 18;

/**
 * The narrowest line of the head, in points at the letter's size: the sender's column, which may
 * be set as small as COLUMN_SMALLEST, and the window. A word wider than its line and without a
 * BREAK is split by react-pdf with a hyphen that was never typed ("<-script>").
 */
const headLine = (fontSize: number) => Math.min((SENDER_COLUMN * fontSize) / COLUMN_SMALLEST, ADDRESS_WINDOW.width);

/** How wide a word is set, in points, at the letter's size in bold (the wider weight). */
type WordWidth = (word: string) => number;

/** Characters after which a long word breaks best: the joints of web and email addresses, of hyphenated names. */
const JOINT = /[/.\-_?&=#@:,;+~]/;

/**
 * A word that could be wider than the narrowest line (a 140-character web link, a long hospital
 * name written without spaces), with a BREAK at least every third of a line, where it can at the
 * last joint before that ("/", ".", "-"…); other words as they are. The line breaker then fills
 * each line with as much of the word as fits. BREAKs are few: pdf.js reads each back as a space.
 */
function breakable(text: string, widthOf: WordWidth, line: number, fits = 0.9 * line): string {
  // How much of a long word goes between two places it may break, at most: a third of a line.
  const PIECE = line / 3;
  return text.replace(/\S{12,}/gu, (word) => {
    if (widthOf(word) <= fits) return word;
    const out: string[] = [];
    let piece: string[] = [];
    let joint = -1;
    for (const character of characters(word)) {
      if (piece.length > 0 && widthOf([...piece, character].join("")) > PIECE) {
        const cut = joint >= 0 ? joint + 1 : piece.length;
        out.push(piece.slice(0, cut).join(""));
        piece = piece.slice(cut);
        joint = -1;
      }
      piece.push(character);
      if (JOINT.test(character)) joint = piece.length - 1;
    }
    out.push(piece.join(""));
    return out.join(BREAK);
  });
}

/**
 * The letter as the PDF draws it:
 * - a ligature character spelled out ("ﬀ" as "ff"), which the font joins into the same glyph.
 *   Typed as one character, the glyph shares fontkit's cached glyph object with "ff" in ordinary
 *   words, one code point against two, and textkit, counting code points to map glyphs back to
 *   the string, then dropped the character after it (found by the property tests: "copies of
 *   ﬀa." came out as "copies of ffa"). Same cache as foliojs/fontkit#154.
 * - a character the font does not have printed as "�" (`standInForMissing`), never handed to the
 *   Helvetica fallback, which drew "😀" as "=" and "𠀀" as "@"; the letter page and the command
 *   line name each one before the PDF is made (`charactersMissingFromPdf`).
 * - a word too long for a line made breakable (`breakable`).
 */
function asDrawn(doc: LetterDocument, family: string, fontSize: number): LetterDocument {
  const bold = wordWidth(family, fontSize);
  const drawn = (text: string) => breakable(standInForMissing(spelledOut(text)), bold, NARROWEST_LINE);
  // The head's addresses are set regular and measured as they are set (the sender's column shrinks
  // to fit its widest line): only a word wider than the line at its smallest gets BREAKs.
  const regular = wordWidth(family, fontSize, 400);
  const inHead = (text: string) => breakable(standInForMissing(spelledOut(text)), regular, headLine(fontSize), headLine(fontSize));
  const blocks = doc.blocks.map((block): LetterBlock => {
    switch (block.kind) {
      case "address":
        return { ...block, lines: block.lines.map(inHead) };
      case "date":
      case "heading":
      case "paragraph":
        return { ...block, text: drawn(block.text) };
      case "list":
        return { ...block, items: block.items.map(drawn) };
      case "signature":
        return { ...block, closing: drawn(block.closing), lines: block.lines.map(drawn) };
      default:
        return assertNever(block);
    }
  });
  return { ...doc, furniture: { ...doc.furniture, continuation: drawn(doc.furniture.continuation) }, blocks };
}

/** The part of a parsed fontkit font a word is measured with. */
interface Measurable {
  unitsPerEm: number;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

/**
 * Measures words with the letter font (loaded by then): the sum of its characters' advances, at
 * the letter's size, in bold (the wider weight) unless the text is always set regular.
 */
function wordWidth(family: string, fontSize: number, weight: 400 | 700 = 700): WordWidth {
  const sources = Font.getRegisteredFonts()[family]?.sources ?? [];
  const font = (sources.find((source) => source.fontWeight === weight) ?? sources[0])?.data as Measurable | null | undefined;
  if (!font) return () => Number.POSITIVE_INFINITY;
  return (word) => {
    let units = 0;
    for (const symbol of word) units += font.glyphForCodePoint(symbol.codePointAt(0)!).advanceWidth;
    return (units / font.unitsPerEm) * fontSize;
  };
}

/** Printable height of an A4 page inside the margins, in points. */
const PAGE_HEIGHT = 841.89 - 2 * PAGE_MARGIN;
/** The width of the letter's measure, in points. */
const MEASURE = 595.28 - 2 * PAGE_MARGIN;

/** About how tall text is on the page, from its characters alone (no layout). */
function wrapped(text: string, layout: Layout, width = MEASURE): number {
  return Math.max(1, Math.ceil(text.length / charsPerLine(width, layout.fontSize))) * layout.fontSize * layout.lineHeight;
}

/** About how tall a block is on the page with the space after it, from its characters alone (no layout). */
function blockHeight(block: LetterBlock, layout: Layout): number {
  const line = layout.fontSize * layout.lineHeight;
  switch (block.kind) {
    case "address":
      return layout.gap + block.lines.length * line;
    case "date":
    case "heading":
    case "paragraph":
      return layout.gap + wrapped(block.text, layout);
    case "list":
      return layout.gap + block.items.reduce((height, item) => height + wrapped(item, layout, MEASURE - layout.fontSize * 1.6) + 3, 0);
    case "signature":
      return (
        layout.gap +
        (block.closing ? wrapped(block.closing, layout) + (block.lines.length > 0 ? layout.signSpace : 0) : 0) +
        block.lines.reduce((height, text) => height + wrapped(text, layout), 0)
      );
    default:
      return assertNever(block);
  }
}

/** About how tall the envelope head is: the window's foot, or the sender's column if that is longer. */
function headHeight(head: EnvelopeHead, layout: Layout): number {
  const sender =
    head.sender.lines.reduce((height, text) => height + wrapped(text, layout, SENDER_COLUMN), layout.gap) + wrapped(head.date.text, layout, SENDER_COLUMN);
  return layout.gap + Math.max(ADDRESS_WINDOW.top - PAGE_MARGIN + ADDRESS_WINDOW.height, sender);
}

/**
 * About how many pages the letter fills, from its characters alone (no layout): 0.94 to 0.98 for
 * the examples that fit on one page, 1.13 and more for those that do not. A guess that only
 * decides which render to try first: a wrong guess costs time, never a wrong footer.
 */
export function estimatedPages(doc: LetterDocument, print: PdfPrint = "standard"): number {
  return estimated(doc, print === "large" ? LARGE : STANDARD);
}

function estimated(doc: LetterDocument, layout: Layout): number {
  const head = layout.envelope ? envelopeHeadOf(doc.blocks) : null;
  const body = doc.blocks.slice(head?.count ?? 0).reduce((height, block) => height + blockHeight(block, layout), 0);
  return (body + (head ? headHeight(head, layout) : 0)) / PAGE_HEIGHT;
}

/**
 * "Page n of N" and the header go only on letters longer than one page. react-pdf's footer needs
 * `render` with totalPages, and a `render` node makes react-pdf lay every page out again, twice, once the page
 * count is known (about a fifth of a render: "no-footer" in git show 4c507a1:bench/experiments-pdf.json). So a
 * letter that looks as if it fits on one page is rendered without the footer node, and rendered
 * again with it only if it turns out longer; a letter that looks longer gets the footer straight
 * away, and the footer's own check still leaves it off if the letter fits on one page after all.
 *
 * A letter to post that nearly fits one page is set a little tighter (COMPACT) if that makes it
 * fit: a second sheet holding a few lines is paper and a stamp's weight for nothing.
 */
async function renderNow(letter: LetterDocument, fonts: LetterFonts, print: PdfPrint): Promise<Uint8Array> {
  Font.registerHyphenationCallback(noHyphenation);
  const family = fontFamily(fonts);
  await skipNullAnchors(family);
  const layout = print === "large" ? LARGE : STANDARD;
  const doc = asDrawn(letter, family, layout.fontSize);
  const onePage = async (tried: Layout): Promise<Uint8Array | null> => {
    const bytes = await renderOnce(doc, family, tried, false);
    return pdfPageCount(bytes) === 1 ? bytes : null;
  };
  const tight = layout === STANDARD && estimated(doc, COMPACT) <= 1.02;
  return (
    (estimated(doc, layout) <= 1.05 ? await onePage(layout) : null) ?? (tight ? await onePage(COMPACT) : null) ?? (await renderOnce(doc, family, layout, true))
  );
}

/**
 * Registers the letter font and fetches and parses both weights, ahead of the first PDF (the file
 * worker does it while the user is still on check answers). What a render would do first anyway.
 */
export async function loadFonts(fonts: LetterFonts): Promise<void> {
  Font.registerHyphenationCallback(noHyphenation);
  await skipNullAnchors(fontFamily(fonts));
}

/** Renders one at a time: the glyph cache repair above must not run while another PDF embeds. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * The letter as an A4 PDF with the letter font embedded: to post, or in large print. Runs in the browser and in Node: the
 * bytes come through a Blob (global in Node 18+), never a Node Buffer or stream. Calls made
 * together are rendered one after another.
 */
export function renderPdf(doc: LetterDocument, fonts: LetterFonts, print: PdfPrint = "standard"): Promise<Uint8Array> {
  const result = queue.then(() => renderNow(doc, fonts, print));
  queue = result.catch(() => undefined);
  return result;
}
