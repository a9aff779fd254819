/**
 * The value at a dotted path ("patient.address.town") in nested objects, or undefined where the
 * path runs out. Form values, form errors and draft answers all name their fields this way.
 */
export function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const key of path.split(".")) value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return value;
}
