import { ASIDE_KEY_PREFIX, DRAFT_KEY, KEY_PREFIX, REPLACED_KEY_PREFIX } from "./format";
import { type DeleteOutcome, deleteFromDevice, ourKeys, type StorageKind, type StorageLike } from "./storage";

/**
 * "Is this your own device?", asked once at the start. On the user's own device the draft is kept
 * in localStorage, for as long as they want it; on a shared one it is kept in the page's memory
 * only (./page-memory.ts), and nothing is written to localStorage. Not in sessionStorage: the
 * browser writes that to disk and brings it back when it restores a closed tab or session.
 *
 * The answer is kept in localStorage ("own") or sessionStorage ("shared": a flag, no answer, so a
 * reload of the tab is not asked again, and the next person to open the site on a shared computer
 * is). A draft already in localStorage, saved before the question was asked, says "own": someone
 * chose to keep it.
 */
export type Device = "own" | "shared";

export const DEVICE_KEY = `${KEY_PREFIX}device`;

/** Where the draft is kept. */
export const storageKindFor = (device: Device): StorageKind => (device === "shared" ? "memory" : "local");
/** Where the answer to the question is kept. */
export const deviceKindFor = (device: Device): StorageKind => (device === "shared" ? "session" : "local");

function read(store: StorageLike | null, key: string): string | null {
  try {
    return store ? store.getItem(key) : null;
  } catch {
    return null;
  }
}

/** What the user said, or what the stores show; null when they have not been asked yet. */
export function readDevice(local: StorageLike | null, session: StorageLike | null): Device | null {
  if (read(session, DEVICE_KEY) === "shared") return "shared";
  if (read(local, DEVICE_KEY) === "own") return "own";
  if (read(local, DRAFT_KEY) !== null) return "own";
  try {
    return local && ourKeys(local).length > 0 ? "own" : null;
  } catch {
    return null;
  }
}

/** Writes the answer where it belongs. False when that store would not take it (it is then asked again next time). */
export function rememberDevice(device: Device, store: StorageLike | null): boolean {
  if (!store) return false;
  try {
    store.setItem(DEVICE_KEY, device);
    return true;
  } catch {
    return false;
  }
}

/**
 * Moves everything of ours from one store to the other (the user changed their answer on the
 * your-answers page): copied first, then deleted from where it was, and that deletion checked.
 * The outcome is the deletion's: "deleted" means nothing of ours is left behind.
 */
export function moveOurKeys(from: StorageLike | null, to: StorageLike | null): DeleteOutcome {
  if (from && to) {
    try {
      for (const key of ourKeys(from)) {
        // The draft and its copies: not the answer itself, nor a flag that belongs to the visit (a
        // page's typing is the tab's own, and moves with DraftTab's typing store).
        if (key !== DRAFT_KEY && !key.startsWith(ASIDE_KEY_PREFIX) && !key.startsWith(REPLACED_KEY_PREFIX)) continue;
        const value = from.getItem(key);
        if (value !== null) to.setItem(key, value);
      }
    } catch {
      // A copy that does not fit goes with the store it was in: the user asked for nothing to
      // stay there. The draft itself is saved again from memory by the provider.
    }
  }
  return deleteFromDevice([from]);
}
