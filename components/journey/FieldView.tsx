"use client";

import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import { blankOf, hasInput, hiddenBy, isAsked } from "@/lib/journey/fields";
import type { Field } from "@/lib/journey/kit";
import { viewOf } from "./fields";
import type { FieldViewContext } from "./fields/types";

/** One question of a page, drawn from its definition and its words by its kind's view (./fields/). */
export function FieldView({ field, view }: { field: Field; view: FieldViewContext }) {
  if (!isAsked(field, view.ctx)) return null;
  if (field.hiddenWhen) return <DependentField field={field} view={view} when={field.hiddenWhen} />;
  return <FieldOfKind field={field} view={view} />;
}

/** A question another answer on the page can hide: it watches that answer, and keeps nothing while hidden. */
function DependentField({ field, view, when }: { field: Field; view: FieldViewContext; when: NonNullable<Field["hiddenWhen"]> }) {
  const answer = useWatch({ control: view.form.control, name: when.field });
  const hidden = hiddenBy(field, () => answer);
  const { setValue } = view.form;
  useEffect(() => {
    if (hidden && hasInput(field)) setValue(field.name, blankOf(field));
  }, [hidden, field, setValue]);
  return hidden ? null : <FieldOfKind field={field} view={view} />;
}

function FieldOfKind({ field, view }: { field: Field; view: FieldViewContext }) {
  const View = viewOf(field);
  return <View field={field} view={view} Question={FieldView} />;
}
