import type { JourneyWords, WholeJourneyWords } from "@/components/journey/JourneyProvider";
import type { PagePlaces } from "@/components/journey/QuestionPage";
import { type JourneyConfig, outlineOf, type PageDefinition } from "@/lib/journey/context";
import { pathsOf } from "@/lib/journey/fields";
import { stepsFor } from "@/lib/journey/flow";
import { LETTER_IDS, LETTERS, type LetterId } from "@/templates";
import { messages } from "@/messages";
import type { Catalogue } from "@/messages/catalogue";
import { formatFor } from "@/messages/format";
import { STEPS, type StepId } from "@/lib/steps";

/**
 * What the journey's routes hand the browser, as data. Every journey page (the layout) gets the
 * journey's outline and the letters, and the words every page needs; a question page gets its own
 * step and words; the pages that show every answer get every page and every word (issue 21: a
 * page carries its own step, not the journey).
 */
export function journeyConfig(): JourneyConfig<StepId, LetterId> {
  return { steps: outlineOf(STEPS), letters: LETTERS };
}

/** A question page's definition as the browser is given it: without its code (its rule, in the checks). */
export function pageDefinition(id: StepId): PageDefinition<StepId> {
  const { rule: _rule, ...page } = STEPS.find((step) => step.id === id)!;
  return page;
}

/**
 * Where a question page stands in each letter's journey that asks it ("page 3 of 14"), its numbers
 * written here, at build time: the page draws its place for every letter before the draft is read,
 * and making the browser's first number formatter then cost a long task on a slow phone (issue 21).
 */
export function pagePlaces(id: StepId): PagePlaces {
  const { steps, letters } = journeyConfig();
  const format = formatFor(messages.meta);
  const places: PagePlaces = {};
  for (const letter of LETTER_IDS) {
    const order = stepsFor(letters[letter], steps);
    if (order.includes(id)) places[letter] = { page: format.number(order.indexOf(id) + 1), total: format.number(order.length) };
  }
  return places;
}

/** Every page's definition: for the pages that show every answer. */
export function pageDefinitions(): PageDefinition<StepId>[] {
  return STEPS.map((step) => pageDefinition(step.id));
}

const stepTitles = () => Object.fromEntries(STEPS.map((step) => [step.id, messages.steps[step.id].title])) as JourneyWords["stepTitles"];

export function journeyWords(): JourneyWords {
  const { meta, site, form, journey, answers, device } = messages;
  return {
    meta,
    site,
    form,
    journey: { sections: journey.sections, progress: journey.progress, noLetter: journey.noLetter, drafts: journey.drafts },
    answers: { identifierTerms: answers.identifierTerms, greeting: answers.greeting },
    device: { copies: { bannerHint: device.copies.bannerHint }, kept: device.kept, stale: device.stale, deleted: device.deleted },
    stepTitles: stepTitles(),
  };
}

export function wholeJourneyWords(): WholeJourneyWords {
  const { meta, site, form, journey, answers, device } = messages;
  return {
    meta,
    site,
    form,
    journey,
    answers,
    device,
    stepTitles: stepTitles(),
    letterTitles: letterTitles(),
  };
}

export function letterTitles(): WholeJourneyWords["letterTitles"] {
  return Object.fromEntries(
    LETTER_IDS.map((id) => [id, { userTitle: messages.letters[id].userTitle, description: messages.letters[id].description }]),
  ) as WholeJourneyWords["letterTitles"];
}

/**
 * What a question page says about its own answers when checked: the catalogue's answers words
 * with only the fields of the sections its answers are in (a problem is put into words by its
 * answer's path, lib/answers/messages.ts, falling back to the generic words). The rest of the
 * catalogue's answers words are for files, drafts and the letters.
 */
export function pageAnswerWords(id: StepId): Catalogue["answers"] {
  const { answers } = messages;
  const sections = new Set(pathsOf(pageDefinition(id)).map((path) => path.split(".")[0]!));
  const fields = Object.fromEntries(Object.entries(answers.fields).filter(([key]) => key === "" || sections.has(key.split(/[.[]/)[0]!)));
  // Only these entries are looked up on this page: the type is the catalogue's, its other fields left out.
  return { ...answers, file: answers.file, fields: fields as Catalogue["answers"]["fields"] };
}
