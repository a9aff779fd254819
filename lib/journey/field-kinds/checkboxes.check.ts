import type { CheckboxesField } from "../kit";
import type { FieldCheck } from "./types";

/** The ticked choices, in the field's order (one ticked box reaches the form as a string); at least `min` if it has one. */
export const checkCheckboxes: FieldCheck<CheckboxesField> = (field, values, c) => {
  const raw = values[field.name];
  const list = Array.isArray(raw) ? raw : typeof raw === "string" && raw ? [raw] : [];
  const ticked = field.options.filter((option) => list.includes(option));
  if (field.min !== undefined && ticked.length < field.min) c.required(field);
  c.write(field, ticked);
};
