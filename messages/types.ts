/**
 * The shapes a catalogue's words take. Catalogues are data only (strings, lists and small
 * objects), so a translator can work on them, a server page can hand them to the browser as
 * props, and the pseudo-locale can be made from them mechanically (./pseudo.ts).
 *
 * - `{name}` in a string is filled in by the formatter (./format.ts) from the parameters given.
 * - {@link Voiced}: a sentence that reads differently when someone is writing for the patient.
 * - {@link Plural}: a sentence that depends on a number, chosen with Intl.PluralRules.
 * - {@link Rich}: a sentence with bold parts or links, for the content pages.
 */

/**
 * Who the words speak to or for. On the question pages: the patient themselves ("self"), or
 * someone writing for them ("helper"). In a letter someone else writes, the patient is "she",
 * "he", "they" or named each time ("name"), as the writer chose.
 */
export type Voice = "self" | "helper" | Person;
export type Person = "she" | "he" | "they" | "name";

export interface Voiced {
  self: string;
  helper: string;
}

/** A letter's sentence, as the patient writes it and as someone writing for them does. */
export interface PersonVoiced {
  self: string;
  she: string;
  he: string;
  they: string;
  name: string;
}

/** A sentence only someone writing for the patient says ("I am writing for my wife…"). */
export interface ThirdPerson {
  she: string;
  he: string;
  they: string;
  name: string;
}

/** Words that may read differently for someone writing for the patient. */
export type Text = string | Voiced | PersonVoiced | ThirdPerson;

/** Intl.PluralRules categories; English needs `one` and `other`. */
export interface Plural {
  zero?: string;
  one: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

/** Part of a rich sentence: plain words, bold words, or a link to one of our own pages. */
export type RichPart = string | { strong: string } | { text: string; href: string };
export type Rich = string | readonly RichPart[];

/** Keys whose values are addresses or identifiers, never words: the pseudo-locale leaves them alone. */
export const NOT_WORDS = new Set(["href", "url", "slug", "tag", "lastChecked", "sourceIds", "routesFor", "anchor"]);

/** The language of a catalogue: its BCP 47 tag, and for the pseudo-locale the marks it adds. */
export interface CatalogueMeta {
  tag: string;
  /** Wraps every formatted date, list and number, as the pseudo-locale wraps every string. */
  marks?: { open: string; close: string };
  /**
   * Dates and lists written from these words rather than by Intl, for a language whose Intl data a
   * browser may lack: Chromium's own ICU data has no Welsh, and there Intl writes Welsh dates and
   * lists in English ("Tuesday, December 8, 2026", "x, y, and z"). The patterns are CLDR's, as Intl
   * (with full ICU data, as in Node) writes them: `{day}`, `{month}`, `{year}`, `{weekday}`,
   * `{time}`; a list's `{0}` and `{1}`.
   */
  own?: {
    months: readonly string[];
    weekdays: readonly string[];
    date: string;
    dayDate: string;
    dateTime: string;
    lists: Record<"and" | "or" | "parts", { two: string; end: string; middle: string }>;
  };
}
