import { stripEmpty } from "./clean";
import { type Device, moveOurKeys, readDevice, rememberDevice, storageKindFor } from "./device";
import { DRAFT_KEY, type Draft, emptyDraft, hasAnswers } from "./format";
import { pruneKept } from "./kept";
import { type MigrateFailure, readDraftText } from "./migrate";
import { isOldDraft } from "./old-draft";
import {
  browserStorage,
  type DeleteOutcome,
  deleteFromDevice,
  draftText,
  latestDraft,
  loadDraft,
  rawStorage,
  saveDraft,
  type StorageKind,
  type StorageLike,
  type StorageStatus,
  storageStatus,
  storedText,
} from "./storage";

/**
 * One tab's hold on the stored draft: the store it is kept in (none until the user has said
 * whether the device is their own), the draft as this tab has it, and the stored text this tab
 * last read or wrote (`lastSeen`), by which a change made in another tab is noticed. The journey's
 * draft provider keeps one and replaces it with what each of these functions returns.
 */
export interface Held {
  store: StorageLike | null;
  draft: Draft;
  lastSeen: string | null;
}

/** The browser's stores: as they are (`raw`), and only when they can be used (`usable`, see browserStorage). Tests pass their own. */
export interface Stores {
  raw(kind: StorageKind): StorageLike | null;
  usable(kind: StorageKind): StorageLike | null;
}

export const BROWSER_STORES: Stores = { raw: rawStorage, usable: browserStorage };

/** Before the stores have been read: nothing held, the draft empty (dated 0, so the first render matches the static HTML). */
export function nothingHeld(): Held {
  return { store: null, draft: emptyDraft(new Date(0)), lastSeen: null };
}

/** A draft as it is saved: blanks taken out of the answers (so "not answered" is always "missing"), kept parts answered again let go. */
export function tidy(draft: Draft): Draft {
  return pruneKept({ ...draft, answers: { ...(stripEmpty(draft.answers) ?? {}), schemaVersion: 1 } });
}

export interface Opened {
  held: Held;
  /** What the user said, or what the stores show; null when they have not been asked yet. */
  device: Device | null;
  /** The draft read, or null when there was none to read. */
  draft: Draft | null;
  status: StorageStatus;
  /** The stored draft could not be read: why, and the key it was kept aside under (null if even that failed). */
  unreadable: { reason: MigrateFailure; asideKey: string | null } | null;
  /** A draft on the user's own device old enough to offer for deletion (lib/draft/old-draft.ts). */
  old: boolean;
}

/** Reads the device's answer, then the draft from the store it calls for (none until the user has said). */
export function openDraft(held: Held, letterIds: readonly string[], stores: Stores = BROWSER_STORES, now: Date = new Date()): Opened {
  const device = readDevice(stores.raw("local"), stores.raw("session"));
  const store = device ? stores.usable(storageKindFor(device)) : null;
  const status = device ? storageStatus(store) : "ok";
  const opened: Opened = { held: { ...held, store }, device, draft: null, status, unreadable: null, old: false };
  if (!store) return opened;
  const loaded = loadDraft(store, letterIds, now);
  if (loaded.kind === "loaded") {
    opened.draft = loaded.draft;
    opened.held.draft = loaded.draft;
    opened.old = device === "own" && isOldDraft(loaded.draft, stores.raw("session"), now);
  } else if (loaded.kind === "unreadable") {
    opened.unreadable = { reason: loaded.reason, asideKey: loaded.asideKey };
  }
  opened.held.lastSeen = storedText(store);
  return opened;
}

export interface Saved {
  held: Held;
  status: StorageStatus;
  /** Another tab had saved (or deleted the answers) since this one last looked: the change went onto its draft. */
  changedElsewhere: boolean;
}

/**
 * Changes the draft and saves it at once. The change is made to the stored draft when another
 * tab has saved since this one last looked (see latestDraft), so its newer answers are kept.
 */
