import type { Format } from "@/messages/format";
import type { Text } from "@/messages/types";
import type { Field } from "../kit";
import type { FieldWords, PageWords } from "../words";

/**
 * What a kind of field is, in two halves: the engine half (`<kind>.ts`, in ./index.ts: its input,
 * the questions inside it, its rows on check answers), loaded with every question page and so
 * zod-free; and its check (`<kind>.check.ts`, in ./checks.ts), loaded with the page's checks
 * after the page has shown itself. Its view is components/journey/fields/. Each registry is keyed
 * by every kind in `Field`, so a kind one of them lacks fails type checking.
 */
export interface FieldKind<F extends Field> {
  /** What its input holds; null: it has no input of its own (a group's lines have theirs). */
  input: FieldInput<F> | null;
  /** The questions always shown with it (a group's lines). */
  parts?(field: F): readonly Field[];
  /** The questions shown under a choice while it is chosen. */
  reveals?(field: F): Readonly<Record<string, readonly Field[]>>;
  /** The choices it offers, each with its words. */
  options?(field: F): readonly string[];
  /** Kept by the page without being asked (a hidden input): it has no words of its own. */
  hidden?: true;
  /** How its answer reads on check answers: its row, and the rows of the questions it shows. */
  summary(field: F, answer: unknown, s: SummaryKit): SummaryRow[];
}

export interface FieldInput<F extends Field> {
  /** What the input holds when the question is not answered. */
  blank(): unknown;
  /** The input's value read from the answer, with no zod; anything of the wrong kind reads as not answered. */
  read(field: F, answer: unknown, page: { answered: boolean }): unknown;
}

/** One row of the check-answers list. `value` undefined shows "Not provided" (or "Not answered yet"). */
export interface SummaryRow {
  key: string;
  value: string | string[] | undefined;
  /** The field the row is about, for the Change link. */
  field: string;
  /** Left blank, the letter does without it: check answers leaves the row out. */
  optional: boolean;
}

/** What a field's summary is written with. */
export interface SummaryKit {
  /** The field's row with this value. */
  row(value: SummaryRow["value"]): SummaryRow;
  /** A choice of this field as check answers says it. */
  option(value: string): string | undefined;
  /** This field's words. */
  words: FieldWords | undefined;
  t(text: Text): string;
  format: Format;
  /** The page has been answered (a question left unanswered there was answered "no"). */
  answered: boolean;
  /** The rows of questions inside this one. */
  rows(fields: readonly Field[]): SummaryRow[];
  /** Another field's answer (a group's line). */
  answerOf(field: Field): unknown;
}

/** How a field's input is checked and its answer written: `values` are the page's form values, by field name. */
export type FieldCheck<F extends Field> = (field: F, values: Readonly<Record<string, unknown>>, c: FieldChecker) => void;

/** What a field's check reports its problems and writes its answer with (lib/journey/check-page.ts). */
export interface FieldChecker {
  /** Not answered: the page's own words for it, or the answers' words for its path. */
  required(field: Field): void;
  problem(field: Field, message: string): void;
  /** Writes the answer as it is; undefined takes it out. */
  write(field: Field, value: unknown): void;
  /** Checks the answer with the answers schema's own check for its path, and writes it if it passes. */
  answer(field: Field, value: unknown): void;
  /** Leaves a question inside this one unchecked: this one has answered for it (an optional address left blank). */
  settle(field: Field): void;
  /** The field's name inside other messages. */
  label(field: Field): string;
  /** Words in the page's voice, with these values; "" when the page is checked without words. */
  t(text: Text | undefined, params?: Record<string, string | number>): string;
  /** Items as a list in words ("day and year"). */
  list(items: readonly string[]): string;
  /** The form's words (the date input's messages); undefined when the page is checked without words. */
  readonly form: PageWords["form"] | undefined;
}
