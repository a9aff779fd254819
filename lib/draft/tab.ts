import { stripEmpty } from "./clean";
import { type Device, deviceKindFor, moveOurKeys, readDevice, rememberDevice, storageKindFor } from "./device";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, type Draft, emptyDraft, hasAnswers, REPLACED_KEY_PREFIX } from "./format";
import { pruneKept } from "./kept";
import { pageMemory } from "./page-memory";
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
import { hasTyping, moveTyping, TYPING_KEY_PREFIX } from "./typing";

/** The browser's stores and the page's memory: as they are (`raw`), and only when they can be used (`usable`, see browserStorage). Tests pass their own. */
export interface Stores {
  raw(kind: StorageKind): StorageLike | null;
  usable(kind: StorageKind): StorageLike | null;
}

export const BROWSER_STORES: Stores = {
  raw: (kind) => (kind === "memory" ? pageMemory() : rawStorage(kind)),
  usable: (kind) => (kind === "memory" ? pageMemory() : browserStorage(kind)),
};

/** A draft as it is saved: blanks taken out of the answers (so "not answered" is always "missing"), kept parts answered again let go. */
export function tidy(draft: Draft): Draft {
  return pruneKept({ ...draft, answers: { ...(stripEmpty(draft.answers) ?? {}), schemaVersion: 1 } });
}

/** What opening the draft found. */
export interface Opened {
  /** What the user said, or what the stores show; null when they have not been asked yet. */
  device: Device | null;
  storage: StorageStatus;
  /** The draft read, or null when there was none to read. */
  draft: Draft | null;
  /** The stored draft could not be read: why, and the key it was kept aside under (null if even that failed). */
  unreadable: { reason: MigrateFailure; asideKey: string | null } | null;
  /** A draft on the user's own device old enough to offer for deletion (./old-draft.ts). */
  old: boolean;
}

/** What a storage event says (a StorageEvent is one). */
export interface StorageChange {
  key: string | null;
  newValue: string | null;
  storageArea: unknown;
}

/**
 * One tab's hold on the stored draft, and every move it makes in storage: the store the draft is
 * kept in (none until the user has said whether the device is their own), the draft as this tab
 * has it, and the stored text this tab last read or wrote (`lastSeen`), by which a change made in
 * another tab is noticed. The journey's draft provider keeps one for the tab's life.
 *
 * Two tabs, one draft: every save checks the stored draft first (latestDraft), so a change goes
 * onto another tab's newer answers and a deletion made there stays deleted.
 */
export class DraftTab {
  store: StorageLike | null = null;
  /** Before the stores are read: empty, dated 0, so the first render matches the static HTML. */
  draft: Draft = emptyDraft(new Date(0));
  lastSeen: string | null = null;
  device: Device | null = null;
  /**
   * Where this tab keeps what is typed on a page before it is sent on (./typing.ts): the tab's own
   * session storage on the user's own device (it survives a reload, and no other tab shares it),
   * the page's memory on a shared one, as the draft is.
   */
  typing: StorageLike | null = null;
  /** The draft as it was last saved to a file (its savedAt), for a shared device's warning before the tab closes. */
  private savedToFile: string | null = null;

  constructor(readonly stores: Stores = BROWSER_STORES) {}

  /** Reads the device's answer, then the draft from the store it calls for (none until the user has said). */
  open(letterIds: readonly string[], now: Date = new Date()): Opened {
    const device = readDevice(this.stores.raw("local"), this.stores.raw("session"));
    if (device === "shared") this.outOfSessionStorage();
    // Typing kept under one key for every tab, before typing was the tab's own: in the old shape, which nothing reads.
    if (device === "own") moveTyping(this.stores.raw("local"), null);
    const store = device ? this.stores.usable(storageKindFor(device)) : null;
    this.device = device;
    this.store = store;
    this.typing = this.typingStoreFor(device);
    const opened: Opened = { device, storage: device ? storageStatus(store) : "ok", draft: null, unreadable: null, old: false };
    if (!store) return opened;
    const loaded = loadDraft(store, letterIds, now);
    if (loaded.kind === "loaded") {
      this.draft = opened.draft = loaded.draft;
      opened.old = device === "own" && isOldDraft(loaded.draft, this.stores.raw("session"), now);
    } else if (loaded.kind === "unreadable") {
      opened.unreadable = { reason: loaded.reason, asideKey: loaded.asideKey };
    }
    this.lastSeen = storedText(store);
    return opened;
  }

  /**
   * A shared device's draft, copies and typing kept in the tab's session storage (where earlier
   * versions kept them) move into the page's memory, and leave nothing there but the answer to
   * the question: the browser writes session storage to disk and restores it.
   */
  private outOfSessionStorage(): void {
    const session = this.stores.raw("session");
    const memory = this.stores.raw("memory");
    try {
      const kept = (key: string) => key === DRAFT_KEY || [ASIDE_KEY_PREFIX, REPLACED_KEY_PREFIX, TYPING_KEY_PREFIX].some((prefix) => key.startsWith(prefix));
      if (!session || !Array.from({ length: session.length }, (_, i) => session.key(i)).some((key) => key !== null && kept(key))) return;
    } catch {
      return;
    }
    moveTyping(session, memory);
    moveOurKeys(session, memory);
    rememberDevice("shared", this.stores.usable("session"));
  }