export function saveChange(held: Held, change: (draft: Draft) => Draft, letterIds: readonly string[], now: Date = new Date()): Saved {
  const latest = latestDraft(held.store, held.draft, held.lastSeen, letterIds);
  const next = tidy({ ...change(latest.draft), savedAt: now.toISOString() });
  const saved = saveDraft(held.store, next);
  const lastSeen = saved.ok ? draftText(next) : latest.changedElsewhere ? latest.text : held.lastSeen;
  return { held: { store: held.store, draft: next, lastSeen }, status: saved.ok ? "ok" : saved.reason, changedElsewhere: latest.changedElsewhere };
}

/**
 * "Delete my answers": every key this site set, in every store, not only the one this tab uses
 * (the answer to "own device?" may have changed). The draft held is then empty.
 */
export function deleteDraft(held: Held, stores: Stores = BROWSER_STORES): { held: Held; outcome: DeleteOutcome } {
  const outcome = deleteFromDevice([stores.raw("local"), stores.raw("session")]);
  return { held: { store: held.store, draft: emptyDraft(), lastSeen: storedText(held.store) }, outcome };
}

export interface DeviceChanged {
  held: Held;
  status: StorageStatus;
  /** The outcome of clearing the store the draft left, or null when nothing had to move. */
  outcome: DeleteOutcome | null;
}

/**
 * Records the user's answer to "Is this your own device?" and keeps the draft where it calls for.
 * A change of answer moves the draft and its copies, and clears the store it leaves. The first
 * answer (`was` null) has nothing to move: nothing of ours is stored yet, or it would have said "own".
 */
export function changeDevice(held: Held, was: Device | null, chosen: Device, stores: Stores = BROWSER_STORES): DeviceChanged {
  const to = stores.usable(storageKindFor(chosen));
  const outcome = was !== null && was !== chosen ? moveOurKeys(stores.raw(storageKindFor(was)), to) : null;
  rememberDevice(chosen, to);
  // The draft itself is saved again from memory: a copy that did not fit may not have moved.
  const saved = hasAnswers(held.draft) ? saveDraft(to, held.draft) : null;
  const status = saved === null || saved.ok ? storageStatus(to) : saved.reason;
  return { held: { store: to, draft: held.draft, lastSeen: storedText(to) }, status, outcome };
}

/** What a storage event says of the draft this tab holds. */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
  storageArea: unknown;
}

/**
 * Another tab changed (`draft`, its stored `text`) or deleted (an empty draft, `text` null) the
 * answers this tab holds; null when the event is not about them, says nothing new, or cannot be
 * read (the next save sets an unreadable value aside: see latestDraft).
 */
export function heardChange(held: Held, event: StorageChange, letterIds: readonly string[]): { draft: Draft; text: string | null } | null {
  if (event.key !== DRAFT_KEY && event.key !== null) return null;
  // Only the store this tab keeps its draft in (a shared device's is this tab's own).
  if (!held.store || event.storageArea !== held.store) return null;
  const text = event.key === null ? null : event.newValue;
  if (text === held.lastSeen) return null;
  if (text === null) return { draft: emptyDraft(), text: null };
  const read = readDraftText(text, letterIds);
  return read.ok ? { draft: read.draft, text } : null;
}

/** After a page comes back from the back-forward cache (it heard no storage events while away): the stored draft, when another tab has changed it. */
export function missedChange(held: Held, letterIds: readonly string[]): { draft: Draft; text: string | null } | null {
  const latest = latestDraft(held.store, held.draft, held.lastSeen, letterIds);
  return latest.changedElsewhere ? { draft: latest.draft, text: latest.text } : null;
}

/** The draft another tab saved, now held by this one. */
export function adopt(held: Held, change: { draft: Draft; text: string | null }): Held {
  return { store: held.store, draft: change.draft, lastSeen: change.text };
}
