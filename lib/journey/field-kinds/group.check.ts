import type { GroupField } from "../kit";
import { isBlank } from "./text.check";
import type { FieldCheck } from "./types";

/** Its lines are checked as questions of their own; an optional group (the GP practice's address) is all or nothing. */
export const checkGroup: FieldCheck<GroupField> = (field, values, c) => {
  if (!field.optional || !field.fields.every((line) => isBlank(values[line.name]))) return;
  for (const line of field.fields) c.settle(line);
  c.write(field, undefined);
};
