/**
 * The one letter model. Templates produce a LetterDocument; renderers (text, HTML, PDF, DOCX)
 * consume it. Templates own every word, including the few the files carry besides the letter
 * (`furniture`); renderers own layout only.
 */

/** Lines of an address, the sender's (top right on paper) or the recipient's (left). */
export interface AddressBlock {
  kind: "address";
  id: string;
  role: "sender" | "recipient";
  lines: string[];
}

/** The date of the letter, already formatted by the template. */
export interface DateBlock {
  kind: "date";
  text: string;
}

/** The bold subject line ("Re: …") or a short heading inside the letter. */
export interface HeadingBlock {
  kind: "heading";
  id: string;
  text: string;
}

export interface ParagraphBlock {
  kind: "paragraph";
  id: string;
  text: string;
}

export interface ListBlock {
  kind: "list";
  id: string;
  style: "bullet" | "numbered";
  items: string[];
  /**
   * Written from the answers alone and never reworded (the patient's name, date of birth and
   * number, by which a recipient finds their records): changed on its question page instead.
   */
  fixed?: true;
}

/** "Yours sincerely", room to sign, then the name and any "on behalf of" lines. */
export interface SignatureBlock {
  kind: "signature";
  id: string;
  closing: string;
  lines: string[];
}

export type LetterBlock = AddressBlock | DateBlock | HeadingBlock | ParagraphBlock | ListBlock | SignatureBlock;

/**
 * A document: one of the letters, or the consent form someone writing for the patient offers beside
 * the letter (templates/shared/consent-form.ts), rendered the same ways. `Id` names what made it (a
 * letter id, or "consent-form"); renderers need no more than a string.
 */
export interface LetterDocument<Id extends string = string> {
  templateId: Id;
  /** Document title, for the PDF and DOCX properties and the preview. */
  title: string;
  /** Who the letter is from, for the document properties. */
  author: string;
  /** One line saying what the letter asks for, for the document properties. */
  subject: string;
  /** BCP 47 language tag. */
  language: string;
  /**
   * Words of the paged files (PDF and Word) themselves: "Page {page} of {total}" at the foot of
   * each page of a long letter; `continuation`, at the head of every page after the first, says
   * whose letter it is ("Ian Ross – CHI number: 943 476 5919"); and who made the file.
   */
  furniture: { pageOf: string; continuation: string; producer: string; madeWith: string };
  blocks: LetterBlock[];
}

/** Blocks a user may reword in the browser: every block with an id and words of its own. */
export type EditableBlock = AddressBlock | HeadingBlock | ParagraphBlock | ListBlock | SignatureBlock;

export function isEditable(block: LetterBlock): block is EditableBlock {
  return block.kind !== "date" && !(block.kind === "list" && block.fixed);
}

/** Exhaustiveness guard used at the end of every renderer's switch over block kinds. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled letter block: ${JSON.stringify(value)}`);
}
