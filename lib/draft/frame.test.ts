import { describe, expect, it } from "vitest";
import { NATIONS } from "@/lib/answers/vocabulary";
import { DEVICE_KEY } from "./device";
import { DRAFT_KEY, emptyDraft } from "./format";
import { factsCss, type FrameConfig, type FrameEnv, frame, frameConfig, frameScript, returnTo } from "./frame";
import { MemoryStorage } from "./memory-storage";
import { TYPING_KEY_PREFIX } from "./typing";

const CONFIG: FrameConfig = frameConfig({
  letters: ["gp-letter", "concern-letter"],
  nations: NATIONS,
  hrefs: {
    base: "",
    device: "/questions/device/",
    choose: "/questions/choose-letter/",
    questions: "/questions/",
    journey: ["/questions/", "/letter/", "/your-answers/"],
  },
});

/** A page of the site at `href`, with these stores; what the script did to it. */
function page(href: string, stores: { local?: MemoryStorage | null; session?: MemoryStorage | null } = {}, adopts = true, config: FrameConfig = CONFIG) {
  const url = new URL(href, "https://example.test");
  const seen = { replaced: null as string | null, attributes: {} as Record<string, string>, css: null as string | null };
  const env: FrameEnv = {
    local: stores.local === undefined ? new MemoryStorage() : stores.local,
    session: stores.session === undefined ? new MemoryStorage() : stores.session,
    location: {
      pathname: url.pathname,
      search: url.search,
      hash: url.hash,
      replace: (to) => {
        seen.replaced = to;
      },
    },
    root: { setAttribute: (name, value) => (seen.attributes[name] = value) },
    adopt: (css) => {
      seen.css = css;
      return adopts;
    },
  };
  return { env, seen, run: () => frame(env, config, returnTo, factsCss) };
}

function stored(answers: Record<string, unknown>, templateId?: string, answered: string[] = []): MemoryStorage {
  const local = new MemoryStorage();
  const draft = emptyDraft();
  local.setItem(DRAFT_KEY, JSON.stringify({ ...draft, answers: { ...draft.answers, ...answers }, letter: { templateId, edits: {} }, progress: { answered } }));
  return local;
}

describe("the device question comes first", () => {
  it("sends a first visit to a journey page to the device question, with the page it was going to", () => {
    const { seen, run } = page("/questions/reasons/?returnTo=check#x");
    expect(run()).toBeNull();
    expect(seen.replaced).toBe(`/questions/device/?to=${encodeURIComponent("/questions/reasons/?returnTo=check#x")}`);
  });

  it("asks nobody again who has answered (or keeps a draft here), and sends them on from the device question", () => {
    const own = new MemoryStorage();
    own.setItem(DEVICE_KEY, "own");
    expect(page("/questions/reasons/", { local: own }).run()).not.toBeNull();
    const shared = new MemoryStorage();
    shared.setItem(DEVICE_KEY, "shared");
    expect(page("/letter/", { session: shared }).run()).not.toBeNull();
    expect(page("/letter/", { local: stored({}) }).run()).not.toBeNull();
    const back = page(`/questions/device/?to=${encodeURIComponent("/questions/gp/#top")}`, { local: own });
    back.run();
    expect(back.seen.replaced).toBe("/questions/gp/#top");
    const plain = page("/questions/device/", { local: own });
    plain.run();
    expect(plain.seen.replaced).toBe("/questions/choose-letter/");
  });

  it("does the same under the Welsh pages' path, /cy/ (issue 24), keeping the person in Welsh", () => {
    const welsh: FrameConfig = { ...CONFIG, hrefs: { ...CONFIG.hrefs, base: "/cy" } };
    const first = page("/cy/questions/reasons/?returnTo=check", {}, true, welsh);
    expect(first.run()).toBeNull();
    expect(first.seen.replaced).toBe(`/cy/questions/device/?to=${encodeURIComponent("/questions/reasons/?returnTo=check")}`);
    const own = new MemoryStorage();
    own.setItem(DEVICE_KEY, "own");
    const back = page(`/cy/questions/device/?to=${encodeURIComponent("/letter/")}`, { local: own }, true, welsh);
    back.run();
    expect(back.seen.replaced).toBe("/cy/letter/");
    const drawn = page("/cy/questions/gp/", { local: stored({ nation: "wales" }, "gp-letter") }, true, welsh);
    expect(drawn.run()).toMatchObject({ letter: "gp-letter", nation: "wales" });
  });

  it("leaves the device question alone for someone not yet asked", () => {
    const { seen, run } = page("/questions/device/?to=%2Fletter%2F");
    run();
    expect(seen.replaced).toBeNull();
    expect(seen.css).toBeNull();
  });

  it("sends someone back only to the journey's own pages", () => {
    const args = [CONFIG.hrefs.journey, CONFIG.hrefs.device, CONFIG.hrefs.choose] as const;
    expect(returnTo("/letter/", ...args)).toBe("/letter/");
    expect(returnTo("/your-answers/#copies", ...args)).toBe("/your-answers/#copies");
    for (const bad of ["//evil.example/questions/", "https://evil.example/", "/\\evil.example", "/guide/", "/questions/device/?to=/letter/", "", null, 3])
      expect(returnTo(bad, ...args)).toBe("/questions/choose-letter/");
  });

  it("sends nobody anywhere when the stores cannot be read at all (the page asks, and keeps the answer for the visit)", () => {
    const { seen, run } = page("/questions/device/", { local: new MemoryStorage({ broken: true }), session: null });
    run();
    expect(seen.replaced).toBeNull();
  });
});

