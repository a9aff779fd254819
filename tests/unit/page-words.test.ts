import { describe, expect, it } from "vitest";
import { pageAnswerWords, pagePlaces } from "@/app/(journey)/journey-props";
import { pageSchema } from "@/lib/journey/check-page";
import { stepContext } from "@/lib/journey/context";
import { type FormValues, formValues } from "@/lib/journey/form-values";
import { LETTER_IDS, LETTERS } from "@/templates";
import { messages } from "@/messages";
import { STEPS } from "@/lib/steps";
import { EXAMPLES } from "../fixtures/examples";
import { PAGE_ORDER } from "../fixtures/page-order";

// A question page is handed only its own sections' answer words (issue 21: a page carries its own
// step): whatever the page's checks find wrong, it says exactly what the whole catalogue would.

/** Every text in the values made wrong: far too long, or a choice that is none. */
function spoiled(values: unknown): unknown {
  if (typeof values === "string") return "x".repeat(5000);
  if (Array.isArray(values)) return ["not-a-choice"];
  if (values && typeof values === "object") return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, spoiled(v)]));
  if (values === null) return "not-a-choice";
  return values;
}

describe("a question page's own answer words", () => {
  for (const step of STEPS) {
    it(`say what every answer word says, on ${step.id}`, () => {
      const full = { meta: messages.meta, form: messages.form, answers: messages.answers, step: messages.steps[step.id] };
      const own = { ...full, answers: pageAnswerWords(step.id) };
      for (const id of LETTER_IDS) {
        for (const answers of [
          {},
          { writer: { role: "helper" }, nation: "scotland" },
          ...EXAMPLES.filter((e) => e.template === id).map((e) => e.answers as Record<string, unknown>),
        ]) {
          const ctx = stepContext(answers, LETTERS[id]);
          const blank = formValues(step, answers, ctx);
          for (const values of [blank, spoiled(blank) as FormValues]) {
            const said = (words: typeof full) =>
              pageSchema(step, ctx, words)
                .safeParse(values)
                .error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
            expect(said(own)).toEqual(said(full));
          }
        }
      }
    });
  }
});

describe("a question page's place in each letter's pages, written at build time", () => {
  it("is its number and the letter's count of pages, for exactly the letters that ask it", () => {
    for (const step of STEPS) {
      const expected = Object.fromEntries(
        LETTER_IDS.filter((id) => PAGE_ORDER[id].includes(step.id)).map((id) => [
          id,
          { page: String(PAGE_ORDER[id].indexOf(step.id) + 1), total: String(PAGE_ORDER[id].length) },
        ]),
      );
      expect(pagePlaces(step.id), step.id).toEqual(expected);
    }
  });
});
