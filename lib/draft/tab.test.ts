import { LETTER_IDS } from "@/templates";
import { describe, expect, it } from "vitest";
import { DEVICE_KEY } from "./device";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, type Draft, emptyDraft, REPLACED_KEY_PREFIX } from "./format";
import { MemoryStorage } from "./memory-storage";
import { OLD_DRAFT_KEPT_KEY } from "./old-draft";
import { draftText, saveDraft, type StorageKind, type StorageLike } from "./storage";
import { DraftTab, type Stores, tidy } from "./tab";
import { TYPING_KEY_PREFIX } from "./typing";

const NOW = new Date("2026-11-25T09:30:00Z");

/** A browser's two stores and the page's memory, in memory; `usable` gives them as they are unless told otherwise. */
function browser(local: StorageLike | null = new MemoryStorage(), session: StorageLike | null = new MemoryStorage(), usable?: Stores["usable"]) {
  const memory = new MemoryStorage();
  const raw = (kind: StorageKind) => (kind === "local" ? local : kind === "session" ? session : memory);
  return { local: local as MemoryStorage, session: session as MemoryStorage, memory, tab: new DraftTab({ raw, usable: usable ?? raw }) };
}

function named(name: string, savedAt = NOW): Draft {
  const draft = emptyDraft(savedAt);
  draft.answers.patient = { fullName: name };
  return draft;
}

const withName = (name: string) => (d: Draft) => ({ ...d, answers: { ...d.answers, patient: { fullName: name } } });
const inWales = (d: Draft): Draft => ({ ...d, answers: { ...d.answers, nation: "wales" } });

/** This tab, opened on a device already answered "own". */
function openOwn(local = new MemoryStorage()) {
  local.setItem(DEVICE_KEY, "own");
  const b = browser(local);
  b.tab.open(LETTER_IDS, NOW);
  return b;
}

/** A shared device's tab whose draft ("Bea") is in the page's memory. */
function openOwnThenShared() {
  const b = browser();
  b.session.setItem(DEVICE_KEY, "shared");
  b.tab.open(LETTER_IDS, NOW);
  b.tab.save(withName("Bea"), LETTER_IDS, NOW);
  return b;
}

