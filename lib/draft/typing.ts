import { KEY_PREFIX } from "./format";
import { MAX_DRAFT_CHARS, scanJson } from "./json-bounds";
import type { StorageLike } from "./storage";

/**
 * What is typed on a question page and not yet sent on, kept beside the draft (in the same store,
 * so a shared device keeps it only for the tab, and "Delete my answers" takes it with the rest)
 * until the page is submitted: a reload, a dropped connection or a phone that closes the tab in
 * the background does not lose it.
 */
export const TYPING_KEY_PREFIX = `${KEY_PREFIX}typing:`;

const keyFor = (page: string) => `${TYPING_KEY_PREFIX}${page}`;

type Values = Record<string, unknown>;
const isRecord = (value: unknown): value is Values => typeof value === "object" && value !== null && !Array.isArray(value);

/** The same kind of value as the page's own: text for text, the parts of a date for a date, and so on. */
function sameKind(typed: unknown, own: unknown): boolean {
  if (own === null || typeof own === "string") return typed === null || typeof typed === "string";
  if (typeof own === "boolean") return typeof typed === "boolean";
  if (Array.isArray(own)) return Array.isArray(typed) && typed.every((item) => typeof item === "string");
  if (isRecord(own)) return isRecord(typed) && Object.keys(own).every((key) => sameKind(typed[key], own[key]));
  return false;
}

/**
 * The page's values with what was typed on it laid over them: only the page's own fields, and
 * only values of the kind each holds (anything else in the store is not ours to trust). The page's
 * values themselves when nothing was kept or it cannot be read.
 */
export function withTyping(store: StorageLike | null, page: string, values: Values): Values {
  let raw: unknown;
  try {
    const text = store?.getItem(keyFor(page));
    // Bounded before it is parsed, as the draft is (./json-bounds.ts): what cannot be answers is not read.
    if (!text || text.length > MAX_DRAFT_CHARS || !scanJson(text).ok) return values;
    raw = JSON.parse(text);
  } catch {
    return values;
  }
  if (!isRecord(raw)) return values;
  const out: Values = { ...values };
  for (const key of Object.keys(values)) if (Object.hasOwn(raw, key) && sameKind(raw[key], values[key])) out[key] = raw[key];
  return out;
}

/** Keeps what is typed on a page; nothing is kept when it is what the page started with. */
export function keepTyping(store: StorageLike | null, page: string, values: Values, started: Values): void {
  try {
    if (JSON.stringify(values) === JSON.stringify(started)) store?.removeItem(keyFor(page));
    else store?.setItem(keyFor(page), JSON.stringify(values));
  } catch {
    // A full store keeps the draft first: typing not kept is typing the page still shows.
  }
}

/** Forgets a page's typing once its answers are in the draft. */
export function forgetTyping(store: StorageLike | null, page: string): void {
  try {
    store?.removeItem(keyFor(page));
  } catch {
    // Nothing to do: a store that cannot be written to kept nothing either.
  }
}
