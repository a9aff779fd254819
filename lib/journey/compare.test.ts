import { describe, expect, it } from "vitest";
import { emptyDraft, type Draft } from "@/lib/draft/format";
import { pageDefinitions } from "@/app/(journey)/journey-props";
import { LETTERS } from "@/templates";
import { messages } from "@/messages";
import { formatFor } from "@/messages/format";
import { answersOf } from "@/tests/fixtures/examples";
import { draftChanges, noChanges } from "./compare";

// What loading a file would change, in check answers' words: only what differs, named as the
// pages name it, whichever letter each draft is for.

const format = formatFor(messages.meta);
const config = { steps: pageDefinitions(), letters: LETTERS };
const changes = (before: Draft, after: Draft) => draftChanges(before, after, config, messages.steps, format, messages.answers.identifierTerms);

function draftOf(answers: Record<string, any>, templateId?: Draft["letter"]["templateId"], edits: Draft["letter"]["edits"] = {}): Draft {
  const draft = emptyDraft();
  draft.answers = { ...answers, schemaVersion: 1 };
  draft.letter = { templateId, edits };
  return draft;
}

describe("what replacing a draft would change", () => {
  const typical = () => answersOf("gp-oncology-second-opinion", "typical");

  it("is nothing for the same answers", () => {
    expect(noChanges(changes(draftOf(typical(), "gp-oncology-second-opinion"), draftOf(typical(), "gp-oncology-second-opinion")))).toBe(true);
  });

  it("names each answer that differs, with both values as check answers shows them", () => {
    const other = typical();
    other.patient.fullName = "Iona Ross";
    other.patient.nhsNumber = "4857773007";
    const found = changes(draftOf(typical(), "gp-oncology-second-opinion"), draftOf(other, "gp-oncology-second-opinion"));
    expect(found.answers).toEqual([
      { step: "patient-details", key: "Name", before: "Margaret Ellis", after: "Iona Ross" },
      { step: "patient-details", key: "NHS number", before: "943 476 5919", after: "485 777 3007" },
    ]);
    expect(found.letter).toBeNull();
    expect(found.rewording).toBeNull();
  });

  it("names answers that would be lost, and ones that would be added", () => {
    const { gp: _gp, ...withoutGp } = typical();
    const found = changes(draftOf(typical()), draftOf({ ...withoutGp, ownWords: "New words" }));
    expect(found.answers.filter((a) => a.step === "gp").every((a) => a.after === undefined && a.before !== undefined)).toBe(true);
    expect(found.answers.find((a) => a.step === "reply-by")).toMatchObject({ before: undefined, after: "New words" });
  });

  it("says the letter and the rewording change, without showing answers one letter does not ask as lost", () => {
    const found = changes(
      draftOf(typical(), "gp-oncology-second-opinion", { "gp-oncology-second-opinion": { thanks: "a", request: "b" } }),
      draftOf(typical(), "pals-concern"),
    );
    expect(found.letter).toEqual({ before: "gp-oncology-second-opinion", after: "pals-concern" });
    expect(found.rewording).toEqual({ before: 2, after: 0 });
    expect(found.answers).toEqual([]);
  });
});
