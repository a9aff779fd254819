import type { Field, TextField } from "../kit";
import type { FieldCheck, FieldChecker } from "./types";

export const isBlank = (value: unknown) => typeof value !== "string" || value.trim() === "";

/** Typed words: blank is not answered (fine when optional), anything else the answer's own check. */
export function checkTyped(field: Field & { optional?: boolean }, raw: unknown, c: FieldChecker): void {
  if (isBlank(raw)) {
    if (!field.optional) c.required(field);
    c.write(field, undefined);
  } else {
    c.answer(field, raw);
  }
}

export const checkText: FieldCheck<TextField> = (field, values, c) => checkTyped(field, values[field.name], c);
