import type { Field, FieldOf } from "../kit";
import { checkCheckboxes } from "./checkboxes.check";
import { checkDate } from "./date.check";
import { checkGroup } from "./group.check";
import { checkCode, checkOrganisation } from "./organisation.check";
import { checkPresence } from "./presence.check";
import { checkRadios } from "./radios.check";
import { checkText } from "./text.check";
import { checkTextarea } from "./textarea.check";
import { checkTick } from "./tick.check";
import type { FieldCheck } from "./types";

/**
 * How each kind of field is checked, by its `kind`: the half of a kind loaded with the page's
 * checks (lib/journey/check-page.ts, after the page has shown itself), not with the page.
 */
export const FIELD_CHECKS: { readonly [K in Field["kind"]]: FieldCheck<FieldOf<K>> } = {
  text: checkText,
  textarea: checkTextarea,
  date: checkDate,
  radios: checkRadios,
  presence: checkPresence,
  checkboxes: checkCheckboxes,
  tick: checkTick,
  group: checkGroup,
  organisation: checkOrganisation,
  code: checkCode,
};

/** The check of this field's kind. */
export function checkOf<F extends Field>(field: F): FieldCheck<F> {
  // As kindOf (./index.ts): the entry for F's kind is F's, which TypeScript cannot follow.
  return FIELD_CHECKS[field.kind] as unknown as FieldCheck<F>;
}
