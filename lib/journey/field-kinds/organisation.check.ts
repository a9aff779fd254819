import type { CodeField, OrganisationField } from "../kit";
import { checkTyped, isBlank } from "./text.check";
import type { FieldCheck } from "./types";

/** The name is checked as typed words; its code is checked by its own part (./organisation.ts). */
export const checkOrganisation: FieldCheck<OrganisationField> = (field, values, c) => checkTyped(field, values[field.name], c);

/** A code: blank takes it out (a name typed, not picked); otherwise the answers' own check for a code. */
export const checkCode: FieldCheck<CodeField> = (field, values, c) => {
  if (isBlank(values[field.name])) c.write(field, undefined);
  else c.answer(field, values[field.name]);
};
