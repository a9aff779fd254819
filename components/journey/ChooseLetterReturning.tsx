"use client";

import type { RefObject } from "react";
import { BackLink } from "@/components/form/BackLink";
import type { LetterId } from "@/templates";
import type { Catalogue } from "@/messages/catalogue";
import { useJourney } from "./JourneyProvider";
import { siteHref } from "@/lib/site/languages";

/** Choose a letter's own words, given by its route: the letter question's, and each letter's name. */
export interface ChooseLetterWords {
  chooseLetter: Catalogue["journey"]["chooseLetter"];
  letterTitles: Record<LetterId, { userTitle: string; description: string }>;
}

/** For someone with answers saved: carry on with their letter, start again, or choose another letter. */
export function ReturningGreeting({
  words: page,
  savedAt,
  templateId,
  continueHref,
  headingRef,
  onStartAgain,
  onOther,
}: {
  words: ChooseLetterWords;
  savedAt: string;
  templateId: LetterId;
  /** The first page still to answer, or check answers. */
  continueHref: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onStartAgain(): void;
  onOther(): void;
}) {
  const { words, format } = useJourney();
  const R = page.chooseLetter.returning;
  const saved = new Date(savedAt);
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <BackLink href="/" text={words.form.back} />
        <h1 ref={headingRef} tabIndex={-1}>
          {R.title}
        </h1>
        <p>{format.t(R.savedAt, { when: Number.isNaN(saved.getTime()) ? R.earlierVisit : format.dateTime(saved) })}</p>
        <p>
          {R.writing} <strong>{page.letterTitles[templateId].userTitle}</strong>
        </p>
        <div className="nhsuk-button-group">
          <a className="nhsuk-button" href={siteHref(continueHref)}>
            {R.continue}
          </a>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onStartAgain}>
            {R.startAgain}
          </button>
        </div>
        <p>
          {/* biome-ignore lint/a11y/useValidAnchor: a link to the letter question, which this page then shows in place */}
          <a
            href="#letter"
            onClick={(event) => {
              event.preventDefault();
              onOther();
            }}
          >
            {R.other}
          </a>
        </p>
      </div>
    </div>
  );
}

/** "Start again?": yes deletes the answers saved here. */
export function ConfirmStartAgain({
  words: C,
  headingRef,
  onYes,
  onNo,
}: {
  words: ChooseLetterWords["chooseLetter"]["confirm"];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onYes(): void;
  onNo(): void;
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <h1 ref={headingRef} tabIndex={-1}>
          {C.title}
        </h1>
        <p>{C.body}</p>
        <div className="nhsuk-button-group">
          <button type="button" className="nhsuk-button nhsuk-button--warning" onClick={onYes}>
            {C.yes}
          </button>
          <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onNo}>
            {C.no}
          </button>
        </div>
      </div>
    </div>
  );
}
