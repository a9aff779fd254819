import type { TNation } from "@/lib/answers/vocabulary";
import type { Catalogue } from "@/messages/catalogue";
import type { Plural, Text } from "@/messages/types";

/**
 * The shape of a question page's words in a catalogue (messages/<language>/steps/<id>.ts): one
 * entry a field, by the field's name. What each key is for:
 * - `label`: the question (the page's h1 when the page asks one question);
 * - `hint`, `intro`: help under the question, and paragraphs before it;
 * - `required`: the message when it is not answered; `errorLabel`: its name in other messages;
 * - `summary`, `summaryValue`, `summaryNone`: how it reads on check answers;
 * - `options`: each choice's label and hint.
 */
export interface OptionWords {
  label: Text;
  hint?: Text;
  summary?: Text;
}

export interface FieldWords {
  label: Text;
  hint?: Text;
  /** A hint for one nation in place of `hint` (Scotland's CHI number starts with the date of birth). */
  nationHint?: Partial<Record<TNation, Text>>;
  intro?: readonly Text[];
  /** For a greeting worked out from a name as it is typed: "We will write “Dear {greeting},”…". */
  suggestion?: Text;
  required?: Text;
  errorLabel?: Text;
  summary?: Text;
  summaryValue?: Text;
  summaryNone?: Text;
  options?: Readonly<Record<string, OptionWords>>;
  /** For a reply-by date left blank: the date the letter asks for instead, and the bank holidays passed over. */
  replyDefault?: ReplyDefaultWords;
}

export interface ReplyDefaultWords {
  /** "…a reply by {date}. That is {days} working days after today." */
  date: Text;
  /** The bank holidays not counted, as {holidays}. */
  skipped: Plural;
  /** One of them: "{name} on {date}". */
  holiday: string;
  /** "{name} (substitute day)". */
  substitute: string;
  names: Readonly<Record<string, string>>;
}

export interface StepWords {
  title: Text;
  /** The page's name on check answers, short: "Your GP", "Reasons". */
  summary: Text;
  /** Paragraphs under the page's heading. */
  intro?: readonly Text[];
  /** More of them, only for the surgical letters. */
  surgicalIntro?: readonly Text[];
  /** In place of `intro`, for one nation. */
  nationIntro?: Partial<Record<TNation, readonly Text[]>>;
  /** A link to a guide that helps with the page's question. */
  guide?: { text: string; href: string };
  fields: Readonly<Record<string, FieldWords>>;
}

/** What checking a question page says things with. */
export type PageWords = Pick<Catalogue, "meta" | "answers" | "form"> & { step: StepWords };
