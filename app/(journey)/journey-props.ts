import type { JourneyWords } from "@/components/journey/JourneyProvider";
import type { JourneyConfig } from "@/lib/journey/context";
import { LETTER_IDS, LETTERS, type LetterId } from "@/templates";
import { messages } from "@/messages";
import { STEPS, type StepId } from "@/lib/steps";

/**
 * What the journey's layout hands the browser, as data: the pages and letters as the journey
 * needs them (their code stays on the server, or in the lazily loaded checks), and its words.
 */
export function journeyConfig(): JourneyConfig<StepId, LetterId> {
  return { steps: STEPS.map(({ rule: _rule, ...page }) => page), letters: LETTERS };
}

export function journeyWords(): JourneyWords {
  const { meta, site, form, journey, answers, device } = messages;
  return {
    meta,
    site,
    form,
    journey,
    answers,
    device,
    stepTitles: Object.fromEntries(STEPS.map((step) => [step.id, messages.steps[step.id].title])) as JourneyWords["stepTitles"],
    letterTitles: Object.fromEntries(
      LETTER_IDS.map((id) => [id, { userTitle: messages.letters[id].userTitle, description: messages.letters[id].description }]),
    ) as JourneyWords["letterTitles"],
  };
}
