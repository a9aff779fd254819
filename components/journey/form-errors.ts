import type { FieldErrors } from "react-hook-form";
import { valueAt } from "@/lib/dotted-path";

export interface FieldError {
  /** The field's name, dotted for nested fields ("dateOfBirth"). */
  name: string;
  message: string;
}

/** The form's nested errors as a flat list, in the order the checks reported them. */
export function errorList(errors: FieldErrors, prefix = ""): FieldError[] {
  const list: FieldError[] = [];
  for (const [key, value] of Object.entries(errors)) {
    if (!value || typeof value !== "object") continue;
    const name = prefix ? `${prefix}.${key}` : key;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && message) list.push({ name, message });
    else if (key !== "ref") list.push(...errorList(value as FieldErrors, name));
  }
  return list;
}

/** The message for one field, for the inline error. */
export function errorFor(errors: FieldErrors, name: string): string | undefined {
  const message = valueAt(errors, `${name}.message`);
  return typeof message === "string" && message ? message : undefined;
}

/** The id of the button the "checks could not load" error is shown against. */
export const SUBMIT_ID = "continue";
