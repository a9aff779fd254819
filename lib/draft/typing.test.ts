import { describe, expect, it } from "vitest";
import { MemoryStorage } from "./memory-storage";
import { forgetTyping, keepTyping, TYPING_KEY_PREFIX, withTyping } from "./typing";

const page = "patient-details";
const started = { fullName: "", dateOfBirth: { day: "", month: "", year: "" }, consent: false, stage: null, reasons: [] as string[] };

describe("typing kept until a page is submitted", () => {
  it("gives back what was typed, over the page's own values", () => {
    const store = new MemoryStorage();
    const typed = { ...started, fullName: "Gwen Pritchard", dateOfBirth: { day: "3", month: "", year: "" }, stage: "during" };
    keepTyping(store, page, typed, started);
    expect(store.getItem(`${TYPING_KEY_PREFIX}${page}`)).not.toBeNull();
    expect(withTyping(store, page, started)).toEqual(typed);
  });

  it("keeps nothing when the page is as it started, and forgets it on submit", () => {
    const store = new MemoryStorage();
    keepTyping(store, page, started, started);
    expect(store.length).toBe(0);
    keepTyping(store, page, { ...started, fullName: "G" }, started);
    forgetTyping(store, page);
    expect(store.length).toBe(0);
  });

  it("takes only the page's own fields, each only as the kind of value it holds", () => {
    const store = new MemoryStorage();
    store.setItem(
      `${TYPING_KEY_PREFIX}${page}`,
      JSON.stringify({ fullName: 7, consent: "yes", dateOfBirth: { day: 1 }, reasons: ["a", 2], stage: "during", extra: "x" }),
    );
    expect(withTyping(store, page, started)).toEqual({ ...started, stage: "during" });
    store.setItem(`${TYPING_KEY_PREFIX}${page}`, "{not json");
    expect(withTyping(store, page, started)).toEqual(started);
    expect(withTyping(null, page, started)).toEqual(started);
  });
});
