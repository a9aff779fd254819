import { DRAFT_FORMAT, DRAFT_VERSION, type Draft } from "./format";
import { isRecord, readStoredDraftV1 } from "./envelope";
import { MAX_DRAFT_CHARS, scanJson } from "./json-bounds";

/**
 * Saved drafts carry a version. Each migration takes one version to the next, so a draft saved by
 * any earlier release walks forward step by step and an update never loses anyone's answers.
 *
 * To add version 2: write `DraftV2` in format.ts, add `1: (v1) => v2` here, make the envelope
 * reader read v2 (./envelope.ts), and add `fixtures/v2.json`. The answers inside are checked
 * against the answers schema once the checks have loaded (./repair.ts).
 */
type Raw = Record<string, unknown>;
const MIGRATIONS: Record<number, (draft: Raw) => Raw> = {
  // 1: (v1) => ({ ...v1, version: 2, ... }),
};

/** Why a stored draft could not be read; "too-large": longer or nested deeper than any draft can be (./json-bounds.ts). */
export type MigrateFailure = "not-json" | "foreign" | "newer" | "damaged" | "too-large";
export type MigrateResult = { ok: true; draft: Draft; from: number } | { ok: false; reason: MigrateFailure };

/** Takes a stored draft of any version (already parsed from JSON) to the current version; `letterIds` are the letters this version writes. */
export function migrate(raw: unknown, letterIds: readonly string[]): MigrateResult {
  if (!isRecord(raw) || raw.format !== DRAFT_FORMAT) return { ok: false, reason: "foreign" };
  const from = raw.version;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 1) return { ok: false, reason: "damaged" };
  if (from > DRAFT_VERSION) return { ok: false, reason: "newer" };

  let current: Raw = raw;
  try {
    for (let v = from; v < DRAFT_VERSION; v++) {
      const step = MIGRATIONS[v];
      if (!step) return { ok: false, reason: "damaged" };
      current = step(current);
    }
  } catch {
    return { ok: false, reason: "damaged" };
  }

  let parsed: Record<string, unknown> | null;
  try {
    parsed = readStoredDraftV1(current, letterIds);
  } catch {
    // The envelope copies its parts (structuredClone): a value it cannot copy is a damaged draft, never a page that fails.
    return { ok: false, reason: "damaged" };
  }
  if (!parsed) return { ok: false, reason: "damaged" };
  const draft = parsed as unknown as Draft;
  // The answers inside a draft always say which answers-file version they follow.
  draft.answers = { ...draft.answers, schemaVersion: 1 };
  return { ok: true, draft, from };
}

/**
 * Reads the text we stored: its length and depth first (nothing is parsed or copied that could
 * overflow the stack), then JSON, then `migrate`.
 */
export function readDraftText(text: string, letterIds: readonly string[]): MigrateResult {
  if (text.length > MAX_DRAFT_CHARS) return { ok: false, reason: "too-large" };
  const scan = scanJson(text);
  if (!scan.ok) return { ok: false, reason: scan.reason === "too-deep" ? "too-large" : "not-json" };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  return migrate(raw, letterIds);
}
