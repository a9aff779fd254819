import { describe, expect, it } from "vitest";
import type { DraftAnswers } from "@/lib/draft/format";
import { notesSince, printsNote } from "@/lib/letter/kinds";
import { answersOf } from "@/tests/fixtures/examples";
import { firstRequest, prefilled } from "./history";

// What the letters after the first know of it (issue 22, point 2): a follow-up asks no more when
// and how the letter it chases was sent once it was marked as sent, and a concern knows when and
// whom the patient asked.

const typical = () => {
  const { concern: _concern, followUp: _followUp, ...answers } = answersOf("gp-oncology-second-opinion", "typical") as Record<string, any>;
  return answers as DraftAnswers;
};
const sentNote = {
  date: "2026-11-02",
  who: "Dr Shah",
  what: "Sent the letter “Request for a second opinion” by post",
  sent: { letter: "gp-oncology-second-opinion", by: "post" as const },
};

describe("a follow-up", () => {
  it("takes when and how the letter it chases was sent from the note made when it was marked as sent", () => {
    const answers = { ...typical(), log: [sentNote], followUp: { letter: "gp-oncology-second-opinion" as const } };
    expect(prefilled("follow-up-no-reply", answers).followUp).toEqual({ letter: "gp-oncology-second-opinion", sentOn: "2026-11-02", sentBy: "post" });
  });

  it("keeps what the user gave, and takes nothing from another letter's note", () => {
    const given = { ...typical(), log: [sentNote], followUp: { letter: "gp-oncology-second-opinion" as const, sentOn: "2026-11-04" } };
    expect(prefilled("follow-up-no-reply", given).followUp).toEqual({ letter: "gp-oncology-second-opinion", sentOn: "2026-11-04", sentBy: "post" });
    const other = { ...typical(), log: [sentNote], followUp: { letter: "gp-surgical-second-opinion" as const } };
    expect(prefilled("follow-up-no-reply", other).followUp).toEqual({ letter: "gp-surgical-second-opinion" });
  });
});

describe("a concern", () => {
  it("takes when and whom the patient asked from the letter a follow-up chased", () => {
    const answers = { ...typical(), followUp: { letter: "gp-oncology-second-opinion" as const, sentOn: "2026-10-20", sentBy: "email" as const } };
    expect(firstRequest(answers)).toEqual({ letter: "gp-oncology-second-opinion", on: "2026-10-20" });
    expect(prefilled("pals-concern", answers).concern).toEqual({ requestedOn: "2026-10-20", requestedFrom: "gp", requestedFromName: "Dr Anita Shah" });
  });

  it("or from the first referral letter marked as sent: to the consultant, by name", () => {
    const note = { ...sentNote, date: "2026-10-01", sent: { letter: "oncologist-surgical-review", by: "email" as const } };
    const answers = { ...typical(), log: [sentNote, note] };
    expect(prefilled("pals-concern", answers).concern).toEqual({ requestedOn: "2026-10-01", requestedFrom: "oncologist", requestedFromName: "Dr Paul Hughes" });
  });

  it("changes nothing the user answered, and knows nothing without a first letter", () => {
    const answers = { ...typical(), log: [sentNote], concern: { requestedFrom: "surgeon" as const } };
    expect(prefilled("pals-concern", answers)).toBe(answers);
    const none = typical();
    expect(prefilled("pals-concern", none)).toBe(none);
    expect(prefilled("gp-oncology-second-opinion", { ...none, log: [sentNote] }).concern).toBeUndefined();
  });
});

describe("the notes a letter prints", () => {
  it("are from the day the letter it follows up was sent, or the patient first asked; none for a first letter", () => {
    expect(notesSince("follow-up", { followUp: { sentOn: "2026-11-02" } })).toBe("2026-11-02");
    expect(notesSince("concern", { concern: { requestedOn: "2026-10-20" } })).toBe("2026-10-20");
    expect(notesSince("referral", { followUp: { sentOn: "2026-11-02" } })).toBeUndefined();
    expect(notesSince("records", {})).toBeUndefined();
  });

  it("leave out the note that the letter followed up was sent that day, which the letter says itself", () => {
    const answers = { followUp: { sentOn: "2026-11-02" } };
    expect(printsNote("follow-up", answers, sentNote)).toBe(false);
    expect(printsNote("follow-up", answers, { ...sentNote, sent: undefined })).toBe(true);
    expect(printsNote("follow-up", answers, { ...sentNote, date: "2026-11-09", sent: { letter: "follow-up-no-reply" } })).toBe(true);
    expect(printsNote("follow-up", answers, { ...sentNote, date: "2026-11-01" })).toBe(false);
    expect(printsNote("referral", answers, { ...sentNote, date: "2026-11-09" })).toBe(false);
  });
});
