import { describe, expect, it } from "vitest";
import { NATIONS } from "@/lib/answers/vocabulary";
import { factsCss } from "@/lib/draft/frame";
import { LETTER_IDS } from "@/templates";
import { messages } from "@/messages";
import { formatFor } from "@/messages/format";
import { casesOf, type Facts, sayFor } from "./ByFacts";

const every = (): Facts[] =>
  [...LETTER_IDS, "none" as const].flatMap((letter) =>
    (["self", "helper"] as const).flatMap((voice) => [...NATIONS, "none" as const].map((nation) => ({ letter, voice, nation }))),
  );

/** Which cases the page's first script shows for these facts: those every mark allows (as factsCss's rule reads them). */
function shown(marks: Record<string, string>, facts: Facts): boolean {
  return (["letter", "voice", "nation"] as const).every((fact) => {
    const mark = marks[`data-for-${fact}`];
    return mark === undefined || mark.split(" ").includes(facts[fact]);
  });
}

describe("what a page draws before it knows the draft", () => {
  it("draws each different case once, and for any draft exactly one of them shows: the one drawn for it", () => {
    const keyOf = (f: Facts) => (f.letter.startsWith("gp") && f.voice === "helper" ? "gp helper" : f.nation === "scotland" ? "scotland" : "other");
    const cases = casesOf(null, ["letter", "voice", "nation"], LETTER_IDS, keyOf);
    expect(new Set(cases.map((c) => c.key.split("#")[0])).size).toBe(3);
    for (const facts of every()) {
      const showing = cases.filter((c) => shown(c.marks, facts));
      expect(showing, JSON.stringify(facts)).toHaveLength(1);
      expect(keyOf(showing[0]!.facts)).toBe(keyOf(facts));
    }
  });

  it("marks nothing that is the same for everyone, and draws only the draft's case once it is known", () => {
    expect(casesOf(null, ["letter", "voice"], LETTER_IDS, () => "same")).toEqual([{ key: "same", facts: expect.any(Object), marks: {} }]);
    const known: Facts = { letter: "pals-concern", voice: "helper", nation: "wales" };
    expect(casesOf(known, ["letter"], LETTER_IDS, (f) => f.letter)).toEqual([{ key: "pals-concern", facts: known, marks: {} }]);
  });

  it("marks with the tokens the first script's style sheet compares", () => {
    const [gp] = casesOf(null, ["letter"], LETTER_IDS, (f) => (f.letter === "gp-oncology-second-opinion" ? "gp" : "other"));
    expect(gp!.marks).toEqual({ "data-for-letter": "gp-oncology-second-opinion" });
    expect(factsCss({ letter: "gp-oncology-second-opinion", voice: "self", nation: "none" })).toContain(
      '[data-for-letter]:not([data-for-letter~="gp-oncology-second-opinion"])',
    );
  });

  it("says words in every voice and nation's wording, each marked, until the draft is known", () => {
    const format = formatFor(messages.meta);
    const label = messages.steps["patient-details"].fields.nhsNumber.label;
    const before = sayFor(null, LETTER_IDS, format, messages.answers.identifierTerms)(label);
    const texts = (Array.isArray(before) ? before : [before]).map((node) => (node as { props: { children: string } }).props.children);
    expect(new Set(texts)).toEqual(new Set(Object.values(messages.answers.identifierTerms)));
    const after = sayFor({ letter: "none", voice: "self", nation: "scotland" }, LETTER_IDS, format, messages.answers.identifierTerms)(label);
    expect(after).toBe(messages.answers.identifierTerms.scotland);
  });
});
