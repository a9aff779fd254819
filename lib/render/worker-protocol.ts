import type { LetterDocument } from "@/lib/letter/model";
import type { LetterFonts } from "./pdf";
import type { FileKind } from "./prepared-files";

/**
 * What the letter page and the file worker (lib/render/render-worker.ts) say to each other.
 * Structured-cloneable only: a LetterDocument is plain data, and the file comes back as bytes
 * whose buffer is transferred, not copied.
 */
export type ToWorker =
  /**
   * Load both renderers' code and parse the fonts; with `rehearse`, also make a file of each kind
   * from a letter nobody sees, so the first real one is made at warm speed (on check answers,
   * where the user is reading; not on the letter page, where the real file is wanted next).
   */
  { type: "warm"; fonts: LetterFonts; rehearse: boolean } | { type: "render"; id: number; kind: FileKind; doc: LetterDocument; fonts: LetterFonts };

export type FromWorker =
  /** The worker's script has run: it can take work. */
  { type: "started" } | { type: "warmed"; ms: number } | { type: "rendered"; id: number; bytes: Uint8Array } | { type: "failed"; id: number; message: string };
