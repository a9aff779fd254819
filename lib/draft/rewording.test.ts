import { describe, expect, it } from "vitest";
import type { LetterDocument } from "@/lib/letter/model";
import { type Draft, emptyDraft } from "./format";
import { withRewording } from "./rewording";

const LETTER = "gp-oncology-second-opinion";
const doc = {
  templateId: LETTER,
  title: "Request for a second opinion",
  language: "en-GB",
  author: "Margaret Ellis",
  subject: "Second opinion",
  blocks: [
    { kind: "date", text: "25 November 2026" },
    { kind: "paragraph", id: "thanks", text: "Thank you for your help." },
    { kind: "list", id: "reasons", style: "bullet", items: ["One", "Two"] },
  ],
} as LetterDocument;

function draft(): Draft {
  const d = emptyDraft(new Date("2026-11-25T09:30:00Z"));
  d.letter = { templateId: LETTER, edits: { "pals-concern": { intro: "Another letter's" } } };
  return d;
}

describe("rewording a part of the letter", () => {
  it("keeps the rewording with our wording beside it, and leaves other letters' alone", () => {
    const out = withRewording(draft(), LETTER, doc, "thanks", "Thanks a lot.");
    expect(out.letter.edits[LETTER]).toEqual({ thanks: "Thanks a lot." });
    expect(out.letter.basis?.[LETTER]).toEqual({ thanks: "Thank you for your help." });
    expect(out.letter.edits["pals-concern"]).toEqual({ intro: "Another letter's" });
    expect(out.letter.templateId).toBe(LETTER);
  });

  it("takes a rewording away, and with it its basis", () => {
    const reworded = withRewording(draft(), LETTER, doc, "reasons", "Only one");
    const out = withRewording(reworded, LETTER, doc, "reasons", undefined);
    expect(out.letter.edits[LETTER]).toEqual({});
    expect(out.letter.basis?.[LETTER]).toEqual({});
  });

  it("does not count our own wording, saved unchanged, as a rewording", () => {
    const out = withRewording(withRewording(draft(), LETTER, doc, "reasons", "Only one"), LETTER, doc, "reasons", "One\nTwo");
    expect(out.letter.edits[LETTER]).toEqual({});
    expect(out.letter.basis?.[LETTER]).toEqual({});
  });

  it("keeps a checked rewording as it is, beside our wording as it is now", () => {
    const before: Draft = { ...draft(), letter: { templateId: LETTER, edits: { [LETTER]: { thanks: "Ta." } }, basis: { [LETTER]: { thanks: "Thanks." } } } };
    const out = withRewording(before, LETTER, doc, "thanks", "keep");
    expect(out.letter.edits[LETTER]).toEqual({ thanks: "Ta." });
    expect(out.letter.basis?.[LETTER]).toEqual({ thanks: "Thank you for your help." });
  });

  it("keeps rewording of a part the letter no longer has, without a basis", () => {
    const out = withRewording(draft(), LETTER, doc, "gone", "Still mine.");
    expect(out.letter.edits[LETTER]).toEqual({ gone: "Still mine." });
    expect(out.letter.basis?.[LETTER]).toEqual({});
  });
});
