"use client";

import { useRouter, useSearchParams } from "next/navigation";
import { Suspense, useEffect, useLayoutEffect, useRef, useState } from "react";
import { BackLink } from "@/components/form/BackLink";
import { ErrorSummary } from "@/components/form/ErrorSummary";
import { DEVICE_HREF, returnFromDevice } from "@/lib/journey/flow";
import type { Catalogue } from "@/messages/catalogue";
import { useDraftPlace } from "./DraftProvider";
import { focusHeadingAfterMove } from "./DeviceFirst";
import { DeviceQuestion, type DeviceQuestionWords } from "./DeviceQuestion";
import { useJourney } from "./JourneyProvider";
import { useFocusOnErrors, usePageTitle } from "./usePageTitle";

type SharedInfoWords = Catalogue["device"]["sharedInfo"];

/** Reads `?to=` (the page someone was going to): a static export knows the URL only in the browser. */
function ReturnTo({ onRead }: { onRead(to: string | null): void }) {
  const to = useSearchParams().get("to");
  useLayoutEffect(() => onRead(to), [to, onRead]);
  return null;
}

/**
 * "Is this your own device?" as the journey's first step (issue 21): a page of its own, asked
 * once, before the first question, drawn in its static HTML. The start page leads here; a journey
 * page opened by someone not yet asked sends them here first (lib/draft/frame.ts, ./DeviceFirst.tsx),
 * and Continue takes them back to it. On a shared device it then says what the browser may still
 * keep, before they go on. Someone who has answered is not asked again: this page's first script
 * sends them on, unless they come back to it with Back (then their answer is ticked).
 */
export function DeviceStep({ words }: { words: { question: DeviceQuestionWords; sharedInfo: SharedInfoWords } }) {
  const { form } = useJourney().words;
  const { ready, device, setDevice } = useDraftPlace();
  const router = useRouter();
  const [to, setTo] = useState<string | null>(null);
  const [explaining, setExplaining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempts, setAttempts] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  usePageTitle(explaining ? words.sharedInfo.title : words.question.title, error !== null);
  const summaryRef = useFocusOnErrors(attempts, error ? 1 : 0);
  // The page changes without a move: focus goes to its new heading.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs each time the view changes, to move focus
  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = true;
  }, [explaining]);
  const goOn = () => {
    focusHeadingAfterMove();
    router.push(returnFromDevice(to));
  };
  const reader = (
    <Suspense fallback={null}>
      <ReturnTo onRead={setTo} />
    </Suspense>
  );

  if (explaining) {
    return (
      <div className="nhsuk-grid-row">
        {reader}
        <div className="nhsuk-grid-column-two-thirds">
          <BackLink
            href={DEVICE_HREF}
            text={form.back}
            onClick={(event) => {
              event.preventDefault();
              setExplaining(false);
            }}
          />
          <SharedDeviceInfo words={words.sharedInfo} headingRef={heading} onContinue={goOn} />
        </div>
      </div>
    );
  }
  return (
    <div className="nhsuk-grid-row">
      {reader}
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/" text={form.back} />
        <ErrorSummary ref={summaryRef} title={form.errorSummaryTitle} errors={error ? [{ target: "device", message: error }] : []} />
        <DeviceQuestion
          words={words.question}
          // Ticked with the answer already given when someone comes back here with Back (the draft is read by then).
          initial={ready ? device : null}
          isPageHeading
          submitText={form.continue}
          error={error}
          onChoose={(chosen) => {
            setError(null);
            setDevice(chosen);
            if (chosen === "shared") setExplaining(true);
            else goOn();
          }}
          onNone={() => {
            setError(words.question.error);
            setAttempts((n) => n + 1);
          }}
        />
      </div>
    </div>
  );
}

/** What the browser may still keep on a shared device, and how to clear it: said before the first question. */
function SharedDeviceInfo({
  words: S,
  headingRef,
  onContinue,
}: {
  words: SharedInfoWords;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onContinue(): void;
}) {
  return (
    <div data-testid="shared-device-info">
      <h1 ref={headingRef} tabIndex={-1}>
        {S.title}
      </h1>
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
