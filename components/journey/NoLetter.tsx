"use client";

import { CHOOSE_HREF } from "@/lib/journey/flow";
import type { Marks } from "./ByFacts";
import { useJourney } from "./JourneyProvider";
import { siteHref } from "@/lib/site/languages";

/** A page that needs a letter, opened before one was chosen: says so, and links to the letters. */
export function NoLetter({ marks }: { marks?: Marks }) {
  const { words } = useJourney();
  const w = words.journey.noLetter;
  return (
    <div className="nhsuk-grid-row" {...marks}>
      <div className="nhsuk-grid-column-two-thirds">
        <h1>{w.heading}</h1>
        <p>{w.body}</p>
        <p>
          <a href={siteHref(CHOOSE_HREF)}>{w.link}</a>
        </p>
      </div>
    </div>
  );
}
