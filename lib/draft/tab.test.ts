import { LETTER_IDS } from "@/templates";
import { describe, expect, it } from "vitest";
import { DEVICE_KEY } from "./device";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, type Draft, emptyDraft, REPLACED_KEY_PREFIX } from "./format";
import { MemoryStorage } from "./memory-storage";
import { OLD_DRAFT_KEPT_KEY } from "./old-draft";
import { draftText, saveDraft, type StorageKind, type StorageLike } from "./storage";
import { adopt, changeDevice, deleteDraft, heardChange, type Held, missedChange, nothingHeld, openDraft, saveChange, type Stores, tidy } from "./tab";

const NOW = new Date("2026-11-25T09:30:00Z");

/** A browser's two stores, in memory; `usable` as browserStorage gives them (none for a store that takes nothing). */
function browser(local: StorageLike | null = new MemoryStorage(), session: StorageLike | null = new MemoryStorage()) {
  const raw = (kind: StorageKind) => (kind === "local" ? local : session);
  const stores: Stores = { raw, usable: raw };
  return { local: local as MemoryStorage, session: session as MemoryStorage, stores };
}

function named(name: string, savedAt = NOW): Draft {
  const draft = emptyDraft(savedAt);
  draft.answers.patient = { fullName: name };
  return draft;
}

const withName = (name: string) => (d: Draft) => ({ ...d, answers: { ...d.answers, patient: { fullName: name } } });

/** This tab, opened on a device already answered "own". */
function openOwn(local = new MemoryStorage()) {
  const b = browser(local);
  local.setItem(DEVICE_KEY, "own");
  const opened = openDraft(nothingHeld(), LETTER_IDS, b.stores, NOW);
  return { ...b, opened, held: opened.held };
}

