"use client";

import type { DraftAnswers } from "@/lib/draft/format";
import type { PageDefinition, StepContext } from "@/lib/journey/context";
import { summaryRows } from "@/lib/journey/summary";
import type { StepWords } from "@/lib/journey/words";
import { useJourney } from "./JourneyProvider";
import { WarningCallout } from "./WarningCallout";

/**
 * A question page this tab had changed, when another tab or window saved different answers to the
 * same questions meanwhile: the page keeps showing what was typed here (Continue saves it), and
 * this shows what the other tab saved, with the choice to take that instead. Nothing is lost in
 * silence either way.
 */
export function OtherTabAnswers({
  step,
  fields,
  answers,
  ctx,
  words,
  onUseTheirs,
}: {
  step: PageDefinition;
  /** The fields both tabs changed, differently. */
  fields: readonly string[];
  /** The answers as the other tab saved them. */
  answers: DraftAnswers;
  ctx: StepContext;
  words: StepWords;
  onUseTheirs(): void;
}) {
  const { words: all, format } = useJourney();
  const W = all.journey.drafts.otherTabAnswers;
  const term = all.answers.identifierTerms[ctx.nation ?? "england"];
  const only: PageDefinition = { ...step, fields: step.fields.filter((field) => fields.includes(field.name)) };
  // Every row, a blank one too (the other tab may have cleared an answer): "Label: answer".
  const lines = summaryRows(only, answers, ctx, words, format, term).map((row) => {
    const value = row.value === undefined || (Array.isArray(row.value) && row.value.length === 0) ? W.blank : row.value;
    return format.t(W.line, { label: row.key, value: Array.isArray(value) ? format.list(value, "parts") : value });
  });
  return (
    <WarningCallout testId="other-tab-answers" prefix={all.site.importantPrefix} heading={W.heading}>
      <p>{W.body}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{W.choose}</p>
      <button type="button" className="nhsuk-button nhsuk-button--secondary" onClick={onUseTheirs}>
        {W.use}
      </button>
    </WarningCallout>
  );
}
