import { KEY_PREFIX } from "./format";
import { MAX_DRAFT_CHARS, scanJson } from "./json-bounds";
import type { StorageLike } from "./storage";

/**
 * What is typed on a question page and not yet sent on, kept until the page is submitted: a
 * reload, a dropped connection or a phone that discards the tab in the background does not lose
 * it. Kept for this tab alone (DraftTab's typing store: the tab's session storage on the user's
 * own device, the page's memory on a shared one), so another tab on the same page neither
 * overwrites it nor deletes it when it saves.
 *
 * Only the fields this tab changed are kept, each with the value it started from: when another
 * tab saves the same page, this tab's changes go over the new answers field by field, and a field
 * both changed differently is named (`behind`), so the person is told and offered both.
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

/** Form values compared as the page holds them (plain data: text, parts of dates, lists of choices). */
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A page's typing as kept: the fields changed, each as typed (`to`) and as the page had it then (`from`). */
type Kept = Record<string, { from: unknown; to: unknown }>;

/** What a page starts with: its values with this tab's typing over them, and the fields where another tab saved something else meanwhile. */
export interface WithTyping {
  shown: Values;
  /** Fields this tab changed that another tab has since saved differently: the page shows this tab's, and offers the saved one. */
  behind: string[];
}

function readKept(store: StorageLike | null, page: string): Kept | null {
  let raw: unknown;
  try {
    const text = store?.getItem(keyFor(page));
    // Bounded before it is parsed, as the draft is (./json-bounds.ts): what cannot be answers is not read.
    if (!text || text.length > MAX_DRAFT_CHARS || !scanJson(text).ok) return null;
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (!isRecord(raw) || !isRecord(raw.fields)) return null;
  const kept: Kept = {};
  for (const [name, change] of Object.entries(raw.fields)) {
    if (isRecord(change) && Object.hasOwn(change, "to")) kept[name] = { from: change.from, to: change.to };
  }
  return kept;
}

/**
 * The page's values with what this tab typed on it laid over them: only the page's own fields,
 * only values of the kind each holds (anything else in the store is not ours to trust), and only
 * the fields this tab changed. A field saved since (by another tab) as something other than what
 * this tab started from and typed is `behind`.
 */
export function withTyping(store: StorageLike | null, page: string, values: Values): WithTyping {
  const kept = readKept(store, page);
  const shown: Values = { ...values };
  const behind: string[] = [];
  if (!kept) return { shown, behind };
  for (const key of Object.keys(values)) {
    const change = Object.hasOwn(kept, key) ? kept[key]! : undefined;
    if (!change || !sameKind(change.to, values[key])) continue;
    shown[key] = change.to;
    if (!same(values[key], change.from) && !same(values[key], change.to)) behind.push(key);
  }
  return { shown, behind };
}

/**
 * Keeps what is typed on a page: the fields that differ from what the page started with (`started`,
 * the saved answers it was drawn from), each with that starting value. Nothing is kept when
 * nothing differs.
 */
export function keepTyping(store: StorageLike | null, page: string, values: Values, started: Values): void {
  const fields: Kept = {};
  for (const [key, value] of Object.entries(values)) {
    if (Object.hasOwn(started, key) && !same(value, started[key])) fields[key] = { from: started[key], to: value };
  }
  try {
    if (Object.keys(fields).length === 0) store?.removeItem(keyFor(page));
    else store?.setItem(keyFor(page), JSON.stringify({ fields }));
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

/** Whether a store holds typing of any page. */
export function hasTyping(store: StorageLike | null): boolean {
  try {
    if (!store) return false;
    for (let i = 0; i < store.length; i++) if (store.key(i)?.startsWith(TYPING_KEY_PREFIX)) return true;
  } catch {
    // A store that cannot be read holds nothing we can lose.
  }
  return false;
}

/** Every page's typing in a store: moved to another (`to`), or only forgotten when `to` is null. */
export function moveTyping(from: StorageLike | null, to: StorageLike | null): void {
  if (!from || from === to) return;
  try {
    const keys: string[] = [];
    for (let i = 0; i < from.length; i++) {
      const key = from.key(i);
      if (key?.startsWith(TYPING_KEY_PREFIX)) keys.push(key);
    }
    for (const key of keys) {
      const value = from.getItem(key);
      try {
        if (value !== null) to?.setItem(key, value);
      } catch {
        // Typing that does not fit where it moves goes: the page that showed it still shows it.
      }
      from.removeItem(key);
    }
  } catch {
    // A store that cannot be read holds nothing we can move.
  }
}
