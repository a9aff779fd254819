import { describe, expect, it } from "vitest";
import { EDIT_MAX, applyEdits, blockEditText, editTooLong } from "./edits";
import { isEditable, type LetterBlock, type LetterDocument } from "./model";

const doc: LetterDocument = {
  templateId: "gp-oncology-second-opinion",
  title: "Request for a second opinion",
  language: "en-GB",
  author: "Margaret Ellis",
  subject: "Second opinion",
  blocks: [
    { kind: "address", id: "sender", role: "sender", lines: ["Margaret Ellis", "1 High St"] },
    { kind: "heading", id: "subject", text: "Re: Margaret Ellis" },
    { kind: "paragraph", id: "thanks", text: "Thank you for your help." },
    { kind: "list", id: "reasons", style: "bullet", items: ["One", "Two"] },
    { kind: "signature", id: "signature", closing: "Yours sincerely,", lines: ["Margaret Ellis"] },
  ],
} as LetterDocument;

describe("letter edits", () => {
  it("are cleaned like answers: invisible and control characters out, spaces folded", () => {
    const edited = applyEdits(doc, {
      thanks: "Thank\u200B you \u202Every\u202C much.\u0007\n\n\n\nBest wishes.",
      subject: "Re:\u00AD  Margaret\nEllis",
      reasons: "One\u2060\n\u200B\n Two ",
      signature: "Yours sincerely,\u200E\nMargaret\u0000 Ellis",
    });
    const text = (id: string) => blockEditText(edited.blocks.find((b) => "id" in b && b.id === id)!);
    expect(text("thanks")).toBe("Thank you very much.\n\nBest wishes.");
    expect(text("subject")).toBe("Re: Margaret Ellis");
    expect(text("reasons")).toBe("One\nTwo");
    expect(text("signature")).toBe("Yours sincerely,\nMargaret Ellis");
  });

  it("keep markup as the text typed", () => {
    const edited = applyEdits(doc, { thanks: '<img src=x onerror="alert(1)"> & <b>thanks</b>' });
    expect(blockEditText(edited.blocks[2]!)).toBe('<img src=x onerror="alert(1)"> & <b>thanks</b>');
  });

  it("leave out a part edited down to nothing but hidden characters", () => {
    const edited = applyEdits(doc, { thanks: "\u200B \u0007 \n" });
    expect(edited.blocks.map((b) => ("id" in b ? b.id : b.kind))).toEqual(["sender", "subject", "reasons", "signature"]);
  });

  it("are too long past EDIT_MAX characters once cleaned", () => {
    expect(editTooLong("a".repeat(EDIT_MAX))).toBe(false);
    expect(editTooLong(`${"a".repeat(EDIT_MAX)}\u200B\u200B  `)).toBe(false);
    expect(editTooLong("a".repeat(EDIT_MAX + 1))).toBe(true);
  });
});

describe("the patient's identity (issue 22, point 5)", () => {
  const identity: LetterBlock = {
    kind: "list",
    id: "patient-details",
    style: "bullet",
    items: ["Patient: Margaret Ellis", "NHS number: 943 476 5919"],
    fixed: true,
  };
  const withIdentity = { ...doc, blocks: [...doc.blocks, identity] } as LetterDocument;

  it("is not a part anyone rewords, and an edit to it (from an older draft or a file) changes nothing", () => {
    expect(isEditable(identity)).toBe(false);
    const edited = applyEdits(withIdentity, { "patient-details": "Patient: Someone Else", thanks: "Thanks." });
    expect(edited.blocks.find((b) => "id" in b && b.id === "patient-details")).toEqual(identity);
    expect(blockEditText(edited.blocks.find((b) => "id" in b && b.id === "thanks")!)).toBe("Thanks.");
  });
});