  private typingStoreFor(device: Device | null): StorageLike | null {
    return (device === "own" ? this.stores.usable("session") : null) ?? this.stores.raw("memory");
  }

  /**
   * A shared device's answers that would go with the tab unsaved: answers not saved to a file
   * since they last changed, or typing on a page not yet sent on. Never on the user's own device,
   * where the browser keeps them.
   */
  unsaved(): boolean {
    if (this.device !== "shared") return false;
    return (hasAnswers(this.draft) && this.draft.savedAt !== this.savedToFile) || hasTyping(this.typing);
  }

  /** The answers were saved to a file just now: what they are now is not lost with the tab. */
  markSavedToFile(): void {
    this.savedToFile = this.draft.savedAt;
  }

  /**
   * Changes the draft and saves it at once, tidied and dated. `changedElsewhere`: another tab had
   * saved (or deleted the answers) since this one last looked, and the change went onto its draft.
   */
  save(change: (draft: Draft) => Draft, letterIds: readonly string[], now: Date = new Date()) {
    const latest = latestDraft(this.store, this.draft, this.lastSeen, letterIds);
    const draft = tidy({ ...change(latest.draft), savedAt: now.toISOString() });
    this.draft = draft;
    const saved = saveDraft(this.store, draft);
    if (saved.ok) this.lastSeen = draftText(draft);
    else if (latest.changedElsewhere) this.lastSeen = latest.text;
    const storage: StorageStatus = saved.ok ? "ok" : saved.reason;
    return { draft, storage, changedElsewhere: latest.changedElsewhere };
  }

  /**
   * "Delete my answers": every key this site set, in every store, not only the one this tab uses
   * (the answer to "own device?" may have changed). The draft is then empty.
   */
  deleteAll(): DeleteOutcome {
    const outcome = deleteFromDevice([this.stores.raw("local"), this.stores.raw("session"), this.stores.raw("memory")]);
    this.draft = emptyDraft();
    this.lastSeen = storedText(this.store);
    return outcome;
  }

  /**
   * Records the user's answer to "Is this your own device?" and keeps the draft where it calls
   * for. A change of answer moves the draft and its copies, and clears the store it leaves
   * (`outcome`: what clearing it found; null when nothing had to move). The first answer has
   * nothing to move: nothing of ours is stored yet, or it would have said "own".
   */
  setDevice(chosen: Device): { storage: StorageStatus; outcome: DeleteOutcome | null } {
    const was = this.device;
    const to = this.stores.usable(storageKindFor(chosen));
    const typing = this.typingStoreFor(chosen);
    let outcome: DeleteOutcome | null = null;
    if (was !== null && was !== chosen) {
      // A shared device's answer to the question is in the tab's session storage (where the user's
      // own device keeps this tab's typing): it goes first, so only the typing moved there stays.
      const cleared: DeleteOutcome = was === "shared" ? deleteFromDevice([this.stores.raw("session")]) : "deleted";
      moveTyping(this.typing, typing);
      outcome = worse(moveOurKeys(this.stores.raw(storageKindFor(was)), to), cleared);
    }
    rememberDevice(chosen, this.stores.usable(deviceKindFor(chosen)));
    this.device = chosen;
    this.store = to;
    this.typing = typing;
    // The draft itself is saved again from memory: it may not have fitted where it moved.
    const saved = hasAnswers(this.draft) ? saveDraft(to, this.draft) : null;
    this.lastSeen = storedText(to);
    return { storage: saved === null || saved.ok ? storageStatus(to) : saved.reason, outcome };
  }

  /**
   * A storage event: another tab changed or deleted the answers this tab holds. The draft this
   * tab now holds (theirs, or empty), or null when the event is not about them, says nothing new,
   * or cannot be read (the next save sets an unreadable value aside).
   */
  heard(event: StorageChange, letterIds: readonly string[]): Draft | null {
    if (event.key !== DRAFT_KEY && event.key !== null) return null;
    // Only the store this tab keeps its draft in (a shared device's is this tab's own).
    if (!this.store || event.storageArea !== this.store) return null;
    const text = event.key === null ? null : event.newValue;
    if (text === this.lastSeen) return null;
    const read = text === null ? ({ ok: true, draft: emptyDraft() } as const) : readDraftText(text, letterIds);
    if (!read.ok) return null;
    // The answers were deleted: what this tab had typed goes with them.
    if (text === null) moveTyping(this.typing, null);
    this.lastSeen = text;
    this.draft = read.draft;
    return read.draft;
  }

  /** After the page comes back from the back-forward cache (it heard no storage events while away): the stored draft, when another tab changed it. */
  missed(letterIds: readonly string[]): Draft | null {
    const latest = latestDraft(this.store, this.draft, this.lastSeen, letterIds);
    if (!latest.changedElsewhere) return null;
    this.lastSeen = latest.text;
    this.draft = latest.draft;
    return latest.draft;
  }
}

/** Of two deletions' outcomes, the one that says less was deleted. */
function worse(a: DeleteOutcome, b: DeleteOutcome): DeleteOutcome {
  return a === "left" || b === "left" ? "left" : a === "unchecked" || b === "unchecked" ? "unchecked" : "deleted";
}
