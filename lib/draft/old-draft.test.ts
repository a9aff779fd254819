import { describe, expect, it } from "vitest";
import { emptyDraft } from "./format";
import { MemoryStorage } from "./memory-storage";
import { isOldDraft, keepOldDraft, OLD_DRAFT_KEPT_KEY, STALE_DAYS } from "./old-draft";

const NOW = new Date("2026-11-25T09:30:00Z");
const DAY = 86_400_000;

function savedDaysAgo(days: number) {
  const draft = emptyDraft(new Date(NOW.getTime() - days * DAY));
  draft.answers.nation = "england";
  return draft;
}

describe("a draft left on the device", () => {
  it("is old after STALE_DAYS, not before", () => {
    expect(STALE_DAYS).toBe(30);
    expect(isOldDraft(savedDaysAgo(31), new MemoryStorage(), NOW)).toBe(true);
    expect(isOldDraft(savedDaysAgo(30), new MemoryStorage(), NOW)).toBe(false);
  });

  it("is not old when it holds nothing, or its time cannot be read", () => {
    expect(isOldDraft(emptyDraft(new Date(NOW.getTime() - 90 * DAY)), new MemoryStorage(), NOW)).toBe(false);
    expect(isOldDraft({ ...savedDaysAgo(90), savedAt: "last year" }, new MemoryStorage(), NOW)).toBe(false);
  });

  it("is not offered again in the visit once kept", () => {
    const session = new MemoryStorage();
    expect(keepOldDraft(session)).toBe(true);
    expect(session.getItem(OLD_DRAFT_KEPT_KEY)).toBe("1");
    expect(isOldDraft(savedDaysAgo(90), session, NOW)).toBe(false);
  });

  it("is offered, and the keeping costs nothing, where the tab's store cannot be used", () => {
    expect(isOldDraft(savedDaysAgo(90), null, NOW)).toBe(true);
    expect(isOldDraft(savedDaysAgo(90), new MemoryStorage({ broken: true }), NOW)).toBe(true);
    expect(keepOldDraft(null)).toBe(false);
    expect(keepOldDraft(new MemoryStorage({ broken: true }))).toBe(false);
  });
});
