import type { CatalogueMeta, Plural, Text, Voice } from "./types";

/** Values a message's `{name}` placeholders are filled with. */
export type Params = Readonly<Record<string, string | number>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/**
 * Fills a message's `{name}` placeholders. A placeholder with no value is a mistake in the code
 * or the catalogue, never something to print: it throws, so tests find it.
 */
export function fill(message: string, params: Params = {}): string {
  return message.replace(PLACEHOLDER, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for {${name}} in "${message}"`);
    return String(value);
  });
}

/** The placeholders a message uses, for the tests that compare catalogues. */
export function placeholders(message: string): string[] {
  return [...message.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

/**
 * The words for a voice. A question page's words have only "self" and "helper"; a letter's have
 * a form for each way of naming the patient, and a question page speaking of the patient
 * ("helper") reads them as "name".
 */
export function pick(text: Text, voice: Voice = "self"): string {
  if (typeof text === "string") return text;
  if (voice in text) return (text as unknown as Record<string, string>)[voice]!;
  if ("helper" in text) return text.helper;
  return (text as { name: string }).name;
}

/**
 * The formatter for one language: messages with their placeholders filled, and the numbers,
 * lists and dates code would otherwise write in English, through Intl. Nothing here knows a
 * word of any language.
 */
export interface Format {
  tag: string;
  /** A message for this voice, placeholders filled. */
  t(text: Text, params?: Params, voice?: Voice): string;
  /** The form of a message for `count` (which also fills `{count}`). */
  plural(message: Plural, count: number, params?: Params): string;
  /** "a, b and c" (or "a, b or c"; or "a, b, c" for the parts of one thing, such as an address), in the language's own way. */
  list(items: readonly string[], kind?: "and" | "or" | "parts"): string;
  /** An ISO calendar date ("2026-11-25") as a letter writes it ("25 November 2026"). */
  date(iso: string): string;
  /** The same date with its day of the week ("Wednesday 6 January 2027"), for pages that count days. */
  dayDate(iso: string): string;
  /** A moment on the user's own clock: "25 November 2026 at 10:14". */
  dateTime(moment: Date): string;
  number(value: number): string;
}

const cache = new Map<string, Format>();

export function formatFor(meta: CatalogueMeta): Format {
  const key = `${meta.tag}${meta.marks ? `|${meta.marks.open}${meta.marks.close}` : ""}`;
  let format = cache.get(key);
  if (!format) {
    format = createFormat(meta);
    cache.set(key, format);
  }
  return format;
}

function utcDay(iso: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new Error(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** A value made the first time it is asked for, then kept. */
function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * Welsh "and" is "a" before a consonant and "ac" before a vowel ("llythyrau a sganiau", "llythyrau
 * ac adroddiadau"); Intl.ListFormat("cy") writes ", a(c)" and leaves the choice to the reader.
 * Welsh writes no comma before it.
 */
const WELSH_AND = /,? a\(c\) (?=(\S))/gu;
const WELSH_VOWEL = /^[aeiouwyâêîôûŵŷáéíóúẃýàèìòùẁỳäëïöüẅÿ]/iu;
export function welshAnd(text: string): string {
  return text.replace(WELSH_AND, (_, next: string) => (WELSH_VOWEL.test(next) ? " ac " : " a "));
}

/** A list in a language's own patterns (`CatalogueMeta.own`): the first two joined by `middle`, or `two` for two; the last by `end`. */
function ownList(items: readonly string[], { two, middle, end }: { two: string; middle: string; end: string }): string {
  const join = (pattern: string, a: string, b: string) => pattern.replace("{0}", () => a).replace("{1}", () => b);
  if (items.length === 1) return items[0]!;
  if (items.length === 2) return join(two, items[0]!, items[1]!);
  let listed = items[0]!;
  for (const item of items.slice(1, -1)) listed = join(middle, listed, item);
  return join(end, listed, items.at(-1)!);
}

/** Dates in a language's own words (`CatalogueMeta.own`), as Intl writes them with full ICU data. */
function ownDates(own: NonNullable<CatalogueMeta["own"]>) {
  const parts = (day: Date, utc: boolean) => ({
    day: String(utc ? day.getUTCDate() : day.getDate()),
    month: own.months[utc ? day.getUTCMonth() : day.getMonth()]!,
    year: String(utc ? day.getUTCFullYear() : day.getFullYear()),
    weekday: own.weekdays[utc ? day.getUTCDay() : day.getDay()]!,
    time: `${String(day.getHours()).padStart(2, "0")}:${String(day.getMinutes()).padStart(2, "0")}`,
  });
  return {
    date: (day: Date) => fill(own.date, parts(day, true)),
    dayDate: (day: Date) => fill(own.dayDate, parts(day, true)),
    dateTime: (moment: Date) => fill(own.dateTime, parts(moment, false)),
  };
}

function createFormat({ tag, marks, own }: CatalogueMeta): Format {
  // The pseudo-locale (en-GB-x-pseudo) formats as en-GB does, then marks what Intl wrote.
  const locale = tag;
  const mark = (s: string) => (marks ? `${marks.open}${s}${marks.close}` : s);
  // Each Intl object is made the first time it is needed: the first of them loads the language's
  // data, and a letter needs only some of them (a cold start of the command line pays for each).
  const plurals = lazy(() => new Intl.PluralRules(locale));
  const numbers = lazy(() => new Intl.NumberFormat(locale));
  const lists = {
    and: lazy(() => new Intl.ListFormat(locale, { type: "conjunction" })),
    or: lazy(() => new Intl.ListFormat(locale, { type: "disjunction" })),
    parts: lazy(() => new Intl.ListFormat(locale, { type: "unit", style: "short" })),
  };
  // Calendar dates are days, not moments: formatted in UTC so no time zone moves them.
  const dates = lazy(() => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  const dayDates = lazy(() => new Intl.DateTimeFormat(locale, { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }));
  const moments = lazy(() => new Intl.DateTimeFormat(locale, { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit" }));
  const number = (value: number) => mark(numbers().format(value));
  return {
    tag,
    t: (text, params, voice) => fill(pick(text, voice), params),
    plural: (message, count, params) => fill(message[plurals().select(count) as keyof Plural] ?? message.other, { ...params, count: number(count) }),
    list: (items, kind = "and") => {
      if (items.length === 0) return "";
      const listed = own ? ownList(items, own.lists[kind]) : lists[kind]().format(items);
      return mark(locale === "cy" ? welshAnd(listed) : listed);
    },
    date: (iso) => mark(own ? ownDates(own).date(utcDay(iso)) : dates().format(utcDay(iso))),
    dayDate: (iso) => mark(own ? ownDates(own).dayDate(utcDay(iso)) : dayDates().format(utcDay(iso))),
    dateTime: (moment) => mark(own ? ownDates(own).dateTime(moment) : moments().format(moment)),
    number,
  };
}
