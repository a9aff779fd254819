import { valueAt } from "@/lib/dotted-path";
import type { FormValues } from "@/lib/journey/form-values";

type Input = HTMLInputElement | HTMLTextAreaElement;

const checkable = (input: Input): input is HTMLInputElement => input instanceof HTMLInputElement && (input.type === "radio" || input.type === "checkbox");

/**
 * What was typed or chosen on a question page before it had its starting values: the page is in
 * its static HTML, so it can be typed into before its script has run and read the draft. Found by
 * what each input holds against what the HTML gave it (`defaultValue`, `defaultChecked`), and read
 * in the shape of the page's blank value at its name (`blank`: a choice is the option chosen or
 * null, boxes the options ticked, a tick whether it is ticked, anything else its text), so no kind
 * of question needs a reader of its own.
 */
export function typedBeforeFilling(form: HTMLFormElement | null, blank: FormValues): Map<string, unknown> {
  const typed = new Map<string, unknown>();
  if (!form) return typed;
  const inputs = [...form.elements].filter((e): e is Input => e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement);
  const changed = inputs.filter((input) => (checkable(input) ? input.checked !== input.defaultChecked : input.value !== input.defaultValue));
  for (const { name } of changed) {
    const shape = valueAt(blank, name);
    // Only the form's own inputs.
    if (!name || shape === undefined || typed.has(name)) continue;
    const own = inputs.filter((input) => input.name === name);
    const ticked = own.filter((input) => checkable(input) && input.checked).map((input) => input.value);
    if (Array.isArray(shape)) typed.set(name, ticked);
    else if (typeof shape === "boolean") typed.set(name, ticked.length > 0);
    else if (own.some(checkable)) typed.set(name, ticked[0] ?? null);
    else typed.set(name, own[0]!.value);
  }
  return typed;
}

/** The form's values with these put in, at their names (dotted for a part: "dateOfBirth.day"). */
export function withTyped(values: FormValues, typed: ReadonlyMap<string, unknown>): FormValues {
  const out: FormValues = structuredClone(values);
  for (const [name, value] of typed) {
    const path = name.split(".");
    let at: Record<string, unknown> | undefined = out;
    for (const key of path.slice(0, -1)) at = at && typeof at[key] === "object" && at[key] !== null ? (at[key] as Record<string, unknown>) : undefined;
    if (at) at[path.at(-1)!] = value;
  }
  return out;
}
