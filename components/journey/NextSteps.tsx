"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { todayIso } from "@/lib/answers/dates";
import type { DraftAnswers } from "@/lib/draft/format";
import { letterOfKind } from "@/lib/journey/context";
import { CHOOSE_HREF, YOUR_ANSWERS_HREF } from "@/lib/journey/flow";
import { KIND_RULES } from "@/lib/letter/kinds";
import type { LetterId } from "@/templates";
import type { LetterCode } from "@/templates/build";
import type { LetterWords } from "@/templates/types";
import type { Catalogue } from "@/messages/catalogue";
import { ConcernHelp } from "./ConcernHelp";
import { useDraft } from "./DraftProvider";
import { goToFirstIncomplete } from "./first-incomplete";
import { useJourney } from "./JourneyProvider";
import { siteHref } from "@/lib/site/languages";

/**
 * What to do once the letter is sent, and if no reply comes; free help and the way to a concern
 * where the letter's kind offers them (lib/letter/kinds.ts); another letter; the user's answers.
 */
export function NextSteps({
  templateId,
  answers,
  words: L,
  letters,
  code,
}: {
  templateId: LetterId;
  answers: DraftAnswers;
  words: Catalogue["letterPage"];
  letters: LetterWords;
  code: LetterCode;
}) {
  const { config, checks } = useJourney();
  const { update } = useDraft();
  const router = useRouter();
  // Who can act if this letter does not sort things out: the route the letter itself was written for.
  const destination = useMemo(() => code.letterRoute(templateId, answers, { date: todayIso(), words: letters }), [code, templateId, answers, letters]);
  // What the page offers after the letter follows from the letter's kind, not from which letter it is.
  const rules = KIND_RULES[config.letters[templateId].kind];
  const concernLetter = letterOfKind(config, "concern");
  const next = letters.letters[templateId].nextSteps;
  return (
    <section className="nhsuk-grid-row app-no-print" aria-labelledby="next-heading">
      <div className="nhsuk-grid-column-two-thirds">
        <h2 id="next-heading">{L.nextHeading}</h2>
        {next.paragraphs.map((p) => (
          <p key={p}>{p}</p>
        ))}
        <h3>{L.noReplyHeading}</h3>
        {next.noReply.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {destination ? <ConcernHelp route={destination.route} words={letters.routes} heading={L.freeHelpHeading} /> : null}
        {rules.concernAfter && concernLetter ? (
          <p>
            <a
              href={siteHref(`${CHOOSE_HREF}?letter=${concernLetter}`)}
              onClick={(event) => {
                event.preventDefault();
                // The concern knows when and whom the patient asked, from this letter and the one it followed up.
                const next = update((d) => ({ ...d, answers: code.prefilled(concernLetter, d.answers), letter: { ...d.letter, templateId: concernLetter } }));
                goToFirstIncomplete(next, (href) => router.push(href), config.steps[0]!.id, checks);
              }}
            >
              {L.concernLink}
            </a>
          </p>
        ) : null}
        <p>
          <a href={siteHref(`${CHOOSE_HREF}?letter=`)}>{L.another}</a>
        </p>
        <p>
          <a href={siteHref(YOUR_ANSWERS_HREF)}>{L.yourAnswers}</a>
        </p>
      </div>
    </section>
  );
}
