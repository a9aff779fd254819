import type { ComponentType } from "react";
import type { Field, FieldOf } from "@/lib/journey/kit";
import { CheckboxesView } from "./CheckboxesView";
import { CodeView } from "./CodeView";
import { ChoiceView } from "./ChoiceView";
import { DateView } from "./DateView";
import { GroupView } from "./GroupView";
import { OrganisationView } from "./OrganisationView";
import { TextareaView } from "./TextareaView";
import { TextView } from "./TextView";
import { TickView } from "./TickView";
import type { FieldViewProps } from "./types";

/** How each kind of field is drawn, by its `kind` (its engine half is lib/journey/field-kinds/). */
export const FIELD_VIEWS: { readonly [K in Field["kind"]]: ComponentType<FieldViewProps<FieldOf<K>>> } = {
  text: TextView,
  textarea: TextareaView,
  date: DateView,
  radios: ChoiceView,
  presence: ChoiceView,
  checkboxes: CheckboxesView,
  tick: TickView,
  group: GroupView,
  organisation: OrganisationView,
  code: CodeView,
};

/** The view of this field's kind. */
export function viewOf<F extends Field>(field: F): ComponentType<FieldViewProps<F>> {
  // As kindOf (lib/journey/field-kinds): the entry for F's kind is F's, which TypeScript cannot follow.
  return FIELD_VIEWS[field.kind] as unknown as ComponentType<FieldViewProps<F>>;
}
