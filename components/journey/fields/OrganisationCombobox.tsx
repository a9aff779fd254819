"use client";

import { useEffect, useId, useRef, useState } from "react";
import { codeNameOf } from "@/lib/journey/field-kinds/organisation";
import type { OrganisationField } from "@/lib/journey/kit";
import type { Organisation } from "@/lib/organisations/directory";
import { nhsDirectory } from "@/lib/organisations/nhs-directory";
import { addressOf } from "@/lib/organisations/resolve";
import { useJourney } from "../JourneyProvider";
import type { FieldViewContext } from "./types";

/** How many matches the list shows at once: enough to choose from on a phone's screen. */
const MATCHES_SHOWN = 8;
/** Letters typed before the list is offered: one letter matches too much to read out. */
const LETTERS_BEFORE_LIST = 2;

interface ListState {
  matches: readonly Organisation[];
  open: boolean;
  /** The match the arrow keys are on, or -1. */
  active: number;
}

const CLOSED: ListState = { matches: [], open: false, active: -1 };

/**
 * Makes an organisation's text input (./OrganisationView.tsx) an ARIA 1.2 combobox with a listbox
 * popup, in place (WAI-ARIA Authoring Practices, "list autocomplete with manual selection"). Focus
 * stays in the input; the arrow keys move through the matches (aria-activedescendant), Enter picks
 * one, Escape closes the list, and what was typed is kept when nothing is picked ("not in the
 * list"). The input keeps its hint and error in aria-describedby. A pick fills the code and the
 * questions the field names (`fills`); typing again clears the code. Our own rather than GOV.UK's
 * accessible-autocomplete: that library replaces the input's aria-describedby with its own and
 * writes inline styles our Content Security Policy refuses (README, "Choosing an organisation").
 */
export function OrganisationCombobox({
  field,
  view,
  input,
  atFocus,
}: {
  field: OrganisationField;
  view: FieldViewContext;
  input: { current: HTMLInputElement | null };
  atFocus: { current: string | null };
}) {
  const { words, format } = useJourney();
  const w = words.form.organisations;
  const listId = `${field.name}-list${useId().replace(/:/g, "")}`;
  const optionId = (i: number) => `${listId}-${i}`;
  const directory = nhsDirectory();
  const [list, setList] = useState<ListState>(CLOSED);
  const [status, setStatus] = useState("");
  // The latest list, for the input's own listeners.
  const current = useRef(list);
  current.current = list;

  const offer = (value: string) => {
    if (value.trim().length < LETTERS_BEFORE_LIST) {
      setList(CLOSED);
      setStatus("");
      return;
    }
    const matches = directory.search(value, MATCHES_SHOWN);
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
    setList(CLOSED);
    setStatus(format.t(address ? w.chosenFilled : w.chosen, { name: o.name }));
  };
  const picked = useRef(pick);
  picked.current = pick;
  const offered = useRef(offer);
  offered.current = offer;

  // The input becomes the combobox: its role and state, and its keys. React does not draw these
  // attributes, so setting them here stays.
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.setAttribute("role", "combobox");
    el.setAttribute("aria-autocomplete", "list");
    el.setAttribute("aria-controls", listId);
    el.setAttribute("autocomplete", "off");
    // The code is forgotten by the input's own change handler (./OrganisationView.tsx); here, the list.
    const onInput = () => offered.current(el.value);
    const onKeyDown = (event: KeyboardEvent) => {
      const l = current.current;
      const n = l.matches.length;
      if (event.key === "ArrowDown" || event.key === "ArrowUp") {
        if (n === 0) return;
        event.preventDefault();
        const step = event.key === "ArrowDown" ? 1 : -1;
        setList({ ...l, open: true, active: l.open ? (l.active + step + n) % n : step === 1 ? 0 : n - 1 });
      } else if (event.key === "Enter" && l.open && l.active >= 0) {
        // Enter picks the match the arrows are on; with none, it submits the page as usual.
        event.preventDefault();
        picked.current(l.matches[l.active]!);
      } else if (event.key === "Escape" && l.open) {
        event.preventDefault();
        setList({ ...l, open: false });
      }
    };
    const onBlur = () => setList((l) => ({ ...l, open: false }));
    el.addEventListener("input", onInput);
    el.addEventListener("keydown", onKeyDown);
    el.addEventListener("blur", onBlur);
    // Letters typed while the list was on its way are searched now (not an answer already there).
    if (document.activeElement === el && el.value !== atFocus.current) offered.current(el.value);
    return () => {
      el.removeEventListener("input", onInput);
      el.removeEventListener("keydown", onKeyDown);
      el.removeEventListener("blur", onBlur);
      for (const name of ["role", "aria-autocomplete", "aria-controls", "aria-expanded", "aria-activedescendant", "autocomplete"]) el.removeAttribute(name);
    };
  }, [input, atFocus, listId]);

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.setAttribute("aria-expanded", String(list.open));
    if (list.open && list.active >= 0) el.setAttribute("aria-activedescendant", optionId(list.active));
    else el.removeAttribute("aria-activedescendant");
  });

  const where = (o: Organisation) => {
    const board = o.parent ? directory.actingBody(o) : o;
    return board !== o
      ? format.t(w.partOf, { town: o.town, postcode: o.postcode, board: board.name })
      : format.t(w.where, { town: o.town, postcode: o.postcode });
  };

  return (
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
  );
}
