import { describe, expect, it } from "vitest";
import { SECTIONS } from "@/lib/answers";
import { schemaAt } from "@/lib/journey/answer-schemas";
import { kindOf } from "@/lib/journey/field-kinds";
import { allFields, optionsOf } from "@/lib/journey/fields";
import { LETTER_IDS, LETTERS } from "@/templates";
import { CATALOGUES, messages } from "@/messages";
import { placeholders } from "@/messages/format";
import { PSEUDO_MARKS } from "@/messages/pseudo";
import { NOT_WORDS } from "@/messages/types";
import { STEPS } from "@/lib/steps";

// The catalogue and what uses it are declared apart (words in messages/, pages in steps/, letters
// in letters/): these check that they still fit together, so a page, a letter or a language can be
// added in its own folder and anything missing is named here or by the type checker.

/** Every string in a catalogue, by its dotted path, with the key it sits under. */
function strings(value: unknown, path = "", key = ""): { path: string; key: string; text: string }[] {
  if (typeof value === "string") return [{ path, key, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${path}[${i}]`, key));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => strings(v, path ? `${path}.${k}` : k, k));
  return [];
}

describe("question pages and their words", () => {
  for (const step of STEPS) {
    const words = messages.steps[step.id];
    // Every question a user sees has its words; a kept code (a hidden input) has none.
    const fields = allFields(step.fields).filter((field) => !kindOf(field).hidden);

    it(`${step.id}: every field has its words, and no words are left without a field`, () => {
      expect(Object.keys(words.fields).sort()).toEqual(fields.map((f) => f.name).sort());
      for (const field of fields) expect(words.fields[field.name as keyof typeof words.fields], field.name).toHaveProperty("label");
    });

    it(`${step.id}: every choice has its words`, () => {
      for (const field of fields) {
        const options = optionsOf(field);
        const optionWords = (words.fields[field.name as keyof typeof words.fields] as { options?: Record<string, unknown> }).options ?? {};
        expect(Object.keys(optionWords).sort(), field.name).toEqual([...options].sort());
      }
    });

    it(`${step.id}: every answer it writes is in the answers schema`, () => {
      for (const field of allFields(step.fields)) expect(schemaAt(field.path), field.path).toBeDefined();
    });
  }

  it("field names are unique on a page: they are the inputs' ids", () => {
    for (const step of STEPS) {
      const names = allFields(step.fields).map((f) => f.name);
      expect(new Set(names).size, step.id).toBe(names.length);
    }
  });
});

describe("letters and the pages they ask", () => {
  it("every letter has its words", () => {
    expect(Object.keys(messages.letters).sort()).toEqual([...LETTER_IDS].sort());
  });

  it("every section a letter needs has a page that asks it, and every page a letter lists is an optional one", () => {
    const optional = STEPS.filter((s) => s.asked === "optional").map((s) => s.id);
    const sectionsAsked = STEPS.flatMap((s) => (typeof s.asked === "object" ? [s.asked.section] : []));
    expect([...new Set(sectionsAsked)].sort()).toEqual(Object.keys(SECTIONS).sort());
    for (const id of LETTER_IDS) {
      for (const page of LETTERS[id].asks) expect(optional, `${id} asks ${page}`).toContain(page);
      for (const section of LETTERS[id].needs) expect(sectionsAsked, `${id} needs ${section}`).toContain(section);
    }
  });
});

describe("Northern Ireland's words (issue 22, point 5)", () => {
  // Health and Social Care there: a hint that sends people to the NHS App has Northern Ireland's own.
  it("every question hint that names the NHS App has a Northern Ireland hint that does not", () => {
    for (const [stepId, step] of Object.entries(messages.steps)) {
      for (const [name, field] of Object.entries(step.fields as Record<string, { hint?: unknown; nationHint?: Record<string, unknown> }>)) {
        if (!JSON.stringify(field.hint ?? "").includes("NHS App")) continue;
        const ni = field.nationHint?.["northern-ireland"];
        expect(ni, `${stepId}.${name}`).toBeDefined();
        expect(JSON.stringify(ni), `${stepId}.${name}`).not.toContain("NHS App");
      }
    }
  });
});

describe("catalogues", () => {
  // meta is each catalogue's own (its tag, the pseudo-locale's marks), not words to match.
  const words = (catalogue: object) => strings(catalogue).filter((s) => !s.path.startsWith("meta."));
  const OWN_LISTS = ["answers.greeting.titles[", "letterShared.team.teamWords["];
  const source = words(CATALOGUES["en-GB"]).filter((s) => !OWN_LISTS.some((list) => s.path.startsWith(list)));

  // A plural message has a form for each of its language's plural categories (Intl.PluralRules):
  // English "one" and "other", Welsh all six. Each form's placeholders are among its "other"'s.
  const EXTRA_PLURALS = /\.(zero|two|few|many)$/;
  const pluralsOf = (tag: string) => new Intl.PluralRules(tag === "en-GB-x-pseudo" ? "en-GB" : tag).resolvedOptions().pluralCategories;

  for (const [tag, catalogue] of Object.entries(CATALOGUES)) {
    it(`${tag} has the same keys as en-GB, and the same placeholders in every message`, () => {
      // Lists a language has as many of as it has (the titles a greeting knows), not messages to match one for one.
      const all = words(catalogue).filter((s) => !OWN_LISTS.some((list) => s.path.startsWith(list)));
      const own = all.filter((s) => !EXTRA_PLURALS.test(s.path));
      // The same keys, in whatever order a translator wrote them.
      expect(own.map((s) => s.path).sort()).toEqual(source.map((s) => s.path).sort());
      const sourceText = new Map(source.map((s) => [s.path, s.text]));
      for (const s of own) expect(placeholders(s.text), s.path).toEqual(placeholders(sourceText.get(s.path)!));
      // Every plural message has every form the language needs, each with the placeholders of "other".
      const byPath = new Map(all.map((s) => [s.path, s.text]));
      const sourcePaths = new Set(source.map((m) => m.path));
      for (const s of source.filter((m) => m.path.endsWith(".other") && sourcePaths.has(`${m.path.slice(0, -".other".length)}.one`))) {
        const stem = s.path.slice(0, -".other".length);
        for (const category of pluralsOf(tag)) {
          const form = byPath.get(`${stem}.${category}`);
          expect(form, `${tag}: ${stem}.${category}`).toBeDefined();
          // A form may leave the number out ("one page"), never add a placeholder "other" lacks.
          for (const name of placeholders(form!)) expect(placeholders(s.text), `${tag}: ${stem}.${category}`).toContain(name);
        }
      }
      for (const s of all.filter((m) => EXTRA_PLURALS.test(m.path))) expect(pluralsOf(tag), s.path).toContain(s.path.split(".").at(-1));
    });
  }

  it("the pseudo-locale marks every word, and only words", () => {
    for (const s of strings(CATALOGUES["en-GB-x-pseudo"])) {
      if (s.path.startsWith("meta.")) continue;
      const marked = s.text.startsWith(PSEUDO_MARKS.open) && s.text.endsWith(PSEUDO_MARKS.close);
      expect(marked, s.path).toBe(!NOT_WORDS.has(s.key));
    }
  });

  it("no message is empty, and none holds a placeholder it cannot be given", () => {
    for (const s of source) {
      if (s.path === "letterPage.editing.hints.heading") continue; // a heading needs no hint
      expect(s.text.trim(), s.path).not.toBe("");
      expect(s.text, s.path).not.toMatch(/\{\s|\s\}|\{\}/);
    }
  });
});