describe("opening the draft", () => {
  it("reads nothing until the user has said whose device this is", () => {
    const { tab } = browser();
    expect(tab.open(LETTER_IDS, NOW)).toEqual({ device: null, storage: "ok", draft: null, unreadable: null, old: false });
    expect(tab.store).toBeNull();
    expect(tab.draft.savedAt).toBe(new Date(0).toISOString());
  });

  it("reads the draft from the store the device calls for, and remembers the text it read", () => {
    const { local, memory, tab } = openOwnThenShared();
    saveDraft(local, named("Ada"));
    const opened = tab.open(LETTER_IDS, NOW);
    expect(opened.device).toBe("shared");
    expect(opened.draft?.answers.patient?.fullName).toBe("Bea");
    expect(tab).toMatchObject({ store: memory, device: "shared", draft: opened.draft, lastSeen: memory.getItem(DRAFT_KEY) });
  });

  it("moves a shared device's draft, copies and typing out of session storage into the page's memory, keeping only the answer there", () => {
    const { session, memory, tab } = browser();
    session.setItem(DEVICE_KEY, "shared");
    saveDraft(session, named("Bea"));
    session.setItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{}");
    session.setItem(`${TYPING_KEY_PREFIX}patient-details`, '{"fields":{}}');
    const text = session.getItem(DRAFT_KEY);
    expect(tab.open(LETTER_IDS, NOW).draft?.answers.patient?.fullName).toBe("Bea");
    expect(session.keys()).toEqual([DEVICE_KEY]);
    expect(memory.getItem(DRAFT_KEY)).toBe(text);
    expect(memory.getItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`)).toBe("{}");
    expect(memory.getItem(`${TYPING_KEY_PREFIX}patient-details`)).toBe('{"fields":{}}');
    expect(tab.typing).toBe(memory);
  });

  it("sets a draft it cannot read aside, and says so", () => {
    const { local, tab } = browser();
    local.setItem(DRAFT_KEY, "{not json");
    const opened = tab.open(LETTER_IDS, NOW);
    expect(opened).toMatchObject({ device: "own", draft: null, unreadable: { reason: "not-json", asideKey: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}` } });
    expect(local.getItem(DRAFT_KEY)).toBeNull();
    expect(tab.lastSeen).toBeNull();
  });

  it("says the store is unavailable when the device's store cannot be used", () => {
    const session = new MemoryStorage();
    session.setItem(DEVICE_KEY, "shared");
    const { tab } = browser(new MemoryStorage(), session, () => null);
    expect(tab.open(LETTER_IDS, NOW)).toMatchObject({ device: "shared", storage: "unavailable", draft: null });
  });

  it("offers an old draft on the user's own device for deletion, unless it was kept this visit", () => {
    const { local, session, tab } = browser();
    saveDraft(local, named("Ada", new Date("2026-10-01T09:00:00Z")));
    expect(tab.open(LETTER_IDS, NOW).old).toBe(true);
    session.setItem(OLD_DRAFT_KEPT_KEY, "1");
    expect(tab.open(LETTER_IDS, NOW).old).toBe(false);
  });

  it("never offers a shared device's draft for deletion as old (it goes with the tab)", () => {
    const { session, memory, tab } = browser();
    session.setItem(DEVICE_KEY, "shared");
    saveDraft(memory, named("Ada", new Date("2026-10-01T09:00:00Z")));
    const opened = tab.open(LETTER_IDS, NOW);
    expect(opened.draft?.answers.patient?.fullName).toBe("Ada");
    expect(opened.old).toBe(false);
  });

  it("keeps typing in the tab's own session storage on the user's own device, and forgets typing every tab once shared in localStorage", () => {
    const local = new MemoryStorage();
    local.setItem(`${TYPING_KEY_PREFIX}patient-details`, '{"fullName":"Ada"}');
    const { session, tab } = openOwn(local);
    expect(tab.typing).toBe(session);
    expect(local.keys()).toEqual([DEVICE_KEY]);
  });
});

describe("saving a change", () => {
  it("saves the changed draft at once, tidied and dated", () => {
    const { local, tab } = openOwn();
    const saved = tab.save((d) => ({ ...d, answers: { ...d.answers, patient: { fullName: "Ada", email: "  " } } }), LETTER_IDS, NOW);
    expect(saved).toMatchObject({ storage: "ok", changedElsewhere: false });
    expect(saved.draft.answers.patient).toEqual({ fullName: "Ada" });
    expect(saved.draft.savedAt).toBe(NOW.toISOString());
    expect(tab.draft).toBe(saved.draft);
    expect(local.getItem(DRAFT_KEY)).toBe(draftText(saved.draft));
    expect(tab.lastSeen).toBe(local.getItem(DRAFT_KEY));
  });

  it("makes the change to another tab's newer draft, and says the answers changed elsewhere", () => {
    const { local, tab } = openOwn();
    tab.save(withName("Ada"), LETTER_IDS, NOW);
    // Another tab saves; this one never heard.
    saveDraft(local, { ...named("Bea"), letter: { templateId: LETTER_IDS[0], edits: {} } });
    const saved = tab.save(inWales, LETTER_IDS, NOW);
    expect(saved.changedElsewhere).toBe(true);
    expect(saved.draft.answers).toMatchObject({ nation: "wales", patient: { fullName: "Bea" } });
    expect(saved.draft.letter.templateId).toBe(LETTER_IDS[0]);
  });

  it("keeps a deletion made in another tab deleted", () => {
    const { local, tab } = openOwn();
    tab.save(withName("Ada"), LETTER_IDS, NOW);
    local.removeItem(DRAFT_KEY);
    const saved = tab.save(inWales, LETTER_IDS, NOW);
    expect(saved.changedElsewhere).toBe(true);
    expect(saved.draft.answers.patient).toBeUndefined();
  });

  it("says why when the store will not take it, and holds the draft in memory", () => {
    const { tab } = openOwn(new MemoryStorage({ quota: 200 }));
    const saved = tab.save(withName("A".repeat(300)), LETTER_IDS, NOW);
    expect(saved.storage).toBe("full");
    expect(tab.draft.answers.patient?.fullName).toHaveLength(300);
    expect(tab.lastSeen).toBeNull();
    tab.store = null;
    expect(tab.save(withName("Ada"), LETTER_IDS, NOW).storage).toBe("unavailable");
  });

  it("lets kept parts go once they are answered again", () => {
    const draft: Draft = { ...emptyDraft(NOW), kept: [{ path: "answers.patient.fullName", value: 42 }] };
    expect(tidy(withName("Ada")(draft)).kept).toBeUndefined();
    expect(tidy(draft).kept).toEqual(draft.kept);
  });
});

