"use client";

import { type FormEvent, useRef, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { Radios } from "@/components/form/Radios";
import type { Device } from "@/lib/draft/device";
import type { Catalogue } from "@/messages/catalogue";

export type DeviceQuestionWords = Catalogue["device"]["question"];

const NAME = "device";
const CHOICES: readonly Device[] = ["own", "shared"];

/**
 * "Is this your own device?": one radio group, on its own page before the journey's first question
 * (./DeviceStep.tsx) and on the your-answers page. No react-hook-form: it is the only question.
 * Whoever shows it keeps its error, for their page's error summary and title. It submits nothing
 * by itself (`method="dialog"`): before the page's script has run, Continue does nothing.
 */
export function DeviceQuestion({
  words: Q,
  initial,
  isPageHeading,
  submitText,
  error,
  onChoose,
  onNone,
}: {
  words: DeviceQuestionWords;
  initial: Device | null;
  isPageHeading: boolean;
  submitText: string;
  error: string | null;
  onChoose(device: Device): void;
  /** Submitted with nothing chosen. */
  onNone(): void;
}) {
  const [chosen, setChosen] = useState<Device | null>(initial);
  const primed = useRef(new WeakSet<HTMLInputElement>());
  const registration: UseFormRegisterReturn = {
    name: NAME,
    onChange: async (event) => {
      const value = (event.target as HTMLInputElement).value;
      setChosen(CHOICES.includes(value as Device) ? (value as Device) : null);
    },
    onBlur: async () => undefined,
    // Uncontrolled radios: the answer already given starts ticked, as on any NHS "change" page.
    // React has set each radio's checkedness by the time the ref runs (so defaultChecked alone
    // no longer shows), and the ref runs again on every render: tick each radio once, when it appears.
    ref: (input: HTMLInputElement | null) => {
      if (!input || primed.current.has(input)) return;
      primed.current.add(input);
      if (initial !== null) input.checked = input.value === initial;
    },
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A choice made before the page's script had run is in the page, not yet in this state.
    const inPage = (event.currentTarget.elements.namedItem(NAME) as RadioNodeList | null)?.value;
    const answer = chosen ?? (CHOICES.includes(inPage as Device) ? (inPage as Device) : null);
    if (answer) onChoose(answer);
    else onNone();
  };
  return (
    <form onSubmit={submit} method="dialog" noValidate data-testid="device-question">
      <Radios
        name={NAME}
        legend={Q.title}
        legendSize={isPageHeading ? undefined : "m"}
        isPageHeading={isPageHeading}
        hint={Q.hint}
        error={error ?? undefined}
        registration={registration}
        value={chosen}
        items={[
          { value: "own", label: Q.own, hint: Q.ownHint },
          { value: "shared", label: Q.shared, hint: Q.sharedHint },
        ]}
      />
      <button className="nhsuk-button" type="submit">
        {submitText}
      </button>
    </form>
  );
}
