"use client";

import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { TextInput } from "@/components/form/TextInput";
import { codeNameOf, codePart } from "@/lib/journey/field-kinds/organisation";
import type { OrganisationField } from "@/lib/journey/kit";
import type { Directory, Organisation } from "@/lib/organisations/directory";
import { addressOf } from "@/lib/organisations/resolve";
import { useJourney } from "../JourneyProvider";
import { DIRECTORY, LETTERS_BEFORE_LIST, MATCHES_SHOWN } from "./organisation-search";
import type { FieldViewProps } from "./types";
import { useFieldWords } from "./useFieldWords";

interface ListState {
  matches: readonly Organisation[];
  open: boolean;
  /** The match the arrow keys are on, or -1. */
  active: number;
}

const CLOSED: ListState = { matches: [], open: false, active: -1 };

/**
 * An organisation's name, with our list of NHS organisations offered as it is typed: an ARIA 1.2
 * combobox with a listbox popup (WAI-ARIA Authoring Practices, "list autocomplete with manual
 * selection"). Focus stays in the input; the arrow keys move through the matches
 * (aria-activedescendant), Enter picks one, Escape closes the list, and what was typed is kept
 * when nothing is picked ("not in the list"). A pick fills the code and the questions the field
 * names (`fills`); typing again clears the code. Before the page's JavaScript runs, and without
 * it, this is the plain text input the server drew. The list is fetched on first focus
 * (./organisation-search.ts). Our own: the GOV.UK library drops the input's hint and error from
 * aria-describedby and writes inline styles our Content Security Policy refuses (README).
 */
export function OrganisationView({ field, view, Question }: FieldViewProps<OrganisationField>) {
  const { label, hint, error } = useFieldWords(field, view);
  const { words, format } = useJourney();
  const w = words.form.organisations;
  const id = useId();
  const listId = `${field.name}-list${id.replace(/:/g, "")}`;
  const optionId = (i: number) => `${listId}-${i}`;
  const registration = view.form.register(field.name);
  const [enhanced, setEnhanced] = useState(false);
  const [directory, setDirectory] = useState<Directory | null>(DIRECTORY.loaded);
  const [list, setList] = useState<ListState>(CLOSED);
  const [status, setStatus] = useState("");
  const typed = useRef("");

  // Enhanced only once the page's script runs: the static HTML is a plain text input.
  useEffect(() => setEnhanced(true), []);

  const load = () => {
    if (directory) return;
    DIRECTORY.load().then(
      (loaded) => {
        setDirectory(loaded);
        // Letters typed while the list was on its way are searched now.
        if (typed.current) offer(typed.current, loaded);
      },
      // Offline before the list was ever fetched: the question stays a plain text input.
      () => undefined,
    );
  };

  const offer = (value: string, from: Directory | null = directory) => {
    if (!from || value.trim().length < LETTERS_BEFORE_LIST) {
      setList(CLOSED);
      setStatus("");
      return;
    }
    const matches = from.search(value, MATCHES_SHOWN);
    setList({ matches, open: matches.length > 0, active: -1 });
    setStatus(matches.length > 0 ? format.plural(w.results, matches.length) : w.none);
  };

  const pick = (o: Organisation) => {
    const { setValue } = view.form;
    setValue(field.name, o.name, { shouldDirty: true });
    setValue(codeNameOf(field), o.code, { shouldDirty: true });
    const address = field.fills?.address ? addressOf(o) : undefined;
    if (field.fills?.address && address) {
      const names = field.fills.address;
      setValue(names.line1, address.line1, { shouldDirty: true });
      setValue(names.line2, address.line2 ?? "", { shouldDirty: true });
      setValue(names.town, address.town, { shouldDirty: true });
      setValue(names.postcode, address.postcode, { shouldDirty: true });
    }
    if (field.fills?.nation) setValue(field.fills.nation, o.nation, { shouldDirty: true });
    typed.current = o.name;
    setList(CLOSED);
    setStatus(format.t(address ? w.chosenFilled : w.chosen, { name: o.name }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const n = list.matches.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (n === 0) return;
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setList((l) => ({ ...l, open: true, active: l.open ? (l.active + step + n) % n : step === 1 ? 0 : n - 1 }));
    } else if (event.key === "Enter" && list.open && list.active >= 0) {
      // Enter picks the match the arrows are on; with none, it submits the page as usual.
      event.preventDefault();
      pick(list.matches[list.active]!);
    } else if (event.key === "Escape" && list.open) {
      event.preventDefault();
      setList(CLOSED);
    }
  };

  const where = (o: Organisation) => {
    const board = directory && o.parent ? directory.actingBody(o) : undefined;
    return board && board !== o
      ? format.t(w.partOf, { town: o.town, postcode: o.postcode, board: board.name })
      : format.t(w.where, { town: o.town, postcode: o.postcode });
  };

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
        onChange={(event) => {
          registration.onChange(event);
          typed.current = event.target.value;
          // What is typed is the user's own name for it, until they pick again.
          view.form.setValue(codeNameOf(field), "", { shouldDirty: true });
          offer(event.target.value);
        }}
        onBlur={(event) => {
          registration.onBlur(event);
          setList((l) => ({ ...l, open: false }));
        }}
        onFocus={load}
        {...(enhanced
          ? {
              role: "combobox",
              autoComplete: "off",
              "aria-autocomplete": "list",
              "aria-expanded": list.open,
              "aria-controls": listId,
              "aria-activedescendant": list.open && list.active >= 0 ? optionId(list.active) : undefined,
              onKeyDown,
            }
          : {})}
      />
      {enhanced ? (
        <>
          <div id={listId} role="listbox" aria-label={w.listLabel} className="app-organisation__list" hidden={!list.open}>
            {list.matches.map((o, i) => (
              // The combobox pattern keeps focus in the input: the arrow keys there move through the
              // options (aria-activedescendant), so an option takes a click or a tap, not focus or keys.
              // biome-ignore lint/a11y/useKeyWithClickEvents: see above
              // biome-ignore lint/a11y/useFocusableInteractive: see above
              <div
                key={o.code}
                id={optionId(i)}
                role="option"
                aria-selected={i === list.active}
                className="app-organisation__option"
                // Keeps focus in the input, so the pick is the input's, not a blur's.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(o)}
              >
                {o.name}
                <span className="app-organisation__where">{where(o)}</span>
              </div>
            ))}
          </div>
          <div className="nhsuk-u-visually-hidden" role="status" aria-live="polite" data-testid={`${field.name}-status`}>
            {status}
          </div>
        </>
      ) : null}
      {/* The hidden input that keeps the picked organisation's code: the kind's own part. */}
      {codePart(field).map((part) => (
        <Question key={part.name} field={part} view={view} />
      ))}
    </div>
  );
}
