import { LETTER_IDS } from "@/templates";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { answersFileText } from "./answers-file";
import { DRAFT_KEY, type Draft } from "./format";
import { pruneKept, stillKept } from "./kept";
import { MemoryStorage } from "./memory-storage";
import { migrate } from "./migrate";
import { repairDraft } from "./repair";
import { draftText, loadDraft, saveDraft } from "./storage";

// Drafts damaged in part (issue 14, "Why" 3): each case read, repaired as the journey repairs it
// once its checks load, saved, and read again. Nothing is dropped in silence: what cannot be read
// is kept aside as it was and named; what this version does not know is kept where it is.

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));
const V1 = JSON.parse(readFileSync(`${fixtures}v1.json`, "utf8")) as Record<string, any>;

/** Reads a stored value as the journey does, repairs it, saves it, and reads it back: the draft after "the next save". */
function afterNextSave(raw: unknown): Draft {
  const storage = new MemoryStorage();
  storage.setItem(DRAFT_KEY, JSON.stringify(raw));
  const loaded = loadDraft(storage, LETTER_IDS);
  if (loaded.kind !== "loaded") throw new Error(`not loaded: ${loaded.kind}`);
  saveDraft(storage, repairDraft(loaded.draft).draft);
  const again = loadDraft(storage, LETTER_IDS);
  if (again.kind !== "loaded") throw new Error(`not loaded again: ${again.kind}`);
  return again.draft;
}

const v1 = () => structuredClone(V1);

describe("a draft damaged in part", () => {
  it("keeps a name that is a number aside, as it was, and the rest of the answers", () => {
    const raw = v1();
    raw.answers.patient.fullName = 42;
    const draft = afterNextSave(raw);
    expect(draft.answers.patient).toEqual({ dateOfBirth: "1958-04-12", nhsNumber: "9434765919", address: V1.answers.patient.address });
    expect(draft.kept).toEqual([{ path: "answers.patient.fullName", value: 42 }]);
    expect(stillKept(draft).map((k) => k.path)).toEqual(["answers.patient.fullName"]);
  });

  it("keeps a condition that is a list aside", () => {
    const raw = v1();
    raw.answers.diagnosis = { condition: ["breast", "cancer"], stage: "first-treatment" };
    const draft = afterNextSave(raw);
    expect(draft.answers.diagnosis).toEqual({ stage: "first-treatment" });
    expect(draft.kept).toEqual([{ path: "answers.diagnosis.condition", value: ["breast", "cancer"] }]);
  });

  it("keeps every letter's rewording when one letter key is unknown, and that one too", () => {
    const raw = v1();
    raw.letter.edits["complaint-appeal"] = { thanks: "From a newer version." };
    const draft = afterNextSave(raw);
    expect(draft.letter.edits).toEqual({
      "gp-oncology-second-opinion": { thanks: "Thank you very much." },
      "complaint-appeal": { thanks: "From a newer version." },
    });
    expect(draft.kept).toBeUndefined();
  });

  it("keeps a reworded part that is not text aside, and the letter's other rewording", () => {
    const raw = v1();
    raw.letter.edits["gp-oncology-second-opinion"].request = { text: "an object" };
    const draft = afterNextSave(raw);
    expect(draft.letter.edits["gp-oncology-second-opinion"]).toEqual({ thanks: "Thank you very much." });
    expect(draft.kept).toEqual([{ path: "letter.edits.gp-oncology-second-opinion.request", value: { text: "an object" } }]);
  });

  it("keeps an unknown future field, at every level, until a migration knows it", () => {
    const raw = v1();
    raw.answers.reminders = { every: "2 weeks" };
    raw.answers.patient.pronouns = "she/her";
    raw.savedBy = "a newer version";
    const draft = afterNextSave(raw) as Draft & Record<string, unknown>;
    expect(draft.answers).toMatchObject({ reminders: { every: "2 weeks" }, patient: { fullName: "Margaret Ellis", pronouns: "she/her" } });
    expect(draft.savedBy).toBe("a newer version");
    expect(draft.kept).toBeUndefined();
    // And into the answers file, where the next version can read them.
    expect(JSON.parse(answersFileText(draft.answers, draft))).toMatchObject({ reminders: { every: "2 weeks" }, patient: { pronouns: "she/her" } });
  });

  it("keeps the pages answered that can be read when one cannot", () => {
    const raw = v1();
    raw.progress.answered = ["who-is-writing", 7, "nation"];
    expect(afterNextSave(raw).progress.answered).toEqual(["who-is-writing", "nation"]);
  });

  it("keeps a letter this version does not write aside, rather than forget it", () => {
    const raw = v1();
    raw.letter.templateId = "complaint-appeal";
    const draft = afterNextSave(raw);
    expect(draft.letter.templateId).toBeUndefined();
    expect(draft.kept).toEqual([{ path: "letter.templateId", value: "complaint-appeal" }]);
  });

  it("keeps what was kept through every later save, adding to it, never dropping it", () => {
    const raw = v1();
    raw.answers.patient.fullName = 42;
    const once = afterNextSave(raw);
    const again = { ...structuredClone(once), answers: { ...once.answers, reasons: { selected: "not a list" } } };
    const twice = afterNextSave(JSON.parse(draftText(again as unknown as Draft)));
    expect(twice.kept).toEqual([
      { path: "answers.patient.fullName", value: 42 },
      { path: "answers.reasons.selected", value: "not a list" },
    ]);
  });

  it("lets a kept answer go once it is answered again", () => {
    const raw = v1();
    raw.answers.patient.fullName = 42;
    raw.letter.templateId = "complaint-appeal";
    const draft = afterNextSave(raw);
    const answered = { ...draft, answers: { ...draft.answers, patient: { ...draft.answers.patient, fullName: "Margaret Ellis" } } };
    expect(pruneKept(answered).kept).toEqual([{ path: "letter.templateId", value: "complaint-appeal" }]);
    const chosen = pruneKept({ ...answered, letter: { ...answered.letter, templateId: "pals-concern" } });
    expect(chosen.kept).toBeUndefined();
    expect("kept" in chosen).toBe(false);
  });

  it("lets kept rewording go once that part, or that letter, is reworded again", () => {
    const raw = v1();
    raw.letter.edits["gp-oncology-second-opinion"].request = 5;
    raw.letter.edits["pals-concern"] = "not a set";
    const draft = afterNextSave(raw);
    expect(stillKept(draft).map((k) => k.path)).toEqual(["letter.edits.gp-oncology-second-opinion.request", "letter.edits.pals-concern"]);
    const reworded = { ...draft, letter: { ...draft.letter, edits: { ...draft.letter.edits, "gp-oncology-second-opinion": { request: "Mine." } } } };
    expect(stillKept(reworded).map((k) => k.path)).toEqual(["letter.edits.pals-concern"]);
    const both = { ...reworded, letter: { ...reworded.letter, edits: { ...reworded.letter.edits, "pals-concern": { thanks: "Thanks." } } } };
    expect(stillKept(both)).toEqual([]);
  });

  it("reads a draft whose kept parts are themselves damaged, keeping the readable ones", () => {
    const raw = { ...v1(), kept: [{ path: "answers.nation", value: 1 }, "junk", { value: 2 }] };
    const migrated = migrate(raw, LETTER_IDS);
    expect(migrated.ok && migrated.draft.kept).toEqual([{ path: "answers.nation", value: 1 }]);
  });
});