describe("opening the draft", () => {
  it("reads nothing until the user has said whose device this is", () => {
    const { stores } = browser();
    const opened = openDraft(nothingHeld(), LETTER_IDS, stores, NOW);
    expect(opened).toMatchObject({ device: null, draft: null, status: "ok", unreadable: null, old: false });
    expect(opened.held.store).toBeNull();
  });

  it("reads the draft from the store the device calls for, and remembers the text it read", () => {
    const { local, session, stores } = browser();
    saveDraft(local, named("Ada"));
    session.setItem(DEVICE_KEY, "shared");
    saveDraft(session, named("Bea"));
    const opened = openDraft(nothingHeld(), LETTER_IDS, stores, NOW);
    expect(opened.device).toBe("shared");
    expect(opened.held.store).toBe(session);
    expect(opened.draft?.answers.patient?.fullName).toBe("Bea");
    expect(opened.held.draft).toBe(opened.draft);
    expect(opened.held.lastSeen).toBe(session.getItem(DRAFT_KEY));
  });

  it("sets a draft it cannot read aside, and says so", () => {
    const { local, stores } = browser();
    local.setItem(DRAFT_KEY, "{not json");
    const opened = openDraft(nothingHeld(), LETTER_IDS, stores, NOW);
    expect(opened.device).toBe("own");
    expect(opened.draft).toBeNull();
    expect(opened.unreadable).toEqual({ reason: "not-json", asideKey: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}` });
    expect(local.getItem(DRAFT_KEY)).toBeNull();
    expect(opened.held.lastSeen).toBeNull();
  });

  it("says the store is unavailable when the device's store cannot be used", () => {
    const session = new MemoryStorage();
    session.setItem(DEVICE_KEY, "shared");
    const raw = (kind: StorageKind) => (kind === "local" ? new MemoryStorage() : session);
    const opened = openDraft(nothingHeld(), LETTER_IDS, { raw, usable: () => null }, NOW);
    expect(opened).toMatchObject({ device: "shared", status: "unavailable", draft: null });
  });

  it("offers an old draft on the user's own device for deletion, unless it was kept this visit", () => {
    const { local, session, stores } = browser();
    saveDraft(local, named("Ada", new Date("2026-10-01T09:00:00Z")));
    expect(openDraft(nothingHeld(), LETTER_IDS, stores, NOW).old).toBe(true);
    session.setItem(OLD_DRAFT_KEPT_KEY, "1");
    expect(openDraft(nothingHeld(), LETTER_IDS, stores, NOW).old).toBe(false);
  });

  it("never offers a shared device's draft for deletion as old (it goes with the tab)", () => {
    const { session, stores } = browser();
    session.setItem(DEVICE_KEY, "shared");
    saveDraft(session, named("Ada", new Date("2026-10-01T09:00:00Z")));
    expect(openDraft(nothingHeld(), LETTER_IDS, stores, NOW).old).toBe(false);
  });
});

describe("saving a change", () => {
  it("saves the changed draft at once, tidied and dated", () => {
    const { local, held } = openOwn();
    const saved = saveChange(held, (d) => ({ ...d, answers: { ...d.answers, patient: { fullName: "Ada", email: "  " } } }), LETTER_IDS, NOW);
    expect(saved.status).toBe("ok");
    expect(saved.changedElsewhere).toBe(false);
    expect(saved.held.draft.answers.patient).toEqual({ fullName: "Ada" });
    expect(saved.held.draft.savedAt).toBe(NOW.toISOString());
    expect(local.getItem(DRAFT_KEY)).toBe(draftText(saved.held.draft));
    expect(saved.held.lastSeen).toBe(local.getItem(DRAFT_KEY));
  });

  it("makes the change to another tab's newer draft, and says the answers changed elsewhere", () => {
    const { local, held } = openOwn();
    const first = saveChange(held, withName("Ada"), LETTER_IDS, NOW).held;
    // Another tab saves; this one never heard.
    saveDraft(local, { ...named("Bea"), letter: { templateId: LETTER_IDS[0], edits: {} } });
    const saved = saveChange(first, (d) => ({ ...d, answers: { ...d.answers, nation: "wales" } }), LETTER_IDS, NOW);
    expect(saved.changedElsewhere).toBe(true);
    expect(saved.held.draft.answers).toMatchObject({ nation: "wales", patient: { fullName: "Bea" } });
    expect(saved.held.draft.letter.templateId).toBe(LETTER_IDS[0]);
  });

  it("keeps a deletion made in another tab deleted", () => {
    const { local, held } = openOwn();
    const first = saveChange(held, withName("Ada"), LETTER_IDS, NOW).held;
    local.removeItem(DRAFT_KEY);
    const saved = saveChange(first, (d) => ({ ...d, answers: { ...d.answers, nation: "wales" } }), LETTER_IDS, NOW);
    expect(saved.changedElsewhere).toBe(true);
    expect(saved.held.draft.answers.patient).toBeUndefined();
  });

  it("says why when the store will not take it, and holds the draft in memory", () => {
    const local = new MemoryStorage({ quota: 200 });
    const { held } = openOwn(local);
    const saved = saveChange(held, withName("A".repeat(300)), LETTER_IDS, NOW);
    expect(saved.status).toBe("full");
    expect(saved.held.draft.answers.patient?.fullName).toHaveLength(300);
    expect(saved.held.lastSeen).toBe(held.lastSeen);
    expect(saveChange({ ...held, store: null }, withName("Ada"), LETTER_IDS, NOW).status).toBe("unavailable");
  });

  it("lets kept parts go once they are answered again", () => {
    const draft: Draft = { ...emptyDraft(NOW), kept: [{ path: "answers.patient.fullName", value: 42 }] };
    expect(tidy(withName("Ada")(draft)).kept).toBeUndefined();
    expect(tidy(draft).kept).toEqual(draft.kept);
  });
});

describe("deleting the answers", () => {
  it("deletes ours from every store, and holds an empty draft", () => {
    const { local, session, stores, held } = openOwn();
    const saved = saveChange(held, withName("Ada"), LETTER_IDS, NOW).held;
    session.setItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{}");
    local.setItem("another-site", "keep");
    const deleted = deleteDraft(saved, stores);
    expect(deleted.outcome).toBe("deleted");
    expect([...local.keys(), ...session.keys()]).toEqual(["another-site"]);
    expect(deleted.held.draft.answers).toEqual({ schemaVersion: 1 });
    expect(deleted.held.lastSeen).toBeNull();
    expect(deleted.held.store).toBe(local);
  });

  it("says what it could not check", () => {
    const { stores } = browser(new MemoryStorage(), null);
    expect(deleteDraft(nothingHeld(), stores).outcome).toBe("unchecked");
  });
});

describe("changing the answer to 'Is this your own device?'", () => {
  it("records the first answer where it belongs, and moves nothing", () => {
    const { local, session, stores } = browser();
    const changed = changeDevice(nothingHeld(), null, "shared", stores);
    expect(changed).toMatchObject({ outcome: null, status: "ok" });
    expect(changed.held.store).toBe(session);
    expect(session.getItem(DEVICE_KEY)).toBe("shared");
    expect(local.keys()).toEqual([]);
  });

  it("moves the draft and its copies to the other store, and clears the one it leaves", () => {
    const { local, session, stores, held } = openOwn();
    const saved = saveChange(held, withName("Ada"), LETTER_IDS, NOW).held;
    local.setItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{}");
    const changed = changeDevice(saved, "own", "shared", stores);
    expect(changed.outcome).toBe("deleted");
    expect(local.keys()).toEqual([]);
    expect(session.getItem(DRAFT_KEY)).toBe(draftText(saved.draft));
    expect(session.getItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`)).toBe("{}");
    expect(session.getItem(DEVICE_KEY)).toBe("shared");
    expect(changed.held).toEqual({ store: session, draft: saved.draft, lastSeen: session.getItem(DRAFT_KEY) });
  });

  it("saves the draft from memory when its stored copy could not move, and says when that fails", () => {
    const { stores, held } = openOwn();
    const saved = saveChange(held, withName("Ada"), LETTER_IDS, NOW).held;
    const full = new MemoryStorage({ quota: 60 });
    const changed = changeDevice(saved, "own", "shared", { raw: stores.raw, usable: (kind) => (kind === "session" ? full : stores.raw(kind)) });
    expect(changed.status).toBe("full");
    expect(changed.held.draft).toBe(saved.draft);
  });
});

