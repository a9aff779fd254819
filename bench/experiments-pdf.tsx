/**
 * What would make our PDF faster: `npx tsx bench/experiments-pdf.tsx` (not part of `npm run bench`).
 *
 * Each variant renders the same letters, interleaved round by round so machine load hits them all
 * alike, and reports its warm median against the product's renderPdf and raw pdfkit:
 *   - product:        lib/render/pdf.tsx as shipped
 *   - keep-glyphs:    the same, but the glyph-cache repair (forgetGlyphsWithoutCodePoints) finds
 *                     nothing to forget, so fontkit keeps its glyph objects between renders
 *   - copy:           a copy of the product's document tree, rendered straight with pdf().toBlob()
 *                     (checks the copy costs the same as the product)
 *   - no-footer:      the copy without the "Page n of N" `render` footer (a dynamic node makes
 *                     react-pdf lay the page out again once the page count is known)
 *   - no-keep:        the copy without minPresenceAhead and wrap={false}
 *   - flat:           the copy with one <Text> per address and signature (lines joined by "\n")
 *                     and list items as single Text nodes, i.e. far fewer nodes for yoga and textkit
 *   - other fonts:    with EXPERIMENT_FONTS_DIR=dir (holding NotoSans-Regular.ttf and -Bold.ttf,
 *                     e.g. subset to fewer scripts), the product's renderPdf with those files
 * Then, in fresh processes: the first render as shipped, and the first render after a tiny
 * warm-up render (what an idle warm-up on the letter page would leave for the click), and with
 * EXPERIMENT_FONTS_DIR the first render with those fonts.
 * Writes bench/experiments-pdf.json. Bench-only: the product is not changed.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { Document, Font, Page, pdf, StyleSheet, Text, View } from "@react-pdf/renderer";
import { NODE_FONTS } from "@/cli/fonts";
import type { LetterBlock, LetterDocument } from "@/lib/letter/model";
import { renderPdf } from "@/lib/render/pdf";
import { buildLetter } from "@/templates";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { loadBaselineFonts, renderPdfkit } from "./pdfkit-letter";
import { median, ms, table, timeMs } from "./stats";

const ROUNDS = Number(process.env.EXPERIMENT_ROUNDS ?? 30);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const FONTS_DIR = process.env.EXPERIMENT_FONTS_DIR;
const OTHER_FONTS = FONTS_DIR ? { regular: `${FONTS_DIR}/NotoSans-Regular.ttf`, bold: `${FONTS_DIR}/NotoSans-Bold.ttf` } : null;
const OUTPUT = fileURLToPath(new URL("./experiments-pdf.json", import.meta.url));

const MM = 72 / 25.4;
const FONT_SIZE = 11;
const LINE = FONT_SIZE * 1.4;
const styles = StyleSheet.create({
  page: { paddingTop: 20 * MM, paddingBottom: 20 * MM, paddingHorizontal: 20 * MM, fontSize: FONT_SIZE, color: "#000000" },
  body: { fontSize: FONT_SIZE, lineHeight: 1.4 },
  block: { marginBottom: FONT_SIZE },
  right: { textAlign: "right" },
  bold: { fontWeight: 700 },
  listItem: { flexDirection: "row", marginBottom: 3 },
  listMarker: { width: 18 },
  listText: { flex: 1 },
  signSpace: { height: 36 },
  footer: { position: "absolute", bottom: 10 * MM, left: 20 * MM, right: 20 * MM, fontSize: 9, textAlign: "center", color: "#444444" },
});

interface Options {
  footer: boolean;
  keep: boolean;
  flat: boolean;
}

function Block({ block, o }: { block: LetterBlock; o: Options }) {
  const lines = (values: readonly string[], right = false) =>
    o.flat ? <Text style={right ? styles.right : undefined}>{values.join("\n")}</Text> : values.map((l, i) => <Text key={i} style={right ? styles.right : undefined}>{l}</Text>);
  switch (block.kind) {
    case "address":
      return <View style={styles.block}>{lines(block.lines, block.role === "sender")}</View>;
    case "date":
      return <Text style={[styles.block, styles.right]}>{block.text}</Text>;
    case "heading":
      return <Text style={[styles.block, styles.bold]} minPresenceAhead={o.keep ? 3 * LINE : undefined}>{block.text}</Text>;
    case "paragraph":
      return <Text style={styles.block}>{block.text}</Text>;
    case "list":
      if (o.flat) return <Text style={styles.block}>{block.items.map((item, i) => `${block.style === "numbered" ? `${i + 1}.` : "•"}  ${item}`).join("\n")}</Text>;
      return (
        <View style={styles.block}>
          {block.items.map((item, i) => (
            <View key={i} style={styles.listItem} wrap={o.keep ? false : undefined}>
              <Text style={styles.listMarker}>{block.style === "numbered" ? `${i + 1}.` : "•"}</Text>
              <Text style={styles.listText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case "signature":
      return (
        <View style={styles.block} wrap={o.keep ? false : undefined}>
          {block.closing ? <Text>{block.closing}</Text> : null}
          {block.closing && block.lines.length > 0 ? <View style={styles.signSpace} /> : null}
          {lines(block.lines)}
        </View>
      );
  }
}

// The product registered "Noto Sans" for NODE_FONTS on its first render; the copy uses the same
// family, so both share one parsed font (and the product's glyph repair runs around each render).
const FAMILY = "Noto Sans";

function Letter({ doc, o }: { doc: LetterDocument; o: Options }) {
  return (
    <Document title={doc.title} author={doc.author} subject={doc.subject} language={doc.language} creator="bench" producer="bench">
      <Page size="A4" style={[styles.page, { fontFamily: FAMILY }]}>
        <View style={styles.body}>
          {doc.blocks.map((b, i) => (
            <Block key={"id" in b ? b.id : `${b.kind}-${i}`} block={b} o={o} />
          ))}
        </View>
        {o.footer ? <Text style={styles.footer} fixed render={({ pageNumber, totalPages }) => (totalPages > 1 ? `Page ${pageNumber} of ${totalPages}` : "")} /> : null}
      </Page>
    </Document>
  );
}

async function copy(doc: LetterDocument, o: Options): Promise<number> {
  const blob = await pdf(<Letter doc={doc} o={o} />).toBlob();
  return blob.size;
}

/** Runs fn with react-pdf's font registry hidden from the product's glyph repair (and only from it). */
async function withoutGlyphRepair<T>(fn: () => Promise<T>): Promise<T> {
  const store = Font as unknown as { getRegisteredFonts: () => unknown };
  const original = store.getRegisteredFonts;
  store.getRegisteredFonts = () => ({});
  try {
    return await fn();
  } finally {
    store.getRegisteredFonts = original;
  }
}

