"use client";

import { type ReactNode, useEffect, useRef, useState } from "react";
import type { Device } from "@/lib/draft/device";
import { lazyModule } from "@/lib/lazy-module";
import { useDraftPlace } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";

// Asked once, on a first visit: its page is fetched only then, not carried by every journey page.
const QUESTION = lazyModule(() => import("./DeviceQuestion"));

/** After the question goes, focus goes to the heading of what replaced it, not to the page's top. */
function focusHeading(): void {
  requestAnimationFrame(() => {
    const heading = document.querySelector<HTMLElement>("main h1, h1");
    if (!heading) return;
    if (!heading.hasAttribute("tabindex")) heading.setAttribute("tabindex", "-1");
    heading.focus();
  });
}

function AskDevice({ explaining, onChoose, onContinue }: { explaining: boolean; onChoose(device: Device): void; onContinue(): void }) {
  const { words } = useJourney();
  const { value: page, failed } = useLazyModule(QUESTION);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        {failed ? <p>{words.form.checksFailed}</p> : null}
        {page ? explaining ? <page.SharedDeviceInfo onContinue={onContinue} /> : <page.DevicePage onChoose={onChoose} /> : null}
      </div>
    </div>
  );
}

/**
 * Asks "Is this your own device?" before any journey page, once: until it is answered (or a
 * draft already kept here answers it), the page is not shown and nothing is saved. On a shared
 * device it then says what the browser may still keep, before the first question.
 */
export function DeviceGate({ children }: { children: ReactNode }) {
  const { ready, device, setDevice } = useDraftPlace();
  const [explaining, setExplaining] = useState(false);
  const asked = useRef(false);
  useEffect(() => {
    if (asked.current && (device !== null || explaining)) focusHeading();
  }, [device, explaining]);
  if (!ready) return null;
  if (device === null || explaining) {
    return (
      <AskDevice
        explaining={explaining}
        onChoose={(chosen) => {
          asked.current = true;
          setDevice(chosen);
          if (chosen === "shared") setExplaining(true);
        }}
        onContinue={() => {
          asked.current = true;
          setExplaining(false);
        }}
      />
    );
  }
  return <>{children}</>;
}
