import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { messages } from "@/messages";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { stripEmpty } from "@/lib/draft/clean";
import { ZAnswersSchema, validateAnswers } from "./answers";
import { readPartialAnswers } from "./partial";

// Drafts and answers files are read by walking the answers schema itself (./partial.ts). These
// check the walk against the schema with answers the schema itself describes: any subset of the
// answers, of the right kinds, reads back as it is; junk put anywhere is left out alone.

type Def = {
  type: string;
  shape?: Record<string, z.ZodMiniType>;
  innerType?: z.ZodMiniType;
  element?: z.ZodMiniType;
  options?: z.ZodMiniType[];
  entries?: Record<string, string>;
  values?: unknown[];
};
const defOf = (schema: z.ZodMiniType) => (schema as unknown as { def: Def }).def;

/** Values of the right kind for a schema, any subset of an object's answers present. */
function rightKind(schema: z.ZodMiniType): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return rightKind(def.innerType!);
    case "string":
      return fc.string({ maxLength: 12 });
    case "enum":
      return fc.constantFrom(...Object.values(def.entries!));
    case "boolean":
      return fc.boolean();
    case "literal":
      return fc.constantFrom(...def.values!);
    case "array":
      return fc.array(rightKind(def.element!), { maxLength: 3 });
    case "object":
      return fc.record(Object.fromEntries(Object.entries(def.shape!).map(([key, child]) => [key, rightKind(child)])), { requiredKeys: [] });
    case "union":
      return fc.oneof(...def.options!.map((option) => rightKind(option).map((value) => ({ ...(value as object), ...discriminator(option) }))));
    default:
      throw new Error(`No arbitrary for a ${def.type} schema`);
  }
}

/** The discriminator's own value for one option of who-is-writing's union. */
function discriminator(option: z.ZodMiniType): Record<string, unknown> {
  const role = defOf(defOf(option).shape!.role!).values![0];
  return { role };
}

const junk = fc.oneof(fc.integer(), fc.constant(null), fc.array(fc.integer(), { minLength: 1 }), fc.double(), fc.string());
const sections = Object.keys(ZAnswersSchema.shape);

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

  it("leaves out an answer of the wrong kind, and only that answer", () => {
    fc.assert(
      fc.property(rightKind(ZAnswersSchema), fc.constantFrom(...sections), junk, (answers, section, bad) => {
        const damaged = { ...(answers as Record<string, unknown>), [section]: bad };
        const read = readPartialAnswers(damaged, "shape");
        const { [section]: _gone, ...rest } = answers as Record<string, unknown>;
        // A list of notes from this device keeps the notes that can be read and leaves out the others.
        if (section === "log" && Array.isArray(bad)) {
          expect(read.damaged.every((p) => /^log\.\d+$/.test(p))).toBe(true);
          expect(read.value).toEqual({ ...rest, log: bad.filter((_, i) => !read.damaged.includes(`log.${i}`)) });
          return;
        }
        // Junk that happens to be of the right kind (a string for the nation) is an answer.
        if (read.damaged.length === 0) expect(read.value).toEqual(damaged);
        else {
          expect(read.damaged).toEqual([section]);
          expect(read.value).toEqual(rest);
        }
      }),
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