const letterFor = (template: string, name: string) => {
  const e = EXAMPLES.find((x) => x.template === template && x.name === name)!;
  const built = buildLetter(e.template, e.answers, { date: "2026-11-25" });
  if (!built.ok) throw new Error("example does not build");
  return built.letter;
};

// ---- cold children ------------------------------------------------------------------------------------
if (process.argv.includes("--cold")) {
  const warmUp = process.argv.includes("--warm-up");
  const fonts = process.argv.includes("--other-fonts") && OTHER_FONTS ? OTHER_FONTS : NODE_FONTS;
  const letter = letterFor("gp-oncology-second-opinion", "typical");
  let warmUpMs: number | null = null;
  if (warmUp) {
    // A tiny letter: a line in each weight, so both fonts are read, parsed and shaped once.
    const tiny: LetterDocument = { ...letter, blocks: [{ kind: "heading", id: "h", text: "Re: a" }, { kind: "paragraph", id: "p", text: "Dear a," }] };
    warmUpMs = ms((await timeMs(() => renderPdf(tiny, fonts))).ms);
  }
  const firstMs = ms((await timeMs(() => renderPdf(letter, fonts))).ms);
  const secondMs = ms((await timeMs(() => renderPdf(letter, fonts))).ms);
  process.stdout.write(JSON.stringify({ warmUpMs, firstMs, secondMs }));
  process.exit(0);
}

