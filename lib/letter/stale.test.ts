import { describe, expect, it } from "vitest";
import { buildLetter } from "@/templates/build";
import { messages } from "@/messages";
import { answersOf, LETTER_DATE } from "@/tests/fixtures/examples";
import { blockEditText } from "./edits";
import type { LetterDocument } from "./model";
import { staleParts } from "./stale";

const ID = "gp-oncology-second-opinion" as const;

function letterFor(answers: Record<string, unknown>, date = LETTER_DATE): LetterDocument {
  const built = buildLetter(ID, answers, { date, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  return built.letter;
}

/** The first part (a paragraph or a list) that names the preferred hospital, as we wrote it. */
function hospitalParagraph(doc: LetterDocument, hospital: string) {
  const block = doc.blocks.find((b) => (b.kind === "paragraph" || b.kind === "list") && blockEditText(b).includes(hospital));
  if (!block || !("id" in block)) throw new Error(`no part names ${hospital}`);
  return { id: block.id, text: blockEditText(block) };
}

describe("reworded parts written from answers changed since", () => {
  const answers = answersOf(ID, "typical");
  const hospital: string = answers.preferred.hospital;
  const before = letterFor(answers);
  const part = hospitalParagraph(before, hospital);
  const edits = { [part.id]: `${part.text} I can travel.` };
  const basis = { [part.id]: part.text };

  it("is none while the answers are as they were", () => {
    expect(staleParts(before, edits, basis, answers)).toEqual([]);
  });

  it("marks the part, naming the answer that changed, when the preferred hospital changes", () => {
    const changed = { ...answers, preferred: { ...answers.preferred, hospital: "Velindre Cancer Centre" } };
    const after = letterFor(changed);
    const stale = staleParts(after, edits, basis, changed);
    expect(stale.map((s) => s.id)).toEqual([part.id]);
    expect(stale[0]!.changed).toEqual(["preferred.hospital"]);
    expect(stale[0]!.ours).toContain("Velindre Cancer Centre");
  });

  it("marks a part whose wording moved on without an answer changing, naming none", () => {
    const after = letterFor(answers);
    const moved = { [part.id]: `${part.text} A sentence we no longer write.` };
    const stale = staleParts(after, edits, moved, answers);
    expect(stale).toHaveLength(1);
    expect(stale[0]!.changed).toEqual([]);
  });

  it("cannot judge rewording saved before bases were kept, and leaves parts not reworded alone", () => {
    const changed = { ...answers, preferred: { ...answers.preferred, hospital: "Velindre Cancer Centre" } };
    const after = letterFor(changed);
    expect(staleParts(after, edits, {}, changed)).toEqual([]);
    expect(staleParts(after, {}, basis, changed)).toEqual([]);
  });
});