describe("deleting the answers", () => {
  it("deletes ours from every store, and holds an empty draft", () => {
    const { local, session, tab } = openOwn();
    tab.save(withName("Ada"), LETTER_IDS, NOW);
    session.setItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{}");
    local.setItem("another-site", "keep");
    expect(tab.deleteAll()).toBe("deleted");
    expect([...local.keys(), ...session.keys()]).toEqual(["another-site"]);
    expect(tab.draft.answers).toEqual({ schemaVersion: 1 });
    expect(tab.lastSeen).toBeNull();
    expect(tab.store).toBe(local);
  });

  it("says what it could not check", () => {
    expect(browser(new MemoryStorage(), null).tab.deleteAll()).toBe("unchecked");
  });
});

describe("changing the answer to 'Is this your own device?'", () => {
  it("records the first answer where it belongs, and moves nothing", () => {
    const { local, session, memory, tab } = browser();
    tab.open(LETTER_IDS, NOW);
    expect(tab.setDevice("shared")).toEqual({ storage: "ok", outcome: null });
    expect(tab).toMatchObject({ store: memory, typing: memory, device: "shared" });
    expect(session.getItem(DEVICE_KEY)).toBe("shared");
    expect(local.keys()).toEqual([]);
  });

  it("moves the draft, its copies and the tab's typing into the page's memory, and clears the stores it leaves", () => {
    const { local, session, memory, tab } = openOwn();
    const { draft } = tab.save(withName("Ada"), LETTER_IDS, NOW);
    local.setItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{}");
    session.setItem(`${TYPING_KEY_PREFIX}contact`, '{"fields":{}}');
    expect(tab.setDevice("shared")).toEqual({ storage: "ok", outcome: "deleted" });
    expect(local.keys()).toEqual([]);
    expect(session.keys()).toEqual([DEVICE_KEY]);
    expect(session.getItem(DEVICE_KEY)).toBe("shared");
    expect(memory.getItem(DRAFT_KEY)).toBe(draftText(draft));
    expect(memory.getItem(`${REPLACED_KEY_PREFIX}2026-01-01T00:00:00.000Z`)).toBe("{}");
    expect(memory.getItem(`${TYPING_KEY_PREFIX}contact`)).toBe('{"fields":{}}');
    expect(tab).toMatchObject({ store: memory, typing: memory, device: "shared", draft, lastSeen: memory.getItem(DRAFT_KEY) });
  });

  it("moves a shared device's draft from memory to localStorage, and leaves no answer 'shared' behind", () => {
    const { local, session, memory, tab } = openOwnThenShared();
    memory.setItem(`${TYPING_KEY_PREFIX}contact`, '{"fields":{}}');
    expect(tab.setDevice("own")).toEqual({ storage: "ok", outcome: "deleted" });
    expect(memory.keys()).toEqual([]);
    expect(session.keys()).toEqual([`${TYPING_KEY_PREFIX}contact`]);
    expect(local.getItem(DEVICE_KEY)).toBe("own");
    expect(tab).toMatchObject({ store: local, typing: session, device: "own" });
    expect(tab.draft.answers.patient?.fullName).toBe("Bea");
  });

  it("saves the draft from memory when its stored copy could not move, and says when that fails", () => {
    const { local, tab } = openOwnThenShared();
    const full = new MemoryStorage({ quota: 60 });
    tab.stores.usable = (kind) => (kind === "local" ? full : kind === "session" ? new MemoryStorage() : local);
    const draft = tab.draft;
    expect(tab.setDevice("own").storage).toBe("full");
    expect(tab.draft).toBe(draft);
  });
});

