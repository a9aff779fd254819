import type { LetterDocument } from "@/lib/letter/model";

/**
 * A letter that is never shown or saved: made once in the file worker so react-pdf's first,
 * slow render (fonts parsed, glyph tables and the layout engine warmed up) happens before the
 * user asks for a file. It holds no words, only the characters of the alphabet and the digits,
 * in both weights, across enough lines to break and to fill a list.
 */
const LETTERS = "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ 0123456789";
const LINE = Array.from({ length: 6 }, () => LETTERS).join(" ");

export const WARM_UP_LETTER: LetterDocument = {
  templateId: "warm-up",
  title: "",
  author: "",
  subject: "",
  language: "en-GB",
  furniture: { pageOf: "{page}/{total}", continuation: "", producer: "", madeWith: "" },
  blocks: [
    { kind: "address", id: "sender", role: "sender", lines: [LETTERS, LETTERS] },
    { kind: "date", text: "0123456789" },
    { kind: "heading", id: "subject", text: LETTERS },
    { kind: "paragraph", id: "body", text: LINE },
    { kind: "list", id: "list", style: "numbered", items: [LETTERS, LINE] },
    { kind: "signature", id: "signature", closing: LETTERS, lines: [LETTERS] },
  ],
};
