"use client";

import Link from "next/link";
import { YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { useDraft } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";
import { WarningCallout } from "./WarningCallout";

/** Warnings about saving, shown above every journey page while they apply. */
export function DraftBanners() {
  const { ready, storage, unreadable, dismissUnreadable, changedElsewhere, dismissChangedElsewhere } = useDraft();
  const { words } = useJourney();
  if (!ready) return null;
  const D = words.journey.drafts;
  const N = D.notSaving;
  const U = D.unreadable;
  const important = words.site.importantPrefix;
  return (
    <>
      {storage !== "ok" ? (
        <WarningCallout testId="storage-warning" prefix={important} heading={N.heading}>
          <p>
            {N.body} {storage === "full" ? N.full : N.unavailable}
          </p>
          <p>
            <Link href={YOUR_ANSWERS_HREF}>{N.link}</Link>
          </p>
        </WarningCallout>
      ) : null}
      {changedElsewhere ? (
        <div className="nhsuk-inset-text" role="status" data-testid="changed-elsewhere">
          <span className="nhsuk-u-visually-hidden">{important}</span>
          <p>{D.otherTab}</p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={dismissChangedElsewhere}>
            {D.dismiss}
          </button>
        </div>
      ) : null}
      {unreadable ? (
        <WarningCallout testId="unreadable-draft" prefix={important} heading={U.heading}>
          <p>
            {unreadable.reason === "newer" ? `${U.newer} ` : ""}
            {unreadable.asideKey ? U.body : U.noCopy}
          </p>
          <p>
            {U.fileHint} <Link href={YOUR_ANSWERS_HREF}>{U.link}</Link>
          </p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={dismissUnreadable}>
            {D.dismiss}
          </button>
        </WarningCallout>
      ) : null}
    </>
  );
}
