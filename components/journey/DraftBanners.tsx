"use client";

import { useState } from "react";
import { hasAnswers } from "@/lib/draft/format";
import { stillKept } from "@/lib/draft/kept";
import type { DeleteOutcome } from "@/lib/draft/storage";
import { YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { lazyModule } from "@/lib/lazy-module";
import type { NoticesProps } from "./DraftNotices";
import { useDraft, useDraftNotices, useDraftPlace } from "./DraftProvider";
import { useJourney } from "./JourneyProvider";
import { useLazyModule } from "./useLazyModule";
import { WarningCallout } from "./WarningCallout";
import { siteHref } from "@/lib/site/languages";

/** Warnings about saving, shown above every journey page while they apply. */
export function DraftBanners() {
  const { ready } = useDraftPlace();
  const { storage } = useDraftNotices();
  const { words } = useJourney();
  if (!ready) return null;
  const N = words.journey.drafts.notSaving;
  return (
    <>
      {storage !== "ok" ? (
        <WarningCallout testId="storage-warning" prefix={words.site.importantPrefix} heading={N.heading}>
          <p>
            {N.body} {storage === "full" ? N.full : N.unavailable}
          </p>
          <p>
            <a href={siteHref(YOUR_ANSWERS_HREF)}>{N.link}</a>
          </p>
        </WarningCallout>
      ) : null}
      <RareNotices />
      <SaveAtHand />
    </>
  );
}

// A shared device's answers go with the tab: saving them to a file is offered on every page.
const SAVE_AT_HAND = lazyModule(() => import("./SaveAnswersAtHand"));

function SaveAtHand() {
  const { draft, device } = useDraft();
  return device === "shared" && hasAnswers(draft) ? <LoadedSaveAtHand /> : null;
}

function LoadedSaveAtHand() {
  const { value } = useLazyModule(SAVE_AT_HAND);
  return value ? <value.SaveAnswersAtHand /> : null;
}

// Answers changed in another tab, a draft that cannot be read, answers kept aside and a draft left
// for a month are rare: their words and code are fetched only then.
const NOTICES = lazyModule(() => import("./DraftNotices"));

function RareNotices() {
  const { draft, deleteAll } = useDraft();
  const { stale, unreadable, changedElsewhere } = useDraftNotices();
  const [hideKept, setHideKept] = useState(false);
  const [staleOutcome, setStaleOutcome] = useState<DeleteOutcome | null>(null);
  const kept = !hideKept && stillKept(draft).length > 0;
  if (!kept && !stale && !staleOutcome && !unreadable && !changedElsewhere) return null;
  return (
    <Notices kept={kept} stale={stale} staleOutcome={staleOutcome} onHideKept={() => setHideKept(true)} onDeleteStale={() => setStaleOutcome(deleteAll())} />
  );
}

function Notices(props: NoticesProps) {
  const { value } = useLazyModule(NOTICES);
  return value ? <value.DraftNotices {...props} /> : null;
}
