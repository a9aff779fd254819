import { LETTER_IDS } from "@/templates";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ASIDE_KEY_PREFIX, DRAFT_KEY, emptyDraft, type Draft } from "./format";
import { MAX_DRAFT_CHARS, MAX_JSON_DEPTH } from "./json-bounds";
import { MemoryStorage } from "./memory-storage";
import { migrate, readDraftText } from "./migrate";
import { repairDraft } from "./repair";
import { asideCopies, browserStorage, draftText, latestDraft, loadDraft, saveDraft, storedText } from "./storage";

// The stored draft under faults: whatever is in storage (ours, truncated, corrupted, someone
// else's), loading never throws and never silently loses it; storage that is blocked or full is
// reported; two tabs saving the same draft keep each other's answers.

const NOW = new Date("2026-11-25T09:30:00Z");
const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const V1_TEXT = readFileSync(`${fixtures}v1.json`, "utf8");

function draftOf(answers: Draft["answers"], savedAt = NOW): Draft {
  const draft = emptyDraft(savedAt);
  draft.answers = { ...answers, schemaVersion: 1 };
  return draft;
}

describe("a damaged stored draft", () => {
  it("is read or set aside at every point it could have been cut off", () => {
    // A save interrupted part way (power cut, full disk) leaves a prefix of the text.
    for (let end = 0; end < V1_TEXT.length; end++) {
      const storage = new MemoryStorage();
      const text = V1_TEXT.slice(0, end);
      storage.setItem(DRAFT_KEY, text);
      const result = loadDraft(storage, LETTER_IDS, NOW);
      if (result.kind === "loaded") continue; // only the complete object reads (trailing space cut off)
      expect(result, `cut at ${end}`).toEqual({ kind: "unreadable", reason: "not-json", asideKey: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}` });
      expect(asideCopies(storage)).toEqual([{ key: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}`, text }]);
      expect(storage.getItem(DRAFT_KEY)).toBeNull();
    }
  });

  it("never throws and never loses the text, whatever string is stored", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (text) => {
          const storage = new MemoryStorage();
          storage.setItem(DRAFT_KEY, text);
          const result = loadDraft(storage, LETTER_IDS, NOW);
          if (result.kind === "loaded") {
            expect(result.draft.version).toBe(1);
            expect(storage.getItem(DRAFT_KEY)).toBe(text);
          } else {
            expect(result.kind).toBe("unreadable");
            expect(asideCopies(storage).map((c) => c.text)).toEqual([text]);
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("keeps what it can of a draft of ours with any part replaced by junk", () => {
    const base = JSON.parse(V1_TEXT) as Record<string, any>;
    const paths: string[][] = [
      ["savedAt"],
      ["answers"],
      ["answers", "patient"],
      ["answers", "patient", "fullName"],
      ["answers", "reasons", "selected"],
      ["letter"],
      ["letter", "edits"],
      ["letter", "templateId"],
      ["progress"],
      ["progress", "answered"],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue(), (path, junk) => {
        const raw = structuredClone(base);
        let at = raw;
        for (const key of path.slice(0, -1)) at = at[key];
        at[path.at(-1)!] = junk;
        const migrated = migrate(raw, LETTER_IDS);
        const result = migrated.ok ? { ok: true as const, draft: repairDraft(migrated.draft).draft } : migrated;
        if (!result.ok) {
          // Only answers that are not a set of answers at all make the whole draft unreadable.
          expect(path).toEqual(["answers"]);
          expect(result.reason).toBe("damaged");
          return;
        }
        // Nothing outside the damaged part is lost.
        if (path[0] !== "answers") expect(result.draft.answers.patient?.fullName).toBe("Margaret Ellis");
        if (path[0] !== "letter") expect(result.draft.letter.templateId).toBe("gp-oncology-second-opinion");
        expect(result.draft.answers.schemaVersion).toBe(1);
      }),
      { numRuns: 400 },
    );
  });

  it("reads a value with white space around it the same as without", () => {
    expect(readDraftText(`  ${V1_TEXT}\n`, LETTER_IDS)).toMatchObject({ ok: true });
  });
});

