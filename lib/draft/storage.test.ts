import { LETTER_IDS } from "@/templates";
import { describe, expect, it } from "vitest";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, emptyDraft } from "./format";
import { MemoryStorage } from "./memory-storage";
import { asideCopies, deleteEverything, loadDraft, saveDraft } from "./storage";

const NOW = new Date("2026-11-25T09:30:00Z");

function draftWithName(name: string) {
  const draft = emptyDraft(NOW);
  draft.answers.patient = { fullName: name };
  return draft;
}

describe("drafts in storage", () => {
  it("finds nothing on a first visit", () => {
    expect(loadDraft(new MemoryStorage(), LETTER_IDS)).toEqual({ kind: "empty" });
  });

  it("saves and loads a draft", () => {
    const storage = new MemoryStorage();
    const draft = draftWithName("Zoë Ångström");
    expect(saveDraft(storage, draft)).toEqual({ ok: true });
    expect(loadDraft(storage, LETTER_IDS)).toEqual({ kind: "loaded", draft, migratedFrom: 1 });
  });

  it.each([
    ["not JSON", "{{{", "not-json"],
    ["someone else's value", JSON.stringify({ theme: "dark" }), "foreign"],
    ["a newer format", JSON.stringify({ format: "second-opinion-draft", version: 99 }), "newer"],
  ])("moves %s aside instead of crashing or overwriting it", (_, text, reason) => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, text);
    const result = loadDraft(storage, LETTER_IDS, NOW);
    expect(result).toEqual({ kind: "unreadable", reason, asideKey: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}` });
    expect(storage.getItem(DRAFT_KEY)).toBeNull();
    expect(asideCopies(storage)).toEqual([{ key: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}`, text }]);
  });

  it("leaves an unreadable draft where it is when there is no room to copy it", () => {
    const text = "x".repeat(50);
    const storage = new MemoryStorage({ quota: 120 });
    storage.setItem(DRAFT_KEY, text);
    const result = loadDraft(storage, LETTER_IDS, NOW);
    expect(result).toMatchObject({ kind: "unreadable", asideKey: null });
  });

  it("says when storage is full", () => {
    const storage = new MemoryStorage({ quota: 10 });
    expect(saveDraft(storage, draftWithName("Margaret Ellis"))).toEqual({ ok: false, reason: "full" });
  });

  it("says when storage is blocked or missing", () => {
    expect(saveDraft(new MemoryStorage({ broken: true }), draftWithName("A"))).toEqual({ ok: false, reason: "unavailable" });
    expect(saveDraft(null, draftWithName("A"))).toEqual({ ok: false, reason: "unavailable" });
    expect(loadDraft(new MemoryStorage({ broken: true }), LETTER_IDS)).toEqual({ kind: "empty" });
  });

  it("deletes every key it set and nothing else", () => {
    const storage = new MemoryStorage();
    saveDraft(storage, draftWithName("Margaret Ellis"));
    storage.setItem(`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "old");
    storage.setItem("another-site:thing", "keep me");
    expect(deleteEverything(storage)).toBe(true);
    expect(storage.keys()).toEqual(["another-site:thing"]);
  });

  it("treats deleting from missing storage as done", () => {
    expect(deleteEverything(null)).toBe(true);
  });
});
