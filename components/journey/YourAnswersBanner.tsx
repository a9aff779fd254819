"use client";

import { useEffect, useRef } from "react";
import { ANSWERS_FILE_NAME } from "@/lib/draft/answers-file";
import { CHOOSE_HREF } from "@/lib/journey/flow";
import type { Format } from "@/messages/format";
import { useJourney, useWholeJourney, type WholeJourneyWords } from "./JourneyProvider";
import { type Done, failedOutcome } from "./your-answers-state";
import { siteHref } from "@/lib/site/languages";

function bannerText(done: NonNullable<Done>, words: WholeJourneyWords, format: Format): string {
  const Y = words.journey.yourAnswers;
  const D = words.device;
  switch (done.kind) {
    case "saved":
      return format.t(Y.save.done, { file: ANSWERS_FILE_NAME });
    case "loaded":
      return Y.load.done;
    case "restored":
      return D.copies.restored;
    case "undone":
      return D.load.undone;
    case "cancelled":
      return D.load.cancelled;
    case "kept-removed":
      return D.kept.removed;
    case "deleted":
      return Y.remove.done;
    case "device":
      return done.device === "own" ? D.settings.nowOwn : D.settings.nowShared;
    case "delete-failed":
      return "";
  }
}

/**
 * What the your-answers page has just done, focused as it appears: a success banner (with "undo"
 * after answers were replaced), or a warning when deleting left something behind.
 */
export function YourAnswersBanner({
  done,
  continueHref,
  onUndo,
}: {
  done: Done;
  /** Where "Continue" goes after answers were replaced: the first page still to answer. */
  continueHref: string;
  onUndo(done: Extract<Done, { kind: "loaded" | "restored" }>): void;
}) {
  const { format } = useJourney();
  const { words } = useWholeJourney();
  const D = words.device;
  const banner = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) banner.current?.focus();
  }, [done]);
  if (!done) return null;

  const failure = failedOutcome(done);
  if (failure) {
    return (
      <div className="nhsuk-warning-callout" role="alert" tabIndex={-1} ref={banner} data-testid="delete-failed">
        <h2 className="nhsuk-warning-callout__label">
          <span className="nhsuk-u-visually-hidden">{words.site.importantPrefix}</span>
          {failure === "unchecked" ? D.deleted.unchecked : D.deleted.left}
        </h2>
        <p>{D.deleted.howTo}</p>
        <p>{D.deleted.autofill}</p>
      </div>
    );
  }

  return (
    <div
      className="nhsuk-notification-banner nhsuk-notification-banner--success"
      role="alert"
      aria-labelledby="banner-title"
      tabIndex={-1}
      ref={banner}
      data-testid="your-answers-banner"
    >
      <div className="nhsuk-notification-banner__header">
        <h2 className="nhsuk-notification-banner__title" id="banner-title">
          {words.journey.yourAnswers.success}
        </h2>
      </div>
      <div className="nhsuk-notification-banner__content">
        <p className="nhsuk-notification-banner__heading">{bannerText(done, words, format)}</p>
        {done.kind === "loaded" || done.kind === "restored" ? (
          <>
            {done.undo ? (
              <p>
                <button type="button" className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" onClick={() => onUndo(done)}>
                  {D.load.undo}
                </button>
              </p>
            ) : null}
            <p>
              <a className="nhsuk-notification-banner__link" href={siteHref(continueHref)}>
                {words.journey.yourAnswers.load.continue}
              </a>
            </p>
          </>
        ) : null}
        {done.kind === "deleted" ? (
          <>
            <p>{D.deleted.autofill}</p>
            <p>
              <a className="nhsuk-notification-banner__link" href={siteHref(CHOOSE_HREF)}>
                {words.journey.yourAnswers.startAgain}
              </a>
            </p>
          </>
        ) : null}
        {done.kind === "device" && done.device === "shared" ? <p>{D.deleted.autofill}</p> : null}
      </div>
    </div>
  );
}
