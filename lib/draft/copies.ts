import { ASIDE_KEY_PREFIX, type Draft, REPLACED_KEY_PREFIX } from "./format";
import { draftText, keptCopies, type StorageLike } from "./storage";

/**
 * Whole drafts kept on the device beside the user's own, listed on the your-answers page: a draft
 * a loaded file (or a restored copy) replaced, so it can be put back after a reload too, and drafts
 * that could not be read (set aside by loadDraft). Each key ends in the time it was kept.
 */
export interface DeviceCopy {
  key: string;
  text: string;
  kind: "unreadable" | "replaced";
  /** When it was kept, read from its key (an invalid date when the key's time cannot be read). */
  at: Date;
}

/** The copies in a store: the replaced draft, then those that could not be read, each newest first. */
export function copiesOnDevice(store: StorageLike | null): DeviceCopy[] {
  if (!store) return [];
  const read = (prefix: string, kind: DeviceCopy["kind"]) =>
    keptCopies(store, prefix).map((copy) => ({ ...copy, kind, at: new Date(copy.key.slice(prefix.length)) }));
  return [...read(REPLACED_KEY_PREFIX, "replaced"), ...read(ASIDE_KEY_PREFIX, "unreadable")];
}

/**
 * Keeps `previous`, the draft about to be replaced, as the one copy of a replaced draft (the
 * one kept before goes). Its key, or null when the store had no room for it.
 */
export function keepReplaced(store: StorageLike, previous: Draft, now: Date = new Date()): string | null {
  try {
    for (const old of copiesOnDevice(store).filter((c) => c.kind === "replaced")) store.removeItem(old.key);
    const key = `${REPLACED_KEY_PREFIX}${now.toISOString()}`;
    store.setItem(key, draftText(previous));
    return key;
  } catch {
    return null;
  }
}

/** Lets a copy go (put back, or its undo done with). False when the store would not: it stays listed, which does no harm. */
export function removeCopy(store: StorageLike | null, key: string): boolean {
  if (!store) return false;
  try {
    store.removeItem(key);
    return true;
  } catch {
    return false;
  }
}
