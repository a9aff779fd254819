/**
 * Takes out blanks: empty strings, undefined and null, and objects left empty by that.
 * Lists are kept (an empty list is an answer: "none of these"), without blank items.
 * Used on every saved answer, so "not answered" looks the same everywhere: missing.
 */
export function stripEmpty<T>(value: T): T | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === "string") return (value.trim() === "" ? undefined : value) as T | undefined;
  if (Array.isArray(value)) {
    return value.map((v) => stripEmpty(v)).filter((v) => v !== undefined) as T;
  }
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      const cleaned = stripEmpty(v);
      // A plain data property even for "__proto__" (an answer this version does not know, kept).
      if (cleaned !== undefined) Object.defineProperty(out, k, { value: cleaned, enumerable: true, writable: true, configurable: true });
    }
    return (Object.keys(out).length ? out : undefined) as T | undefined;
  }
  return value;
}
