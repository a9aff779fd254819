"use client";

import { type FormEvent, useRef, useState } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { Radios } from "@/components/form/Radios";
import type { Device } from "@/lib/draft/device";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

const NAME = "device";
const CHOICES: readonly Device[] = ["own", "shared"];

/**
 * "Is this your own device?": one radio group. No react-hook-form: it is the only question here,
 * and the layout (on every journey page) should not carry a form library for it. Whoever shows
 * it keeps its error, for their page's error summary and title.
 */
export function DeviceQuestion({
  initial,
  isPageHeading,
  submitText,
  error,
  onChoose,
  onNone,
}: {
  initial: Device | null;
  isPageHeading: boolean;
  submitText: string;
  error: string | null;
  onChoose(device: Device): void;
  /** Submitted with nothing chosen. */
  onNone(): void;
}) {
  const { words } = useJourney();
  const Q = words.device.question;
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
    if (chosen) onChoose(chosen);
    else onNone();
  };
  return (
    <form onSubmit={submit} noValidate data-testid="device-question">
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

/** The question as a page of its own, before the journey's first page. */
export function DevicePage({ onChoose }: { onChoose(device: Device): void }) {
  const { words } = useJourney();
  const [error, setError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  usePageTitle(words.device.question.title, error !== null);
  const summaryRef = useFocusOnErrors(attempts, error ? 1 : 0);
  return (
    <>
      <BackLink href="/" text={words.form.back} />
      <ErrorSummary ref={summaryRef} title={words.form.errorSummaryTitle} errors={error ? [{ target: NAME, message: error }] : []} />
      <DeviceQuestion
        initial={null}
        isPageHeading
        submitText={words.form.continue}
        error={error}
        onChoose={onChoose}
        onNone={() => {
          setError(words.device.question.error);
          setAttempts((n) => n + 1);
        }}
      />
    </>
  );
}

/** What the browser may still keep on a shared device, and how to clear it: said before the first question. */
export function SharedDeviceInfo({ onContinue }: { onContinue: () => void }) {
  const { words } = useJourney();
  const S = words.device.sharedInfo;
  usePageTitle(S.title, false);
  return (
    <div data-testid="shared-device-info">
      <h1 tabIndex={-1}>{S.title}</h1>
      <p>{S.kept}</p>
      <h2 className="nhsuk-heading-m">{S.rememberHeading}</h2>
      <ul>
        {S.remember.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2 className="nhsuk-heading-m">{S.clearHeading}</h2>
      <ul>
        {S.clear.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <div className="nhsuk-inset-text">
        <p>{S.privateWindow}</p>
      </div>
      <button type="button" className="nhsuk-button" onClick={onContinue}>
        {S.continue}
      </button>
    </div>
  );
}
