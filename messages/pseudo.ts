import { NOT_WORDS } from "./types";

/**
 * The pseudo-locale: every string of a catalogue wrapped in marks, so a page that shows any word
 * outside the marks is showing words that did not come from the catalogue (the browser test in
 * tests/e2e/pseudo-locale.spec.ts). Placeholders stay as they are, so `{name}` is still filled.
 */
export const PSEUDO_MARKS = { open: "⟦", close: "⟧" } as const;
export const PSEUDO_TAG = "en-GB-x-pseudo";

function mark(value: unknown, key?: string): unknown {
  if (key !== undefined && NOT_WORDS.has(key)) return value;
  if (typeof value === "string") return `${PSEUDO_MARKS.open}${value}${PSEUDO_MARKS.close}`;
  if (Array.isArray(value)) return value.map((item) => mark(item));
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mark(v, k)]));
  }
  return value;
}

/** The pseudo-locale made from a real catalogue (en-GB), with its own meta. */
export function pseudoCatalogue<T extends { meta: object }>(catalogue: T): T {
  const marked = mark(catalogue) as T;
  return { ...marked, meta: { ...catalogue.meta, tag: PSEUDO_TAG, marks: PSEUDO_MARKS } };
}
