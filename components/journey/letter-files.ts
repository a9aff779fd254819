"use client";

import { saveDataAsked } from "@/components/site/save-data";
import type { LetterDocument } from "@/lib/letter/model";
import { PreparedFiles, printOf, type FileKind } from "@/lib/render/prepared-files";
import { NoWorker, renderInWorker, warmWorker } from "./letter-worker";

/** The letter font, same origin (CSP font-src / connect-src 'self'). */
export const FONTS = { regular: "/fonts/NotoSans-Regular.ttf", bold: "/fonts/NotoSans-Bold.ttf" };

/**
 * Loads a renderer's code. The PDF and Word code arrive only through these import()s, so the
 * question pages never carry them (scripts/check-budgets.mjs checks the build for it).
 */
const loadPdf = () => import("@/lib/render/pdf");
const loadDocx = () => import("@/lib/render/docx");

/** The file made on the page's own main thread: where there is no file worker. */
async function renderOnPage(kind: FileKind, doc: LetterDocument): Promise<Uint8Array> {
  if (kind === "docx") return (await loadDocx()).renderDocx(doc);
  warmFonts();
  return (await loadPdf()).renderPdf(doc, FONTS, printOf(kind));
}

/**
 * The letter's files, made ahead of the click. One per kind, for the latest letter asked for; kept
 * for the life of the tab (in memory only, like the letter on the page), so coming back to the
 * letter page finds them still ready if nothing changed. They are made in the file worker
 * (components/journey/letter-worker.ts), or on the page where a worker cannot start.
 */
export const letterFiles = new PreparedFiles<LetterDocument>({ render: (kind, doc) => renderFile(kind, doc) });

/** Makes one file of a document now, in the file worker or on the page: the letter's (through letterFiles), or the consent form's. */
export function renderFile(kind: FileKind, doc: LetterDocument): Promise<Uint8Array> {
  return renderInWorker(kind, doc, FONTS).catch((error: unknown) => {
    if (error instanceof NoWorker) return renderOnPage(kind, doc);
    throw error;
  });
}

/**
 * Starts the file worker and has it load the renderers and parse the fonts, so that the letter
 * page, reached next, finds it ready (check answers calls it). Not where the user asked to save
 * data: there nothing is fetched until they ask for a file.
 */
export function warmLetterFiles(): void {
  if (backgroundFilesUnwelcome()) return;
  warmWorker(FONTS, true);
}

/**
 * On the letter page, as it starts: the file worker fetches the renderers' code and the fonts at
 * once, while the page reads the draft and builds the letter, rather than at the first idle time or
 * on the click. Opened on its own (a bookmark, another device), the page has had no check answers
 * to warm the worker. No rehearsal: the letter's own files, made next, are its first render. Not
 * where the user asked to save data; and where no worker can start, the files' first render loads
 * the code on the page, as before.
 */
export function startLetterFiles(): void {
  if (backgroundFilesUnwelcome()) return;
  warmWorker(FONTS, false);
}

/**
 * Starts fetching (and the browser compiling) a renderer's code, nothing more: in the file worker,
 * with the fonts (the worker fetches them itself), or on the page where there is no worker.
 */
export function warmCode(kind: FileKind): void {
  if (warmWorker(FONTS, false)) return;
  void (kind === "docx" ? loadDocx() : loadPdf()).catch(() => undefined);
}

let fontsWarmed = false;

/**
 * Starts fetching the two font files into the HTTP cache (once a page life), alongside the PDF code
 * rather than after it: react-pdf only asks for a font once its code has run and layout needs it,
 * and its own fetch of the same URL then comes from the cache (public/fonts is served cacheable).
 */
export function warmFonts(): void {
  // The file worker fetches the fonts itself, as it parses them.
  if (fontsWarmed || warmWorker(FONTS, false)) return;
  fontsWarmed = true;
  for (const src of [FONTS.regular, FONTS.bold])
    void fetch(src, { credentials: "same-origin" })
      .then((r) => r.arrayBuffer())
      .catch(() => undefined);
}

/**
 * True when the user asked the browser to save data, or the connection is very slow: then the
 * files are not made in the background (about 1.2 MB of code and 0.6 MB of fonts for the PDF), only
 * when the user shows they want one.
 */
export const backgroundFilesUnwelcome = saveDataAsked;
