import type { FormValues } from "@/lib/journey/form-values";

/**
 * What was typed or chosen on a question page before it had its starting values: the page is in
 * its static HTML, so it can be typed into before its script has run and read the draft. Found by
 * what each input holds against what the HTML gave it (`defaultValue`, `defaultChecked`), so no
 * kind of question needs a reader of its own. A choice made is made the input's default, so that
 * the form, registering the input with no starting value of its own, reads the choice from it
 * rather than clearing it (react-hook-form reads an input whose value it was not given).
 */
export function typedBeforeFilling(form: HTMLFormElement | null): Set<string> {
  const typed = new Set<string>();
  if (!form) return typed;
  const inputs = [...form.elements].filter(
    (e): e is HTMLInputElement | HTMLTextAreaElement => e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement,
  );
  for (const input of inputs) {
    if (!input.name) continue;
    const checkable = input instanceof HTMLInputElement && (input.type === "radio" || input.type === "checkbox");
    const changed = checkable ? input.checked !== input.defaultChecked : input.value !== input.defaultValue;
    if (changed) typed.add(input.name);
  }
  for (const input of inputs)
    if (typed.has(input.name) && input instanceof HTMLInputElement && (input.type === "radio" || input.type === "checkbox"))
      input.defaultChecked = input.checked;
  return typed;
}

/** The form's values without those at these names (dotted for a part: "dateOfBirth.day"), which the form then reads from its inputs. */
export function withoutValues(values: FormValues, names: ReadonlySet<string>): FormValues {
  const out: FormValues = structuredClone(values);
  for (const name of names) {
    const path = name.split(".");
    let at: Record<string, unknown> | undefined = out;
    for (const key of path.slice(0, -1)) at = at && typeof at[key] === "object" && at[key] !== null ? (at[key] as Record<string, unknown>) : undefined;
    if (at) at[path.at(-1)!] = undefined;
  }
  return out;
}