describe("a shared device's warning before the tab closes", () => {
  it("warns while there are answers not saved to a file, or typing not sent on, and never on the user's own device", () => {
    const { tab, memory } = openOwnThenShared();
    expect(tab.unsaved()).toBe(true);
    tab.markSavedToFile();
    expect(tab.unsaved()).toBe(false);
    memory.setItem(`${TYPING_KEY_PREFIX}contact`, '{"fields":{}}');
    expect(tab.unsaved()).toBe(true);
    memory.removeItem(`${TYPING_KEY_PREFIX}contact`);
    tab.save(inWales, LETTER_IDS, new Date(NOW.getTime() + 1000));
    expect(tab.unsaved()).toBe(true);
    const own = openOwn();
    own.tab.save(withName("Ada"), LETTER_IDS, NOW);
    expect(own.tab.unsaved()).toBe(false);
  });
});

describe("hearing another tab", () => {
  function holding(store: StorageLike) {
    const { tab } = browser(store);
    tab.store = store;
    tab.draft = named("Ada");
    tab.lastSeen = draftText(tab.draft);
    return tab;
  }

  it("takes another tab's draft, from the store this tab keeps its draft in", () => {
    const local = new MemoryStorage();
    const tab = holding(local);
    const text = draftText(named("Bea"));
    const heard = tab.heard({ key: DRAFT_KEY, newValue: text, storageArea: local }, LETTER_IDS);
    expect(heard?.answers.patient?.fullName).toBe("Bea");
    expect(tab).toMatchObject({ draft: heard, lastSeen: text });
  });

  it("follows a deletion, of the draft or of the whole store, and forgets what it had typed", () => {
    const local = new MemoryStorage();
    for (const key of [DRAFT_KEY, null]) {
      const tab = holding(local);
      const typing = new MemoryStorage();
      typing.setItem(`${TYPING_KEY_PREFIX}contact`, '{"fields":{}}');
      tab.typing = typing;
      expect(tab.heard({ key, newValue: null, storageArea: local }, LETTER_IDS)?.answers).toEqual({ schemaVersion: 1 });
      expect(tab.lastSeen).toBeNull();
      expect(typing.keys()).toEqual([]);
    }
  });

  it("ignores other keys, other stores, its own save, and what it cannot read", () => {
    const local = new MemoryStorage();
    const tab = holding(local);
    const before = { ...tab };
    const text = draftText(named("Bea"));
    expect(tab.heard({ key: DEVICE_KEY, newValue: "own", storageArea: local }, LETTER_IDS)).toBeNull();
    expect(tab.heard({ key: DRAFT_KEY, newValue: text, storageArea: new MemoryStorage() }, LETTER_IDS)).toBeNull();
    expect(tab.heard({ key: DRAFT_KEY, newValue: tab.lastSeen, storageArea: local }, LETTER_IDS)).toBeNull();
    expect(tab.heard({ key: DRAFT_KEY, newValue: "{broken", storageArea: local }, LETTER_IDS)).toBeNull();
    expect(tab).toMatchObject({ draft: before.draft, lastSeen: before.lastSeen });
    tab.store = null;
    expect(tab.heard({ key: DRAFT_KEY, newValue: text, storageArea: null }, LETTER_IDS)).toBeNull();
  });

  it("finds a change missed while the page was in the back-forward cache", () => {
    const local = new MemoryStorage();
    const tab = holding(local);
    local.setItem(DRAFT_KEY, tab.lastSeen!);
    expect(tab.missed(LETTER_IDS)).toBeNull();
    saveDraft(local, named("Bea"));
    expect(tab.missed(LETTER_IDS)?.answers.patient?.fullName).toBe("Bea");
    expect(tab.lastSeen).toBe(local.getItem(DRAFT_KEY));
  });
});
