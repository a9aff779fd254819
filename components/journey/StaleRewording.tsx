"use client";

import type { Catalogue } from "@/messages/catalogue";
import { useJourney } from "./JourneyProvider";
import type { StaleView } from "./LetterEditor";
import { WarningCallout } from "./WarningCallout";

/**
 * Reworded parts of the letter written from answers changed since: each named, with what changed,
 * and a button that opens the editor on it.
 */
export function StaleRewording({
  stale,
  names,
  words: S,
  onCheck,
}: {
  stale: readonly StaleView[];
  /** Each part's name as the page says it ("paragraph 3"), by block id. */
  names: ReadonlyMap<string, { name: string }>;
  words: Catalogue["letterPage"]["stale"];
  onCheck(part: string): void;
}) {
  const { words, format } = useJourney();
  if (stale.length === 0) return null;
  return (
    <WarningCallout testId="stale-rewording" prefix={words.site.importantPrefix} heading={S.heading}>
      <p>{format.plural(S.intro, stale.length)}</p>
      <ul>
        {stale.map((part) => {
          const name = names.get(part.id)?.name ?? "";
          return (
            <li key={part.id}>
              {part.pages ? format.t(S.item, { part: name, pages: part.pages }) : format.t(S.itemOther, { part: name })}{" "}
              <button type="button" className="app-link-button" onClick={() => onCheck(part.id)}>
                {format.t(S.check, { part: name })}
              </button>
            </li>
          );
        })}
      </ul>
    </WarningCallout>
  );
}