describe("the facts a page is drawn for", () => {
  it("reads the letter, the voice and the nation from the draft, and shows only what is drawn for them", () => {
    const { seen, run } = page("/questions/gp/", { local: stored({ writer: { role: "helper" }, nation: "wales" }, "gp-letter") });
    expect(run()).toEqual({ letter: "gp-letter", voice: "helper", nation: "wales" });
    expect(seen.css).toBe(factsCss({ letter: "gp-letter", voice: "helper", nation: "wales" }));
    expect(seen.attributes).toEqual({ "data-saved-draft": "" });
  });

  it("takes a letter, nation or writer it does not know as none", () => {
    expect(page("/letter/", { local: stored({ writer: { role: "boss" }, nation: "france" }, "no-such-letter") }).run()).toEqual({
      letter: "none",
      voice: "self",
      nation: "none",
    });
  });

  it("reads a shared device's draft from the tab's store", () => {
    const session = stored({ nation: "scotland" }, "concern-letter");
    session.setItem(DEVICE_KEY, "shared");
    expect(page("/letter/", { session }).run()).toMatchObject({ letter: "concern-letter", nation: "scotland" });
  });

  it("marks a page with answers saved or typing kept, so questions that show with answers wait for them", () => {
    const answered = page("/questions/gp/", { local: stored({}, "gp-letter", ["gp"]) });
    answered.run();
    expect(answered.seen.attributes["data-frame"]).toBe("filling");
    const typed = stored({}, "gp-letter");
    typed.setItem(`${TYPING_KEY_PREFIX}reasons`, "{}");
    const typing = page("/questions/reasons/", { local: typed });
    typing.run();
    expect(typing.seen.attributes["data-frame"]).toBe("filling");
    const other = page("/questions/reasons/", { local: stored({}, "gp-letter", ["gp"]) });
    other.run();
    expect(other.seen.attributes["data-frame"]).toBeUndefined();
  });

  it("has the page wait when it cannot tell: a draft it cannot read, or no constructed style sheets", () => {
    const broken = new MemoryStorage();
    broken.setItem(DRAFT_KEY, "{not json");
    const unreadable = page("/questions/gp/", { local: broken });
    expect(unreadable.run()).toBeNull();
    expect(unreadable.seen.attributes["data-frame"]).toBe("unknown");
    const old = page("/questions/gp/", { local: stored({}, "gp-letter") }, false);
    expect(old.run()).toBeNull();
    expect(old.seen.attributes["data-frame"]).toBe("unknown");
  });
});

describe("the script itself", () => {
  it("carries every function it needs: run as the page runs it, it draws the page for the draft", () => {
    const local = stored({ nation: "northern-ireland" }, "gp-letter");
    const attributes: Record<string, string> = {};
    const sheets: string[] = [];
    class FakeSheet {
      css = "";
      replaceSync(css: string) {
        this.css = css;
      }
    }
    const document = {
      documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) },
      adoptedStyleSheets: [] as FakeSheet[],
    };
    const window = { localStorage: local, sessionStorage: new MemoryStorage(), location: { pathname: "/questions/gp/", search: "", hash: "", replace() {} } };
    new Function("window", "document", "CSSStyleSheet", frameScript(CONFIG))(window, document, FakeSheet);
    for (const sheet of document.adoptedStyleSheets) sheets.push(sheet.css);
    expect(sheets).toEqual([factsCss({ letter: "gp-letter", voice: "self", nation: "northern-ireland" })]);
    expect(attributes).toEqual({ "data-saved-draft": "" });
  });
});