// ---- warm variants ---------------------------------------------------------------------------------------
const letters = EXAMPLES.filter((e) => e.name === "typical" || e.name === "international").map((e) => letterFor(e.template, e.name));
const baselineFonts = loadBaselineFonts(NODE_FONTS);
const full: Options = { footer: true, keep: true, flat: false };
const variants: Record<string, (doc: LetterDocument) => Promise<unknown>> = {
  product: (doc) => renderPdf(doc, NODE_FONTS),
  "keep-glyphs": (doc) => withoutGlyphRepair(() => renderPdf(doc, NODE_FONTS)),
  copy: (doc) => copy(doc, full),
  "no-footer": (doc) => copy(doc, { ...full, footer: false }),
  "no-keep": (doc) => copy(doc, { ...full, keep: false }),
  flat: (doc) => copy(doc, { ...full, flat: true }),
  "flat, no footer, no keep": (doc) => copy(doc, { footer: false, keep: false, flat: true }),
  pdfkit: (doc) => renderPdfkit(doc, baselineFonts),
};
if (OTHER_FONTS) variants["other fonts"] = (doc) => renderPdf(doc, OTHER_FONTS);
await renderPdf(letters[0]!, NODE_FONTS); // registers the family the copies use
const turn = () => new Promise((resolve) => setImmediate(resolve));
const names = Object.keys(variants);
for (const doc of letters) for (const n of names) await variants[n]!(doc);
const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? names : [...names].reverse();
  for (const doc of letters) {
    for (const n of order) {
      await turn(); // let React release finished roots between renders, as a real caller would
      samples[n]!.push((await timeMs(() => variants[n]!(doc))).ms);
    }
  }
}
const productMedian = median(samples.product!);
const pdfkitMedian = median(samples.pdfkit!);
const warm = Object.fromEntries(names.map((n) => [n, { medianMs: ms(median(samples[n]!)), vsProduct: ms(median(samples[n]!) / productMedian), vsPdfkit: ms(median(samples[n]!) / pdfkitMedian) }]));

const coldRun = (args: string[]) => {
  const r = spawnSync("npx", ["tsx", fileURLToPath(import.meta.url), "--cold", ...args], { cwd: ROOT, encoding: "utf8" });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { warmUpMs: number | null; firstMs: number; secondMs: number };
};
const coldSamples = { asShipped: [] as ReturnType<typeof coldRun>[], afterWarmUp: [] as ReturnType<typeof coldRun>[], otherFonts: [] as ReturnType<typeof coldRun>[] };
for (let i = 0; i < 3; i++) {
  coldSamples.asShipped.push(coldRun([]));
  coldSamples.afterWarmUp.push(coldRun(["--warm-up"]));
  if (OTHER_FONTS) coldSamples.otherFonts.push(coldRun(["--other-fonts"]));
}
const cold = {
  firstRenderAsShippedMs: ms(median(coldSamples.asShipped.map((s) => s.firstMs))),
  tinyWarmUpRenderMs: ms(median(coldSamples.afterWarmUp.map((s) => s.warmUpMs ?? Number.NaN))),
  firstRenderAfterWarmUpMs: ms(median(coldSamples.afterWarmUp.map((s) => s.firstMs))),
  secondRenderMs: ms(median(coldSamples.asShipped.map((s) => s.secondMs))),
  firstRenderOtherFontsMs: OTHER_FONTS ? ms(median(coldSamples.otherFonts.map((s) => s.firstMs))) : null,
  samples: coldSamples,
};

const result = { timestamp: new Date().toISOString(), loadAverage: os.loadavg().map(ms), letters: letters.length, rounds: ROUNDS, otherFonts: FONTS_DIR ?? null, warm, cold };
writeFileSync(OUTPUT, `${JSON.stringify(result, null, 2)}\n`);
console.log(`PDF variants, ${letters.length} letters x ${ROUNDS} rounds, interleaved (load average ${result.loadAverage.join(" ")})\n`);
console.log(table([["variant", "median ms", "vs product", "vs pdfkit"], ...names.map((n) => [n, warm[n]!.medianMs, warm[n]!.vsProduct, warm[n]!.vsPdfkit])]));
console.log("");
console.log(table([["cold, fresh process (median of 3)", "ms"], ["first render as shipped", cold.firstRenderAsShippedMs], ["tiny warm-up render", cold.tinyWarmUpRenderMs], ["first letter after the warm-up", cold.firstRenderAfterWarmUpMs], ["second render", cold.secondRenderMs], ...(OTHER_FONTS ? [[`first render with ${FONTS_DIR}`, cold.firstRenderOtherFontsMs ?? Number.NaN]] : [])]));
console.log(`\nwrote ${OUTPUT.replace(ROOT, "")}`);
