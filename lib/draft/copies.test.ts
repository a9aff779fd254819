import { describe, expect, it } from "vitest";
import { copiesOnDevice, keepReplaced, removeCopy } from "./copies";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, emptyDraft, REPLACED_KEY_PREFIX } from "./format";
import { MemoryStorage } from "./memory-storage";
import { draftText } from "./storage";

const NOW = new Date("2026-11-25T09:30:00Z");

describe("copies kept on the device", () => {
  it("lists the replaced draft, then those that could not be read, each newest first, with the time in its key", () => {
    const store = new MemoryStorage();
    store.setItem(`${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`, "{old");
    store.setItem(`${ASIDE_KEY_PREFIX}2026-02-01T00:00:00.000Z`, "{newer");
    store.setItem(`${REPLACED_KEY_PREFIX}2026-03-01T00:00:00.000Z`, "{}");
    store.setItem(DRAFT_KEY, "{}");
    store.setItem("another-site:unreadable-draft:x", "{}");
    expect(copiesOnDevice(store)).toEqual([
      { key: `${REPLACED_KEY_PREFIX}2026-03-01T00:00:00.000Z`, text: "{}", kind: "replaced", at: new Date("2026-03-01T00:00:00.000Z") },
      { key: `${ASIDE_KEY_PREFIX}2026-02-01T00:00:00.000Z`, text: "{newer", kind: "unreadable", at: new Date("2026-02-01T00:00:00.000Z") },
      { key: `${ASIDE_KEY_PREFIX}2026-01-01T00:00:00.000Z`, text: "{old", kind: "unreadable", at: new Date("2026-01-01T00:00:00.000Z") },
    ]);
  });

  it("lists none without a store, or from one the browser blocks", () => {
    expect(copiesOnDevice(null)).toEqual([]);
    expect(copiesOnDevice(new MemoryStorage({ broken: true }))).toEqual([]);
  });

  it("keeps a copy it cannot date, with an invalid date", () => {
    const store = new MemoryStorage();
    store.setItem(`${ASIDE_KEY_PREFIX}yesterday`, "{");
    expect(Number.isNaN(copiesOnDevice(store)[0]!.at.getTime())).toBe(true);
  });

  it("keeps one replaced draft: the latest", () => {
    const store = new MemoryStorage();
    const first = emptyDraft(NOW);
    first.answers.nation = "wales";
    expect(keepReplaced(store, first, new Date("2026-11-24T00:00:00Z"))).toBe(`${REPLACED_KEY_PREFIX}2026-11-24T00:00:00.000Z`);
    const second = emptyDraft(NOW);
    second.answers.nation = "scotland";
    const key = keepReplaced(store, second, NOW);
    expect(key).toBe(`${REPLACED_KEY_PREFIX}${NOW.toISOString()}`);
    expect(store.keys()).toEqual([key]);
    expect(store.getItem(key!)).toBe(draftText(second));
  });

  it("keeps no copy where there is no room, and says so", () => {
    expect(keepReplaced(new MemoryStorage({ quota: 20 }), emptyDraft(NOW), NOW)).toBeNull();
    expect(keepReplaced(new MemoryStorage({ broken: true }), emptyDraft(NOW), NOW)).toBeNull();
  });

  it("lets a copy go, and says when it could not", () => {
    const store = new MemoryStorage();
    store.setItem(`${REPLACED_KEY_PREFIX}x`, "{}");
    expect(removeCopy(store, `${REPLACED_KEY_PREFIX}x`)).toBe(true);
    expect(store.keys()).toEqual([]);
    expect(removeCopy(null, `${REPLACED_KEY_PREFIX}x`)).toBe(false);
    expect(removeCopy(new MemoryStorage({ broken: true }), `${REPLACED_KEY_PREFIX}x`)).toBe(false);
  });
});
