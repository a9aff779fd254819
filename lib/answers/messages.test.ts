import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { validAnswers } from "@/tests/fixtures/arbitraries";
import { type SchemaPath, schemaPaths, wrongValue } from "@/tests/fixtures/schema-arbitraries";
import { SECTIONS, type TSectionKey, validateAnswers, ZAnswersSchema } from "./answers";
import { readPartialAnswers } from "./partial";

// No message shows our own machinery (issue 20): whatever is wrong, wherever it is, the problem is
// named by the answer's path and said in the catalogue's words, every placeholder filled. The paths
// and the wrong values are drawn from the answers schema itself (tests/fixtures/schema-arbitraries.ts),
// so an answer added to the schema is tried here without a word of this file changing.

const PLACEHOLDER = /\{\w+\}/;
const ALL_SECTIONS = Object.keys(SECTIONS) as TSectionKey[];
const PATHS = schemaPaths(ZAnswersSchema);
/** "log.0.date" → "log[].date": how the catalogue names an answer (lib/answers/messages.ts). */
const catalogueKey = (path: string) => path.replace(/\.(\d+)(?=\.|$)/g, "[]");

/** Sets `value` at a dotted path, making the sets of answers and lists on the way. */
function setAt(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node: any = root;
  for (const [i, key] of keys.slice(0, -1).entries()) {
    const nextIsIndex = /^\d+$/.test(keys[i + 1]!);
    if (node[key] === null || typeof node[key] !== "object") node[key] = nextIsIndex ? [] : {};
    node = node[key];
  }
  node[keys.at(-1)!] = value;
}

/** Answers every letter could be written from, with a note and an enclosure so a list's items have a place, by this writer. */
const baseFor = (p: SchemaPath) =>
  validAnswers
    .filter((a) => p.role === undefined || (a.writer as { role: string }).role === p.role)
    .map((a) => ({
      ...a,
      log: [{ date: "2026-11-02", who: "the GP practice", what: "Phoned about the letter" }],
      enclosures: { items: ["clinic-letters"] },
    }));

/** Each answer's place, with a wrong value put there in a copy of good answers. */
const spoiled = fc.constantFrom(...PATHS).chain((p) =>
  fc.tuple(baseFor(p), wrongValue(p.schema)).map(([base, wrong]) => {
    const input = structuredClone(base) as Record<string, unknown>;
    setAt(input, p.path, wrong);
    return { path: p.path, wrong, input };
  }),
);

/** The problem is at the spoiled answer, or inside it (a set of answers whose writer we do not know: at its role). */
const at = (problemPath: string, path: string) => problemPath === path || problemPath.startsWith(`${path}.`);

describe("what is wrong with an answer, said in words", () => {
  it("names every answer the schema has in the catalogue", () => {
    const named = messages.answers.fields as Record<string, { label?: string } | undefined>;
    const missing = [...new Set(PATHS.map((p) => catalogueKey(p.path)))].filter((key) => !named[key]?.label);
    expect(missing).toEqual([]);
  });

  it("names the path of a wrong value anywhere in the answers, with every placeholder filled", () => {
    fc.assert(
      fc.property(spoiled, ({ path, input }) => {
        const checked = validateAnswers(input, ALL_SECTIONS, messages);
        expect(checked.ok).toBe(false);
        if (checked.ok) return;
        expect(
          checked.problems.some((p) => at(p.path, path)),
          JSON.stringify(checked.problems),
        ).toBe(true);
        for (const problem of checked.problems) {
          expect(problem.message).not.toBe("");
          expect(problem.message, problem.path).not.toMatch(PLACEHOLDER);
        }
      }),
      { numRuns: 1500 },
    );
  });

  it("says the same of an answers file read a part at a time", () => {
    fc.assert(
      fc.property(spoiled, ({ path, input }) => {
        const read = readPartialAnswers(input, "checked", messages);
        expect(
          read.problems.some((p) => at(p.path, path)),
          JSON.stringify(read.problems),
        ).toBe(true);
        for (const problem of read.problems) {
          expect(problem.message).not.toBe("");
          expect(problem.message, problem.path).not.toMatch(PLACEHOLDER);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("words a writer it does not know, by the writer's role", () => {
    const input = structuredClone(fc.sample(validAnswers, { numRuns: 1, seed: 20 })[0]!) as Record<string, any>;
    input.writer = { ...input.writer, role: "carer" };
    const checked = validateAnswers(input, [], messages);
    expect(checked.ok).toBe(false);
    if (!checked.ok)
      expect(checked.problems).toEqual([
        { path: "writer.role", message: messages.answers.fields["writer.role"].invalid, allowed: ["patient", "helper", "representative"] },
      ]);
  });
});
