import type { Route } from "@/lib/organisations/routing";
import { HELP_CONTACTS } from "@/lib/organisations/routing";
import type { LetterWords } from "@/templates/types";
import { useJourney } from "./JourneyProvider";

/**
 * What a person can do when a concern does not sort things out, by its route
 * (lib/organisations/routing.ts): the free help they can get, who can act next, and the
 * ombudsman. The same route the letter was written for, so the page and the letter agree.
 */
export function ConcernHelp({ route, words, heading }: { route: Route; words: LetterWords["routes"]; heading: string }) {
  const { format } = useJourney();
  return (
    <>
      <h3>{heading}</h3>
      <div data-testid="free-help">
        {route.freeHelp.map((id) => (
          <p key={id}>
            {format.t(words.freeHelp[id].page, { phone: HELP_CONTACTS[id].phone ?? "" })} <a href={HELP_CONTACTS[id].url}>{words.freeHelp[id].link}</a>
          </p>
        ))}
      </div>
      <div data-testid="after-concern">
        <p>{words.next[route.next].page}</p>
        <p>
          {words.ombudsmen[route.ombudsman].page} <a href={HELP_CONTACTS[route.ombudsman].url}>{words.ombudsmen[route.ombudsman].link}</a>
        </p>
      </div>
    </>
  );
}
