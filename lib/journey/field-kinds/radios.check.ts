import type { RadiosField } from "../kit";
import type { FieldCheck } from "./types";

/** One of the field's choices, or not answered; a Yes/No is written as true or false. */
export const checkRadios: FieldCheck<RadiosField> = (field, values, c) => {
  const raw = values[field.name];
  const chosen = typeof raw === "string" && field.options.includes(raw) ? raw : undefined;
  if (chosen === undefined && !field.optional) c.required(field);
  c.write(field, chosen === undefined ? undefined : field.boolean ? chosen === "yes" : chosen);
};
