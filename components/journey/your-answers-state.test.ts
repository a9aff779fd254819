import { describe, expect, it } from "vitest";
import { emptyDraft } from "@/lib/draft/format";
import { failedOutcome, NOTHING_DONE, type Pending, yourAnswersReducer } from "./your-answers-state";

const pending: Pending = { source: "copy", next: emptyDraft(), key: "second-opinion:replaced-draft:x" };

describe("the your-answers page's banner and waiting replacement", () => {
  it("clears both when a file is read", () => {
    const before = { done: { kind: "saved" as const }, pending };
    expect(yourAnswersReducer(before, { type: "loading" })).toEqual(NOTHING_DONE);
  });

  it("keeps a replacement waiting while the banner goes, or something else is done", () => {
    const before = { done: { kind: "saved" as const }, pending };
    expect(yourAnswersReducer(before, { type: "cleared" })).toEqual({ done: null, pending });
    expect(yourAnswersReducer(before, { type: "done", done: { kind: "kept-removed" } })).toEqual({ done: { kind: "kept-removed" }, pending });
  });

  it("settles a replacement waiting when it is made, cancelled, or the answers are deleted", () => {
    const asked = yourAnswersReducer(NOTHING_DONE, { type: "asked", pending });
    expect(asked.pending).toBe(pending);
    const undo = emptyDraft();
    expect(yourAnswersReducer(asked, { type: "replaced", kind: "restored", undo, copyKey: null })).toEqual({
      done: { kind: "restored", undo, copyKey: null },
      pending: null,
    });
    expect(yourAnswersReducer(asked, { type: "cancelled" })).toEqual({ done: { kind: "cancelled" }, pending: null });
    expect(yourAnswersReducer(asked, { type: "deleted", outcome: "deleted" })).toEqual({ done: { kind: "deleted", outcome: "deleted" }, pending: null });
    expect(yourAnswersReducer(asked, { type: "deleted", outcome: "left" }).done).toEqual({ kind: "delete-failed", outcome: "left" });
  });

  it("warns when deleting, or moving the answers off a store, left something or could not look", () => {
    expect(failedOutcome({ kind: "delete-failed", outcome: "unchecked" })).toBe("unchecked");
    expect(failedOutcome({ kind: "device", device: "shared", outcome: "left" })).toBe("left");
    expect(failedOutcome({ kind: "device", device: "shared", outcome: "deleted" })).toBeNull();
    expect(failedOutcome({ kind: "device", device: "own", outcome: null })).toBeNull();
    expect(failedOutcome({ kind: "deleted", outcome: "deleted" })).toBeNull();
    expect(failedOutcome(null)).toBeNull();
  });
});
