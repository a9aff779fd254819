"use client";

import { useRef, useState } from "react";
import { TextInput } from "@/components/form/TextInput";
import { lazyModule } from "@/lib/lazy-module";
import { codeNameOf, codePart } from "@/lib/journey/field-kinds/organisation";
import type { OrganisationField } from "@/lib/journey/kit";
import { useLazyModule } from "../useLazyModule";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

/**
 * The list, and the code that offers it (./OrganisationCombobox.tsx with our list of NHS
 * organisations, about 20 KB gzip), fetched the first time the question is focused: no page
 * carries them until then, and the service worker keeps them offline.
 */
const COMBOBOX = lazyModule(() => import("./OrganisationCombobox"));

/**
 * An organisation's name, typed, with our list of NHS organisations offered as it is typed. The
 * page draws a plain text input (as it is without JavaScript, and for a name not in the list);
 * focusing it fetches the list, which then makes the same input a combobox in place, so nothing
 * typed meanwhile is lost and focus never moves (./OrganisationCombobox.tsx).
 */
export function OrganisationView({ field, view, Question }: FieldViewProps<OrganisationField>) {
  const { label, hint, error } = useFieldWords(field, view);
  const registration = view.register(field.name);
  const input = useRef<HTMLInputElement | null>(null);
  // What the input held when first focused: letters typed after it, while the list was on its way, are searched once it arrives.
  const atFocus = useRef<string | null>(null);
  const [focused, setFocused] = useState(COMBOBOX.loaded() !== null);
  return (
    <div className="app-organisation">
      <TextInput
        label={label}
        labelSize={view.pageHeading ? "l" : field.size}
        isPageHeading={view.pageHeading}
        hint={hint}
        error={error}
        // Names of places and people: a spelling checker would mark most of them.
        spellCheck={false}
        {...registration}
        ref={(element) => {
          registration.ref(element);
          input.current = element;
        }}
        onChange={(event) => {
          registration.onChange(event);
          // What is typed is the user's own name for it, until they pick again (a pick sets the name without this).
          view.form.setValue(codeNameOf(field), "", { shouldDirty: true });
        }}
        onFocus={(event) => {
          atFocus.current ??= event.target.value;
          setFocused(true);
        }}
      />
      {focused ? <Enhance field={field} view={view} input={input} atFocus={atFocus} /> : null}
      {/* The hidden input that keeps the picked organisation's code: the kind's own part. */}
      {codePart(field).map((part) => (
        <Question key={part.name} field={part} view={view} />
      ))}
    </div>
  );
}

function Enhance(props: {
  field: OrganisationField;
  view: FieldViewProps<OrganisationField>["view"];
  input: { current: HTMLInputElement | null };
  atFocus: { current: string | null };
}) {
  // Offline before the list was ever fetched, it stays a plain text input.
  const { value: loaded } = useLazyModule(COMBOBOX);
  return loaded ? <loaded.OrganisationCombobox {...props} /> : null;
}
