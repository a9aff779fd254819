import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { messages } from "@/messages";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { stripEmpty } from "@/lib/draft/clean";
import { ZAnswersSchema, validateAnswers } from "./answers";
import { readPartialAnswers } from "./partial";
import { defOf, discriminator, rightKind, wrongKind } from "@/tests/fixtures/schema-arbitraries";

// Drafts and answers files are read by walking the answers schema itself (./partial.ts). These
// check the walk against the schema with answers the schema itself describes: any subset of the
// answers, of the right kinds, reads back as it is; junk put anywhere is left out alone
// (tests/fixtures/schema-arbitraries.ts draws both from the schema).

/** Left out of what the reader should give back. */
const GONE = Symbol("left out");
/**
 * Answers with junk put in some places, and what the generator knows of them (not what the reader
 * says): `expected` is the input with every junk answer left out and everything else as it was,
 * `damaged` each place it put junk and the junk it put there.
 */
interface Corrupted {
  input: unknown;
  expected: unknown;
  damaged: { path: string; value: unknown }[];
}
const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
const clean = (value: unknown): Corrupted => ({ input: value, expected: value, damaged: [] });
const left =
  (path: string) =>
  (value: unknown): Corrupted => ({ input: value, expected: GONE, damaged: [{ path, value }] });
const junkAt = (schema: z.ZodMiniType, path: string) => wrongKind(schema).map(left(path));
/** One answer in four, whole sets of answers included, is junk. */
const mostlyRight = (right: fc.Arbitrary<Corrupted>, junk: fc.Arbitrary<Corrupted>) =>
  fc.oneof({ arbitrary: right, weight: 3 }, { arbitrary: junk, weight: 1 });

/** A set of answers from its parts, each part possibly with junk in it. */
function assemble(parts: Partial<Record<string, Corrupted>>, fixed: Record<string, unknown> = {}): Corrupted {
  const entries = Object.entries(parts).filter((entry): entry is [string, Corrupted] => entry[1] !== undefined);
  return {
    input: { ...Object.fromEntries(entries.map(([key, part]) => [key, part.input])), ...fixed },
    expected: { ...Object.fromEntries(entries.filter(([, part]) => part.expected !== GONE).map(([key, part]) => [key, part.expected])), ...fixed },
    damaged: entries.flatMap(([, part]) => part.damaged),
  };
}

function corrupted(schema: z.ZodMiniType, path: string): fc.Arbitrary<Corrupted> {
  const def = defOf(schema);
  const record = (shape: Record<string, z.ZodMiniType>, fixed?: Record<string, unknown>) =>
    fc
      .record(Object.fromEntries(Object.entries(shape).map(([key, child]) => [key, corrupted(child, at(path, key))])), { requiredKeys: [] })
      .map((parts) => assemble(parts, fixed));
  switch (def.type) {
    case "optional":
      return corrupted(def.innerType!, path);
    case "object":
      return path === "" ? record(def.shape!) : mostlyRight(record(def.shape!), junkAt(schema, path));
    case "union": {
      // Who is writing: the discriminator is left as it is, so the set of answers it picks is read.
      const options = def.options!.map((option) => {
        const { role: _role, ...shape } = defOf(option).shape!;
        return record(shape, discriminator(option));
      });
      return mostlyRight(fc.oneof(...options), junkAt(schema, path));
    }
    case "array": {
      if (defOf(def.element!).type !== "object") return mostlyRight(rightKind(schema).map(clean), junkAt(schema, path));
      // A list of notes from this device: each note that can be read is kept, each that cannot is left out alone.
      const item = mostlyRight(rightKind(def.element!).map(clean), wrongKind(def.element!).map(left("")));
      const list = fc.array(item, { maxLength: 4 }).map((items) => ({
        input: items.map((i) => i.input),
        expected: items.filter((i) => i.expected !== GONE).map((i) => i.expected),
        damaged: items.flatMap((i, index) => i.damaged.map(({ value }) => ({ path: at(path, index), value }))),
      }));
      const notAList = fc.oneof(fc.integer(), fc.constant(null), fc.string(), fc.constant({})).map(left(path));
      return mostlyRight(list, notAList);
    }
    default:
      return mostlyRight(rightKind(schema).map(clean), junkAt(schema, path));
  }
}

const byPath = (list: { path: string; value: unknown }[]) => [...list].sort((a, b) => a.path.localeCompare(b.path));

describe("reading answers by the schema's shape (stored drafts)", () => {
  it("reads answers of the right kinds back exactly as they are", () => {
    fc.assert(
      fc.property(rightKind(ZAnswersSchema), (answers) => {
        const read = readPartialAnswers(answers, "shape");
        expect(read.damaged).toEqual([]);
        expect(read.value).toEqual(answers);
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out each answer of the wrong kind, and only those answers", () => {
    // Judged by what the generator put where, not by what the reader reports: a reader that kept
    // junk, or dropped a good answer beside it, fails.
    fc.assert(
      fc.property(
        corrupted(ZAnswersSchema, "").filter((c) => c.damaged.length > 0),
        (c) => {
          const read = readPartialAnswers(c.input, "shape");
          expect(read.value).toEqual(c.expected);
          expect([...read.damaged].sort()).toEqual(c.damaged.map((d) => d.path).sort());
          expect(byPath(read.damagedValues)).toEqual(byPath(c.damaged));
          expect(read.unknown).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("names the answers it does not know, and keeps them out of what it read", () => {
    const read = readPartialAnswers({ nation: "wales", ownwords: "typo", patient: { fullName: "A", nhsnumber: "1" } }, "shape");
    expect(read.unknown).toEqual(["ownwords", "patient.nhsnumber"]);
    expect(read.value).toEqual({ nation: "wales", patient: { fullName: "A" } });
  });
});

describe("reading answers checked as the letters check them (answers files)", () => {
  it.each(EXAMPLES.map((e) => [`${e.template}/${e.name}`, e] as const))("%s reads back as the letters' own check cleans it", (_, example) => {
    const read = readPartialAnswers(example.answers, "checked", messages);
    expect(read.problems).toEqual([]);
    const engine = validateAnswers(example.answers, [], messages);
    expect(engine.ok).toBe(true);
    if (engine.ok) expect(stripEmpty(read.value)).toEqual(stripEmpty(engine.answers));
  });

  it("words each problem by the answer's path, as a whole letter's check would", () => {
    const read = readPartialAnswers(
      { schemaVersion: 1, nation: "scotland", patient: { nhsNumber: "12", address: { postcode: "nowhere" } } },
      "checked",
      messages,
    );
    expect(read.problems).toEqual([
      { path: "patient.nhsNumber", message: "CHI number must be 10 digits" },
      { path: "patient.address.postcode", message: "Enter a full UK postcode, like SW1A 1AA" },
    ]);
    expect(read.damaged).toEqual(["patient.nhsNumber", "patient.address.postcode"]);
  });
});
