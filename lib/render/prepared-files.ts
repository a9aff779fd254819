/**
 * Files made ahead of the click, keyed by the exact document they were made from.
 *
 * The letter page renders the current letter's PDF and Word file in idle time, so that "Download"
 * finds the bytes ready. The one rule that matters: a file is only ever handed over for the
 * document it was made from. The key is the whole document (every block's text, the date, the
 * title), so any edit, or a new day's date, is a different key and gets a fresh render.
 *
 * - `get` returns the prepared file when its key matches, waits for it when it is still being
 *   made (never starting a second render of the same document), and otherwise renders now.
 * - `prepare` is `get` for the background: same sharing, and its failure is nobody's problem (the
 *   failed entry is dropped, so the click renders afresh and reports its own failure).
 * - One entry per kind: the latest document asked for. An older render still running when a new
 *   document arrives finishes into nothing.
 *
 * Pure: no DOM, no timers, the renderers are passed in. Unit-tested in prepared-files.test.ts.
 */

/** The letter's files: the PDF to post, a large-print PDF for the patient to read, the Word file. */
export type FileKind = "pdf" | "large-pdf" | "docx";

/** A file kind's file name extension. */
export const EXTENSIONS: Record<FileKind, string> = { pdf: "pdf", "large-pdf": "pdf", docx: "docx" };

/** Which print of the letter a PDF kind is (lib/render/pdf.tsx). */
export const printOf = (kind: FileKind) => (kind === "large-pdf" ? "large" : "standard");

export type FileState = "ready" | "pending" | "none";

interface Entry {
  key: string;
  bytes: Promise<Uint8Array>;
  settled: "pending" | "ready";
}

export interface PreparedFilesOptions<D> {
  render(kind: FileKind, doc: D): Promise<Uint8Array>;
  /** The document's identity; equal keys must mean identical files. Default: JSON.stringify. */
  keyOf?(doc: D): string;
  /** Called when a file for `key` is ready (the page shows it to tests as data-files-ready). */
  onReady?(kind: FileKind, key: string): void;
}

export class PreparedFiles<D> {
  private readonly entries = new Map<FileKind, Entry>();
  private readonly renderFile: PreparedFilesOptions<D>["render"];
  private readonly onReady: PreparedFilesOptions<D>["onReady"];
  readonly keyOf: (doc: D) => string;

  constructor(options: PreparedFilesOptions<D>) {
    this.renderFile = options.render;
    this.keyOf = options.keyOf ?? ((doc: D) => JSON.stringify(doc));
    this.onReady = options.onReady;
  }

  /** The file for exactly `doc`: prepared, being prepared, or rendered now. */
  get(kind: FileKind, doc: D): Promise<Uint8Array> {
    const key = this.keyOf(doc);
    const entry = this.entries.get(kind);
    if (entry && entry.key === key) return entry.bytes;
    return this.start(kind, doc, key).bytes;
  }

  /** Starts making the file for `doc` unless it is made or being made. Never rejects. */
  prepare(kind: FileKind, doc: D): Promise<void> {
    return this.get(kind, doc).then(
      () => undefined,
      () => undefined,
    );
  }

  /** Whether the file for exactly `doc` is ready, being made, or neither. */
  state(kind: FileKind, doc: D): FileState {
    return this.stateOfKey(kind, this.keyOf(doc));
  }

  /** {@link state} by a key already worked out with {@link keyOf}. */
  stateOfKey(kind: FileKind, key: string): FileState {
    const entry = this.entries.get(kind);
    if (!entry || entry.key !== key) return "none";
    return entry.settled;
  }

  /** Forgets every prepared file. */
  clear(): void {
    this.entries.clear();
  }

  private start(kind: FileKind, doc: D, key: string): Entry {
    let bytes: Promise<Uint8Array>;
    try {
      bytes = this.renderFile(kind, doc);
    } catch (error) {
      bytes = Promise.reject(error);
    }
    const entry: Entry = { key, bytes, settled: "pending" };
    this.entries.set(kind, entry);
    bytes.then(
      () => {
        entry.settled = "ready";
        if (this.entries.get(kind) === entry) this.onReady?.(kind, key);
      },
      () => {
        // A failed render is not kept: the next ask tries again.
        if (this.entries.get(kind) === entry) this.entries.delete(kind);
      },
    );
    return entry;
  }
}
