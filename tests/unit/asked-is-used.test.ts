import { describe, expect, it } from "vitest";
import { LETTER_IDS, LETTERS } from "@/templates";
import { buildLetter } from "@/templates/build";
import { childrenOf, hasInput, isAsked } from "@/lib/journey/fields";
import { stepsFor } from "@/lib/journey/flow";
import { valueAt } from "@/lib/dotted-path";
import { writesForPatient } from "@/lib/answers/vocabulary";
import { renderText } from "@/lib/render/text";
import { messages } from "@/messages";
import { STEPS } from "@/lib/steps";
import type { Field, FieldOf } from "@/lib/journey/kit";
import { EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";

// Issue 11: a letter asks only what it uses. For each letter, every question its pages ask (for
// the patient, or for someone writing for them) changes the letter's text when its answer changes,
// in at least one of the letter's examples. A question no letter's words read fails here.

type Voice = "self" | "helper";

/**
 * Other answers a field could have that the answers schema accepts: whichever changes the letter
 * shows it is used. None for a question whose answer is not words of the letter on its own.
 */
const OTHER_ANSWERS: { [K in Field["kind"]]: (field: FieldOf<K>, current: unknown) => unknown[] } = {
  radios: (field, current) => [...(field.boolean ? [!current] : field.options.filter((o) => o !== current)), undefined],
  checkboxes: (field) => [[], ...field.options.map((o) => [o])],
  date: () => ["2026-10-03", "2027-01-15", undefined],
  // A changed name, and values that pass the stricter checks (postcode, NHS number, email, phone).
  text: (_, current) => [`Zq ${String(current ?? "")}`.trim(), "SW1A 1AA", "4857773007", "zq@example.com", "07700 900 123", undefined],
  textarea: () => ["Zq words of my own.", undefined],
  presence: () => [],
  tick: () => [],
  group: () => [],
  organisation: (_, current) => [`Zq ${String(current ?? "")}`.trim(), undefined],
  code: () => [],
};

const otherAnswers = (field: Field, current: unknown) => (OTHER_ANSWERS[field.kind] as (field: Field, current: unknown) => unknown[])(field, current);

function withAnswer(answers: unknown, path: string, value: unknown): unknown {
  const copy = structuredClone(answers) as Record<string, any>;
  const keys = path.split(".");
  let at = copy;
  for (const key of keys.slice(0, -1)) at = at[key] ??= {};
  if (value === undefined) delete at[keys.at(-1)!];
  else at[keys.at(-1)!] = value;
  return copy;
}

const textOf = (id: (typeof LETTER_IDS)[number], answers: unknown) => {
  const built = buildLetter(id, answers, { date: LETTER_DATE, words: messages });
  return built.ok ? renderText(built.letter) : null;
};

/** The questions a page asks this letter and writer, with where each answer goes; a group's lines are asked with it. */
function askedFields(fields: readonly Field[], letter: (typeof LETTERS)[keyof typeof LETTERS], voice: Voice): { field: Field; path: string }[] {
  return fields
    .filter((field) => isAsked(field, { letter, voice }))
    .flatMap((field) => [
      { field, path: voice === "helper" && field.helperPath ? field.helperPath : field.path },
      ...askedFields(childrenOf(field), letter, voice),
    ]);
}

/**
 * Questions whose answer is not words of the letter, and why: the agreement a helper must tick,
 * who is writing (every other answer follows from it), and whether there is a back-up or an
 * address of the writer's own (their answers inside are checked one by one).
 */
const NOT_LETTER_TEXT = new Set([
  "writer.role",
  "writer.consent",
  "backup",
  "writer.address",
  // The code of an organisation picked from our list: it fills the name, address and nation the letter uses.
  "currentTeam.organisationCode",
  "preferred.organisationCode",
  "backup.organisationCode",
  "concern.organisationCode",
  "records.organisationCode",
]);

describe.each(LETTER_IDS)("%s asks only what it uses", (id) => {
  const letter = LETTERS[id];
  const examples = EXAMPLES.filter((e) => e.template === id);
  const voices: Voice[] = ["self", "helper"];
  const questions = stepsFor(letter, STEPS).flatMap((step) =>
    voices.flatMap((voice) =>
      askedFields(STEPS.find((s) => s.id === step)!.fields, letter, voice)
        .filter(({ field, path }) => hasInput(field) && !NOT_LETTER_TEXT.has(path))
        .map(({ field, path }) => ({ step, voice, field, path })),
    ),
  );
  const unique = [...new Map(questions.map((q) => [`${q.step} ${q.path}`, q])).values()];

  it.each(unique.map((q) => [`${q.step}: ${q.path}`, q] as const))("%s changes the letter", (_, q) => {
    const own = examples.filter((e) => (writesForPatient((e.answers as any).writer?.role) ? "helper" : "self") === q.voice || q.field.helperPath === undefined);
    const changes = own.some((e) => {
      const before = textOf(id, e.answers);
      return otherAnswers(q.field, valueAt(e.answers, q.path)).some((value) => {
        const after = textOf(id, withAnswer(e.answers, q.path, value));
        return after !== null && after !== before;
      });
    });
    expect(changes, `${q.path} on ${q.step} is asked for ${id} but no answer to it changes the letter`).toBe(true);
  });
});
