import { ASIDE_KEY_PREFIX, DRAFT_KEY, KEY_PREFIX, emptyDraft, type Draft } from "./format";
import { readDraftText, type MigrateFailure } from "./migrate";

/** The part of the Web Storage API we use, so tests can pass a small in-memory stand-in. */
export interface StorageLike {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The browser's two stores. */
export type BrowserStorageKind = "local" | "session";
/** The browser's two stores, and this page's memory (a shared device's: ./page-memory.ts). */
export type StorageKind = BrowserStorageKind | "memory";

/** Whether the draft can be saved: "full" when the store has no room, "unavailable" when the browser gives us none. */
export type StorageStatus = "ok" | "full" | "unavailable";

/** The browser's storage of that kind as it is, or null where even reading the property throws. */
export function rawStorage(kind: BrowserStorageKind = "local"): StorageLike | null {
  try {
    if (typeof window === "undefined") return null;
    return kind === "local" ? window.localStorage : window.sessionStorage;
  } catch {
    return null;
  }
}

/** Whether a test value can be written: "full" when the store refuses for lack of room. */
function probe(storage: StorageLike): StorageStatus {
  const key = `${KEY_PREFIX}probe`;
  try {
    storage.setItem(key, "1");
    storage.removeItem(key);
    return "ok";
  } catch (error) {
    return isQuotaError(error) ? "full" : "unavailable";
  }
}

function isQuotaError(error: unknown): boolean {
  const name = error instanceof Error ? error.name : "";
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

/**
 * localStorage (or sessionStorage), or null where the browser will not give us one (some private
 * modes, blocked site data). A store that is full is still given when it holds something of
 * ours: the draft already saved must stay readable, and deletable, when no more fits. A store
 * that takes nothing and holds nothing (Safari's old private mode: quota 0) is no use.
 */
export function browserStorage(kind: BrowserStorageKind = "local"): StorageLike | null {
  const storage = rawStorage(kind);
  if (!storage) return null;
  const status = probe(storage);
  if (status === "ok") return storage;
  try {
    return status === "full" && ourKeys(storage).length > 0 ? storage : null;
  } catch {
    return null;
  }
}

/** What saving to this store would meet, so the warning names the real cause from the start. */
export function storageStatus(storage: StorageLike | null): StorageStatus {
  return storage ? probe(storage) : "unavailable";
}

export type LoadResult =
  | { kind: "empty" }
  | { kind: "loaded"; draft: Draft; migratedFrom: number }
  /** A value we could not read. It was copied to `asideKey` (null if even that failed). */
  | { kind: "unreadable"; reason: MigrateFailure; asideKey: string | null };

export function loadDraft(storage: StorageLike, letterIds: readonly string[], now: Date = new Date()): LoadResult {
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return { kind: "empty" };
  }
  if (text === null) return { kind: "empty" };

  const result = readDraftText(text, letterIds);
  if (result.ok) return { kind: "loaded", draft: result.draft, migratedFrom: result.from };

  // Keep the unreadable value under another key, so the next save does not overwrite it.
  let asideKey: string | null = `${ASIDE_KEY_PREFIX}${now.toISOString()}`;
  try {
    storage.setItem(asideKey, text);
    storage.removeItem(DRAFT_KEY);
  } catch {
    asideKey = null;
  }
  return { kind: "unreadable", reason: result.reason, asideKey };
}

export type SaveResult = { ok: true } | { ok: false; reason: "full" | "unavailable" };

/** The text a draft is stored as. */
export function draftText(draft: Draft): string {
  return JSON.stringify(draft);
}

export function saveDraft(storage: StorageLike | null, draft: Draft): SaveResult {
  if (!storage) return { ok: false, reason: "unavailable" };
  try {
    storage.setItem(DRAFT_KEY, draftText(draft));
    return { ok: true };
  } catch (error) {
    return { ok: false, reason: isQuotaError(error) ? "full" : "unavailable" };
  }
}

/** Every key this site has set: the draft, copies kept aside, anything else under our prefix. */
export function ourKeys(storage: StorageLike): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(KEY_PREFIX)) keys.push(key);
  }
  return keys;
}

/** "Delete my answers": removes every key we set. Returns true when none is left. */
export function deleteEverything(storage: StorageLike | null): boolean {
  if (!storage) return true;
  try {
    for (const key of ourKeys(storage)) storage.removeItem(key);
    return ourKeys(storage).length === 0;
  } catch {
    return false;
  }
}

/**
 * What "Delete my answers" found afterwards, across every store we may have used: nothing of
 * ours left ("deleted"); something left that would not go ("left"); or a store the browser will
 * not let us look in, so we cannot say ("unchecked"): data saved there before the browser
 * blocked it may still be there.
 */
export type DeleteOutcome = "deleted" | "left" | "unchecked";

export function deleteFromDevice(stores: readonly (StorageLike | null)[]): DeleteOutcome {
  let left = false;
  let unchecked = false;
  for (const store of stores) {
    try {
      if (!store) throw new Error("no store");
      ourKeys(store);
    } catch {
      // Not even a list of keys: nothing can be said about this store.
      unchecked = true;
      continue;
    }
    if (!deleteEverything(store)) left = true;
  }
  return left ? "left" : unchecked ? "unchecked" : "deleted";
}

/** The copies of unreadable drafts we kept aside, newest first. */
export function asideCopies(storage: StorageLike): { key: string; text: string }[] {
  return keptCopies(storage, ASIDE_KEY_PREFIX);
}

/** Whole copies kept under a prefix (unreadable drafts, drafts replaced by a file), newest first. */
export function keptCopies(storage: StorageLike, prefix: string = ASIDE_KEY_PREFIX): { key: string; text: string }[] {
  try {
    return ourKeys(storage)
      .filter((k) => k.startsWith(prefix))
      .sort()
      .reverse()
      .map((key) => ({ key, text: storage.getItem(key) ?? "" }));
  } catch {
    return [];
  }
}

/** The stored draft's text, or null when there is none or storage cannot be read. */
export function storedText(storage: StorageLike | null): string | null {
  try {
    return storage ? storage.getItem(DRAFT_KEY) : null;
  } catch {
    return null;
  }
}

export type LatestDraft =
  | { changedElsewhere: false; draft: Draft }
  /** Another tab saved (or deleted) since this one last read or wrote; `text` is what is stored now. */
  | { changedElsewhere: true; draft: Draft; text: string | null };

/**
 * Two tabs, one draft: the draft a change should be made to. Normally the tab's own; but when
 * the stored text is not what this tab last read or wrote (`lastSeen`), another tab has saved
 * since (or deleted the answers) and this tab never heard (a page restored from the back-forward
 * cache misses storage events; two saves can cross). Then the change goes onto the stored draft,
 * so the other tab's newer answers are kept, and a deletion stays deleted. A stored value we
 * cannot read is left to loadDraft to set aside; the tab's own draft is used.
 */
export function latestDraft(storage: StorageLike | null, ours: Draft, lastSeen: string | null, letterIds: readonly string[]): LatestDraft {
  if (!storage) return { changedElsewhere: false, draft: ours };
  let text: string | null;
  try {
    text = storage.getItem(DRAFT_KEY);
  } catch {
    return { changedElsewhere: false, draft: ours };
  }
  if (text === lastSeen) return { changedElsewhere: false, draft: ours };
  if (text === null) return { changedElsewhere: true, draft: emptyDraft(), text };
  const read = readDraftText(text, letterIds);
  if (!read.ok) return { changedElsewhere: false, draft: ours };
  return { changedElsewhere: true, draft: read.draft, text };
}