describe("a stored draft nested or grown past any draft (issue 23, row 4)", () => {
  /** A draft whose answers hold a value nested `depth` levels deep: about 10 KB at 5,000 levels. */
  const deepDraft = (depth: number) => {
    const text = draftText(draftOf({ nation: "england" }));
    return text.replace('"nation":"england"', `"nation":"england","deep":${"[".repeat(depth)}${"]".repeat(depth)}`);
  };

  it("is set aside byte for byte, named as too large, and never throws, in every reader of the draft", () => {
    for (const text of [deepDraft(5_000), deepDraft(100_000), `"${"x".repeat(MAX_DRAFT_CHARS)}"`]) {
      expect(readDraftText(text, LETTER_IDS)).toEqual({ ok: false, reason: "too-large" });
      const storage = new MemoryStorage();
      storage.setItem(DRAFT_KEY, text);
      // Another tab's save is read too (a storage event, or a save that finds the store changed).
      expect(latestDraft(storage, emptyDraft(NOW), null, LETTER_IDS).changedElsewhere).toBe(false);
      expect(loadDraft(storage, LETTER_IDS, NOW)).toEqual({ kind: "unreadable", reason: "too-large", asideKey: `${ASIDE_KEY_PREFIX}${NOW.toISOString()}` });
      expect(asideCopies(storage).map((c) => c.text)).toEqual([text]);
      expect(storage.getItem(DRAFT_KEY)).toBeNull();
    }
  });

  it("reads a draft nested as deep as answers go, and its copies aside", () => {
    expect(readDraftText(deepDraft(MAX_JSON_DEPTH - 3), LETTER_IDS).ok).toBe(true);
  });

  it("is damaged, not a crash, when a draft handed to migrate cannot be copied", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 20_000; i++) deep = [deep];
    const raw = JSON.parse(draftText(draftOf({ nation: "england" })));
    raw.answers.deep = deep;
    expect(migrate(raw, LETTER_IDS)).toEqual({ ok: false, reason: "damaged" });
  });
});

