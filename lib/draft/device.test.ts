import { LETTER_IDS } from "@/templates";
import { afterEach, describe, expect, it, vi } from "vitest";
import { DEVICE_KEY, moveOurKeys, readDevice, rememberDevice } from "./device";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, emptyDraft } from "./format";
import { MemoryStorage } from "./memory-storage";
import { browserStorage, deleteFromDevice, draftText, loadDraft, saveDraft, storageStatus } from "./storage";

describe("is this your own device?", () => {
  it("is not known on a first visit", () => {
    expect(readDevice(new MemoryStorage(), new MemoryStorage())).toBeNull();
    expect(readDevice(null, null)).toBeNull();
  });

  it("is what the user said, read from where it was kept", () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    expect(rememberDevice("own", local)).toBe(true);
    expect(readDevice(local, session)).toBe("own");
    expect(rememberDevice("shared", session)).toBe(true);
    expect(readDevice(local, session)).toBe("shared");
    expect(rememberDevice("own", null)).toBe(false);
    expect(rememberDevice("own", new MemoryStorage({ quota: 0 }))).toBe(false);
  });

  it("is the user's own when a draft was kept in localStorage before the question was asked", () => {
    const local = new MemoryStorage();
    saveDraft(local, emptyDraft());
    expect(readDevice(local, null)).toBe("own");
    const aside = new MemoryStorage();
    aside.setItem(`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{");
    expect(readDevice(aside, null)).toBe("own");
  });

  it("moves the draft and its copies between stores, and leaves none of ours behind", () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    const draft = emptyDraft();
    draft.answers.nation = "wales";
    saveDraft(local, draft);
    local.setItem(`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{old");
    rememberDevice("own", local);
    local.setItem("another-site", "keep");
    expect(moveOurKeys(local, session)).toBe("deleted");
    expect(local.keys()).toEqual(["another-site"]);
    expect(session.getItem(DRAFT_KEY)).toBe(draftText(draft));
    expect(session.getItem(`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`)).toBe("{old");
    expect(session.getItem(DEVICE_KEY)).toBeNull();
  });

  it("says so when what it moved from would not let go", () => {
    const local = new MemoryStorage();
    saveDraft(local, emptyDraft());
    local.removeItem = () => undefined;
    expect(moveOurKeys(local, new MemoryStorage())).toBe("left");
  });
});

describe("storage that is full", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("still gives the draft already saved, and says it is full", () => {
    const storage = new MemoryStorage({ quota: 400 });
    const draft = emptyDraft();
    draft.answers.patient = { fullName: "Margaret Ellis" };
    saveDraft(storage, draft);
    storage.setItem("filler", "x".repeat(400 - storage.keys().reduce((n, k) => n + k.length + (storage.getItem(k) ?? "").length, 0) - 6));
    vi.stubGlobal("window", { localStorage: storage, sessionStorage: new MemoryStorage() });
    const given = browserStorage("local");
    expect(given).toBe(storage);
    expect(storageStatus(given)).toBe("full");
    expect(loadDraft(given!, LETTER_IDS)).toMatchObject({ kind: "loaded", draft: { answers: { patient: { fullName: "Margaret Ellis" } } } });
    // And delete works on it, and says what it found.
    expect(deleteFromDevice([given])).toBe("deleted");
    expect(storage.keys()).toEqual(["filler"]);
  });
});

describe("deleting, and telling the truth about it", () => {
  it("is done only when nothing of ours is left in any store", () => {
    const local = new MemoryStorage();
    const session = new MemoryStorage();
    saveDraft(local, emptyDraft());
    saveDraft(session, emptyDraft());
    expect(deleteFromDevice([local, session])).toBe("deleted");
    expect([...local.keys(), ...session.keys()]).toEqual([]);
  });

  it("says something is left when a key will not go", () => {
    const local = new MemoryStorage();
    saveDraft(local, emptyDraft());
    local.removeItem = () => undefined;
    expect(deleteFromDevice([local, new MemoryStorage()])).toBe("left");
  });

  it("cannot say when the browser will not let us look (a store it refuses)", () => {
    expect(deleteFromDevice([null, new MemoryStorage()])).toBe("unchecked");
    expect(deleteFromDevice([new MemoryStorage({ broken: true })])).toBe("unchecked");
  });
});