describe("hearing another tab", () => {
  const heldIn = (store: StorageLike): Held => ({ store, draft: named("Ada"), lastSeen: draftText(named("Ada")) });

  it("takes another tab's draft, from the store this tab keeps its draft in", () => {
    const local = new MemoryStorage();
    const held = heldIn(local);
    const text = draftText(named("Bea"));
    const heard = heardChange(held, { key: DRAFT_KEY, newValue: text, storageArea: local }, LETTER_IDS);
    expect(heard?.draft.answers.patient?.fullName).toBe("Bea");
    expect(heard?.text).toBe(text);
    expect(adopt(held, heard!)).toEqual({ store: local, draft: heard!.draft, lastSeen: text });
  });

  it("follows a deletion, of the draft or of the whole store", () => {
    const local = new MemoryStorage();
    for (const key of [DRAFT_KEY, null]) {
      const heard = heardChange(heldIn(local), { key, newValue: null, storageArea: local }, LETTER_IDS);
      expect(heard?.text).toBeNull();
      expect(heard?.draft.answers).toEqual({ schemaVersion: 1 });
    }
  });

  it("ignores other keys, other stores, its own save, and what it cannot read", () => {
    const local = new MemoryStorage();
    const held = heldIn(local);
    const text = draftText(named("Bea"));
    expect(heardChange(held, { key: DEVICE_KEY, newValue: "own", storageArea: local }, LETTER_IDS)).toBeNull();
    expect(heardChange(held, { key: DRAFT_KEY, newValue: text, storageArea: new MemoryStorage() }, LETTER_IDS)).toBeNull();
    expect(heardChange({ ...held, store: null }, { key: DRAFT_KEY, newValue: text, storageArea: null }, LETTER_IDS)).toBeNull();
    expect(heardChange(held, { key: DRAFT_KEY, newValue: held.lastSeen, storageArea: local }, LETTER_IDS)).toBeNull();
    expect(heardChange(held, { key: DRAFT_KEY, newValue: "{broken", storageArea: local }, LETTER_IDS)).toBeNull();
  });

  it("finds a change missed while the page was in the back-forward cache", () => {
    const local = new MemoryStorage();
    const held = heldIn(local);
    local.setItem(DRAFT_KEY, held.lastSeen!);
    expect(missedChange(held, LETTER_IDS)).toBeNull();
    saveDraft(local, named("Bea"));
    expect(missedChange(held, LETTER_IDS)?.draft.answers.patient?.fullName).toBe("Bea");
  });
});