describe("storage the browser will not give us", () => {
  afterEach(() => vi.unstubAllGlobals());

  it("is null when reading window.localStorage throws (some private windows, blocked site data)", () => {
    vi.stubGlobal("window", {
      get localStorage(): Storage {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
    expect(browserStorage()).toBeNull();
  });

  it("is null when it exists but every write fails (Safari's old private mode: quota 0)", () => {
    vi.stubGlobal("window", { localStorage: new MemoryStorage({ quota: 0 }) });
    expect(browserStorage()).toBeNull();
  });

  it("is used when it works", () => {
    const storage = new MemoryStorage();
    vi.stubGlobal("window", { localStorage: storage });
    expect(browserStorage()).toBe(storage);
    expect(storage.keys()).toEqual([]); // the probe is removed
  });

  it("reports a full store without losing the draft already saved", () => {
    const storage = new MemoryStorage({ quota: 600 });
    const small = draftOf({ nation: "wales" });
    expect(saveDraft(storage, small)).toEqual({ ok: true });
    const big = draftOf({ nation: "wales", ownWords: "x".repeat(1000) });
    expect(saveDraft(storage, big)).toEqual({ ok: false, reason: "full" });
    expect(storedText(storage)).toBe(draftText(small));
  });

  it("reads nothing, and throws nothing, from blocked storage", () => {
    const blocked = new MemoryStorage({ broken: true });
    expect(storedText(blocked)).toBeNull();
    expect(storedText(null)).toBeNull();
    const ours = draftOf({ nation: "england" });
    expect(latestDraft(blocked, ours, null, LETTER_IDS)).toEqual({ changedElsewhere: false, draft: ours });
    expect(latestDraft(null, ours, null, LETTER_IDS)).toEqual({ changedElsewhere: false, draft: ours });
  });
});

describe("two tabs saving the same draft", () => {
  /** One tab: its draft, what it last read or wrote, and a save that goes onto the latest draft. */
  function tab(storage: MemoryStorage) {
    const loaded = loadDraft(storage, LETTER_IDS, NOW);
    const state = { draft: loaded.kind === "loaded" ? loaded.draft : emptyDraft(NOW), lastSeen: storedText(storage), heardOfChange: false };
    return {
      state,
      /** What the provider's update does. */
      save(change: (d: Draft) => Draft, at: Date) {
        const latest = latestDraft(storage, state.draft, state.lastSeen, LETTER_IDS);
        if (latest.changedElsewhere) state.heardOfChange = true;
        const next = { ...change(latest.draft), savedAt: at.toISOString() };
        state.draft = next;
        if (saveDraft(storage, next).ok) state.lastSeen = draftText(next);
        return next;
      },
    };
  }

  it("keeps the other tab's newer answers when this tab never heard of them", () => {
    const storage = new MemoryStorage();
    saveDraft(storage, draftOf({ nation: "england", patient: { fullName: "Margaret Ellis" } }));
    const a = tab(storage);
    const b = tab(storage);
    // Tab A corrects the name; tab B (restored from the back-forward cache: no storage event) answers the GP page.
    a.save((d) => ({ ...d, answers: { ...d.answers, patient: { ...d.answers.patient, fullName: "Margaret A. Ellis" } } }), new Date("2026-11-25T09:31:00Z"));
    b.save((d) => ({ ...d, answers: { ...d.answers, gp: { name: "Dr Anita Shah" } } }), new Date("2026-11-25T09:32:00Z"));
    const stored = readDraftText(storedText(storage)!, LETTER_IDS);
    expect(stored.ok && stored.draft.answers).toEqual({
      schemaVersion: 1,
      nation: "england",
      patient: { fullName: "Margaret A. Ellis" },
      gp: { name: "Dr Anita Shah" },
    });
    expect(b.state.heardOfChange).toBe(true);
    expect(a.state.heardOfChange).toBe(false);
    // And A, saving again, keeps B's answer.
    a.save((d) => ({ ...d, answers: { ...d.answers, nation: "wales" } }), new Date("2026-11-25T09:33:00Z"));
    const again = readDraftText(storedText(storage)!, LETTER_IDS);
    expect(again.ok && again.draft.answers).toMatchObject({ nation: "wales", gp: { name: "Dr Anita Shah" }, patient: { fullName: "Margaret A. Ellis" } });
    expect(a.state.heardOfChange).toBe(true);
  });

  it("does not bring back answers another tab deleted", () => {
    const storage = new MemoryStorage();
    saveDraft(storage, draftOf({ nation: "england", patient: { fullName: "Margaret Ellis" } }));
    const b = tab(storage);
    storage.removeItem(DRAFT_KEY); // "Delete my answers" in tab A
    b.save((d) => ({ ...d, answers: { ...d.answers, gp: { name: "Dr Anita Shah" } } }), new Date("2026-11-25T09:32:00Z"));
    const stored = readDraftText(storedText(storage)!, LETTER_IDS);
    expect(stored.ok && stored.draft.answers).toEqual({ schemaVersion: 1, gp: { name: "Dr Anita Shah" } });
  });

  it("uses this tab's own draft when nothing changed elsewhere", () => {
    const storage = new MemoryStorage();
    const ours = draftOf({ nation: "scotland" });
    saveDraft(storage, ours);
    expect(latestDraft(storage, ours, draftText(ours), LETTER_IDS)).toEqual({ changedElsewhere: false, draft: ours });
  });

  it("uses this tab's own draft when the stored value cannot be read", () => {
    const storage = new MemoryStorage();
    storage.setItem(DRAFT_KEY, "{broken");
    const ours = draftOf({ nation: "scotland" });
    expect(latestDraft(storage, ours, null, LETTER_IDS)).toEqual({ changedElsewhere: false, draft: ours });
  });
});
