"use client";

import { useEffect } from "react";
import { useWatch } from "react-hook-form";
import { blankOf, hasInput, hiddenBy, isAsked } from "@/lib/journey/fields";
import type { Field } from "@/lib/journey/kit";
import { ByFacts } from "./ByFacts";
import { viewOf } from "./fields";
import type { FieldViewContext } from "./fields/types";
import { useJourney } from "./JourneyProvider";

/**
 * One question of a page, drawn from its definition and its words by its kind's view (./fields/).
 * A question only some letters or writers are asked is drawn, before the draft is read, marked with
 * the letters and writers it is for (./ByFacts.tsx), in a box that stays once the draft is read.
 */
export function FieldView({ field, view }: { field: Field; view: FieldViewContext }) {
  const { config, letterIds } = useJourney();
  if (!field.when) return <ShownField field={field} view={view} />;
  const asked = (facts: Parameters<Parameters<typeof ByFacts>[0]["keyOf"]>[0]) =>
    isAsked(field, { letter: facts.letter === "none" ? undefined : config.letters[facts.letter], voice: facts.voice }) ? "asked" : "";
  return (
    <ByFacts facts={["letter", "voice"]} letters={letterIds} keyOf={asked}>
      {(facts, marks) =>
        asked(facts) ? (
          <div className="app-asked" {...marks}>
            <ShownField field={field} view={view} />
          </div>
        ) : null
      }
    </ByFacts>
  );
}

function ShownField({ field, view }: { field: Field; view: FieldViewContext }) {
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
