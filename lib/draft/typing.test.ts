import { describe, expect, it } from "vitest";
import { MemoryStorage } from "./memory-storage";
import { forgetTyping, hasTyping, keepTyping, moveTyping, TYPING_KEY_PREFIX, withTyping } from "./typing";

const page = "patient-details";
const key = `${TYPING_KEY_PREFIX}${page}`;
const started = { fullName: "", dateOfBirth: { day: "", month: "", year: "" }, consent: false, stage: null, reasons: [] as string[] };

describe("typing kept until a page is submitted", () => {
  it("gives back what was typed, over the page's own values", () => {
    const store = new MemoryStorage();
    const typed = { ...started, fullName: "Gwen Pritchard", dateOfBirth: { day: "3", month: "", year: "" }, stage: "during" };
    keepTyping(store, page, typed, started);
    expect(store.getItem(key)).not.toBeNull();
    expect(withTyping(store, page, started)).toEqual({ shown: typed, behind: [] });
  });

  it("keeps only the fields changed, so answers saved since by another tab show in the rest", () => {
    const store = new MemoryStorage();
    keepTyping(store, page, { ...started, fullName: "Gwen Pritchard" }, started);
    expect(Object.keys(JSON.parse(store.getItem(key)!).fields)).toEqual(["fullName"]);
    // Another tab saved a date of birth and a stage on this page meanwhile.
    const saved = { ...started, dateOfBirth: { day: "3", month: "4", year: "1958" }, stage: "after" };
    expect(withTyping(store, page, saved)).toEqual({ shown: { ...saved, fullName: "Gwen Pritchard" }, behind: [] });
  });

  it("names a field another tab saved differently since this tab changed it, and shows this tab's", () => {
    const store = new MemoryStorage();
    keepTyping(store, page, { ...started, fullName: "Gwen Pritchard", stage: "during" }, started);
    const saved = { ...started, fullName: "Gwen Prichard", stage: "during" };
    expect(withTyping(store, page, saved)).toEqual({ shown: { ...saved, fullName: "Gwen Pritchard" }, behind: ["fullName"] });
  });

  it("keeps nothing when the page is as it started, and forgets it on submit", () => {
    const store = new MemoryStorage();
    keepTyping(store, page, started, started);
    expect(store.length).toBe(0);
    keepTyping(store, page, { ...started, fullName: "G" }, started);
    expect(hasTyping(store)).toBe(true);
    forgetTyping(store, page);
    expect(store.length).toBe(0);
    expect(hasTyping(store)).toBe(false);
  });

  it("takes only the page's own fields, each only as the kind of value it holds", () => {
    const store = new MemoryStorage();
    const change = (to: unknown) => ({ from: null, to });
    store.setItem(
      key,
      JSON.stringify({
        fields: {
          fullName: change(7),
          consent: change("yes"),
          dateOfBirth: change({ day: 1 }),
          reasons: change(["a", 2]),
          stage: change("during"),
          extra: change("x"),
        },
      }),
    );
    expect(withTyping(store, page, started).shown).toEqual({ ...started, stage: "during" });
    for (const text of ["{not json", '{"fullName":"Ada"}', "[]"]) {
      store.setItem(key, text);
      expect(withTyping(store, page, started)).toEqual({ shown: started, behind: [] });
    }
    expect(withTyping(null, page, started)).toEqual({ shown: started, behind: [] });
  });

  it("moves every page's typing to another store, or forgets it, and leaves other keys", () => {
    const from = new MemoryStorage();
    const to = new MemoryStorage();
    keepTyping(from, page, { ...started, fullName: "G" }, started);
    from.setItem("second-opinion:draft", "{}");
    const text = from.getItem(key);
    moveTyping(from, to);
    expect(from.keys()).toEqual(["second-opinion:draft"]);
    expect(to.getItem(key)).toBe(text);
    moveTyping(to, null);
    expect(to.length).toBe(0);
  });
});
