import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/draft/format";
import { type DraftState, draftReducer, initialDraftState } from "./draft-state";

const EMPTY = emptyDraft(new Date(0));
// A fixed date: two drafts made a millisecond apart would otherwise differ in savedAt.
const named = (name: string) => ({ ...emptyDraft(new Date(0)), answers: { schemaVersion: 1 as const, patient: { fullName: name } } });

function opened(over: Partial<DraftState> = {}): DraftState {
  return { ...initialDraftState(EMPTY), ready: true, device: "own", ...over };
}

describe("the journey's draft, as the provider shows it", () => {
  it("is not ready, and empty, until the stores have been read", () => {
    expect(initialDraftState(EMPTY)).toEqual({
      ready: false,
      draft: EMPTY,
      device: null,
      storage: "ok",
      unreadable: null,
      changedElsewhere: false,
      stale: false,
      revision: 0,
    });
  });

  it("shows what was read: the device, the draft, a draft that could not be read, an old draft", () => {
    const draft = named("Ada");
    const state = draftReducer(initialDraftState(EMPTY), { type: "opened", device: "own", draft, storage: "full", unreadable: null, old: true });
    expect(state).toMatchObject({ ready: true, device: "own", draft, storage: "full", stale: true });
    const unreadable = { reason: "newer" as const, asideKey: "second-opinion:unreadable-draft:x" };
    const none = draftReducer(initialDraftState(EMPTY), { type: "opened", device: null, draft: null, storage: "ok", unreadable, old: true });
    expect(none).toMatchObject({ ready: true, device: null, draft: EMPTY, unreadable, stale: false });
  });

  it("keeps 'changed elsewhere' across the user's own saves until it is dismissed", () => {
    let state = draftReducer(opened(), { type: "saved", draft: named("Ada"), storage: "ok", changedElsewhere: true });
    expect(state.changedElsewhere).toBe(true);
    state = draftReducer(state, { type: "saved", draft: named("Bea"), storage: "unavailable", changedElsewhere: false });
    expect(state).toMatchObject({ changedElsewhere: true, storage: "unavailable", draft: named("Bea") });
    expect(draftReducer(state, { type: "dismissed", notice: "changedElsewhere" }).changedElsewhere).toBe(false);
  });

  it("shows the page again, from another tab's answers, when it hears them", () => {
    const state = draftReducer(opened({ revision: 2 }), { type: "heard", draft: named("Bea") });
    expect(state).toMatchObject({ draft: named("Bea"), changedElsewhere: true, revision: 3 });
  });

  it("clears every notice about the answers when they are deleted", () => {
    const before = opened({ unreadable: { reason: "damaged", asideKey: null }, changedElsewhere: true, stale: true, storage: "full" });
    expect(draftReducer(before, { type: "deleted", draft: EMPTY })).toMatchObject({
      draft: EMPTY,
      unreadable: null,
      changedElsewhere: false,
      stale: false,
      storage: "full",
    });
  });

  it("never offers a shared device's draft as old", () => {
    expect(draftReducer(opened({ stale: true }), { type: "device", device: "shared", storage: "ok" })).toMatchObject({ device: "shared", stale: false });
    expect(draftReducer(opened({ stale: true }), { type: "device", device: "own", storage: "full" })).toMatchObject({ storage: "full", stale: true });
  });

  it("lets each notice be dismissed on its own", () => {
    const before = opened({ unreadable: { reason: "damaged", asideKey: null }, changedElsewhere: true, stale: true });
    expect(draftReducer(before, { type: "dismissed", notice: "unreadable" })).toMatchObject({ unreadable: null, changedElsewhere: true, stale: true });
    expect(draftReducer(before, { type: "dismissed", notice: "stale" })).toMatchObject({ unreadable: before.unreadable, changedElsewhere: true, stale: false });
  });
});
