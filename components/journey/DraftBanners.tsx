"use client";

import Link from "next/link";
import { DRAFT_MESSAGES } from "@/content/drafts";
import { YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { useDraft } from "./DraftProvider";
import { WarningCallout } from "./WarningCallout";

/** Warnings about saving, shown above every journey page while they apply. */
export function DraftBanners() {
  const { ready, storage, unreadable, dismissUnreadable, changedElsewhere, dismissChangedElsewhere } = useDraft();
  if (!ready) return null;
  const N = DRAFT_MESSAGES.notSaving;
  const U = DRAFT_MESSAGES.unreadable;
  return (
    <>
      {storage !== "ok" ? (
        <WarningCallout testId="storage-warning" title={N.title} heading={N.heading}>
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
          <span className="nhsuk-u-visually-hidden">{U.title}: </span>
          <p>{DRAFT_MESSAGES.otherTab}</p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={dismissChangedElsewhere}>
            {U.dismiss}
          </button>
        </div>
      ) : null}
      {unreadable ? (
        <WarningCallout testId="unreadable-draft" title={U.title} heading={U.heading}>
          <p>
            {unreadable.reason === "newer" ? `${U.newer} ` : ""}
            {unreadable.asideKey ? U.body : U.noCopy}
          </p>
          <p>
            {U.fileHint} <Link href={YOUR_ANSWERS_HREF}>{U.link}</Link>
          </p>
          <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={dismissUnreadable}>
            {U.dismiss}
          </button>
        </WarningCallout>
      ) : null}
    </>
  );
}
