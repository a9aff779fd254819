import type { Field, FieldOf } from "../kit";
import { checkboxes } from "./checkboxes";
import { date } from "./date";
import { group } from "./group";
import { code, organisation } from "./organisation";
import { presence } from "./presence";
import { radios } from "./radios";
import { text } from "./text";
import { textarea } from "./textarea";
import { tick } from "./tick";
import type { FieldKind } from "./types";

/** Every kind of field a question page is made of, by its `kind` (./types.ts says what a kind is). */
export const FIELD_KINDS: { readonly [K in Field["kind"]]: FieldKind<FieldOf<K>> } = {
  text,
  textarea,
  date,
  radios,
  presence,
  checkboxes,
  tick,
  group,
  organisation,
  code,
};

/** The kind of this field. */
export function kindOf<F extends Field>(field: F): FieldKind<F> {
  // The registry is keyed by kind, so the entry for F's kind is F's; TypeScript cannot follow a union's key to its entry.
  return FIELD_KINDS[field.kind] as unknown as FieldKind<F>;
}
