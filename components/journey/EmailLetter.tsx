"use client";

import { useEffect, useRef, useState } from "react";
import { useDraft } from "./DraftProvider";
import { useJourney, useWholeJourney } from "./JourneyProvider";

/**
 * "Email it to myself": a mailto: link carrying the whole letter. Before the email app opens, it
 * says where the letter goes from there (the email app, whoever it is sent to, the provider that
 * keeps a copy): the one way the service's words leave the device other than a file or the
 * clipboard. The link keeps its address, so it can still be copied or opened in a new window.
 */
export function EmailLetter({ href, label, describedBy }: { href: string; label: string; describedBy: string }) {
  const { format } = useJourney();
  const { words } = useWholeJourney();
  const { draft } = useDraft();
  const E = words.device.email;
  const [asking, setAsking] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (asking) heading.current?.focus();
  }, [asking]);
  const term = words.answers.identifierTerms[draft.answers.nation ?? "england"];
  return (
    <>
      <a
        ref={opener}
        className="nhsuk-button nhsuk-button--secondary"
        href={href}
        aria-describedby={describedBy}
        aria-expanded={asking}
        aria-controls="email-warning"
        onClick={(event) => {
          event.preventDefault();
          setAsking(true);
        }}
      >
        {label}
      </a>
      {asking ? (
        <div className="nhsuk-warning-callout app-email-warning" id="email-warning" data-testid="email-warning">
          <h3 className="nhsuk-warning-callout__label" ref={heading} tabIndex={-1}>
            <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
            {E.heading}
          </h3>
          <p>{format.t(E.body, { term })}</p>
          <div className="nhsuk-button-group">
            <a className="nhsuk-button" href={href} onClick={() => setAsking(false)}>
              {E.open}
            </a>
            <button
              type="button"
              className="nhsuk-button nhsuk-button--secondary"
              onClick={() => {
                setAsking(false);
                opener.current?.focus();
              }}
            >
              {E.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
