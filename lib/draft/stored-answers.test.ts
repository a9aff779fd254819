import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ANSWER_FIELDS, WRITER_ROLES, readStoredAnswers, readStoredDraftV1, type FieldKind, type Fields } from "./stored-answers";
import { ZDraftAnswersStrict } from "./shape";

// The stored-answers reader needs no zod (question pages load it first); the strict zod schema
// for loaded files is built from the same field list. These check the two agree.

const fixtures = fileURLToPath(new URL("./fixtures/", import.meta.url));

/** Values of the right shape for a field list, with any subset of the fields present. */
function valid(kind: FieldKind): fc.Arbitrary<unknown> {
  if (kind === "text") return fc.string({ maxLength: 12 });
  if (kind === "texts") return fc.array(fc.string({ maxLength: 6 }), { maxLength: 3 });
  if (kind === "yesNo") return fc.boolean();
  return record(kind);
}
function record(fields: Fields) {
  return fc.record(Object.fromEntries(Object.entries(fields).map(([key, kind]) => [key, valid(kind)])), { requiredKeys: [] });
}
const validWriter = fc.oneof(
  fc.constant({ role: "patient" }),
  record(WRITER_ROLES.helper).map((fields) => ({ ...fields, role: "helper" })),
);
const validAnswers = fc
  .tuple(record(ANSWER_FIELDS), fc.option(validWriter, { nil: undefined }), fc.boolean())
  .map(([answers, writer, versioned]) => ({ ...answers, ...(writer ? { writer } : {}), ...(versioned ? { schemaVersion: 1 } : {}) }));

/** Valid answers with junk put in at random places. */
const junk = fc.oneof(fc.integer(), fc.constant(null), fc.string(), fc.array(fc.integer()), fc.object(), fc.boolean());
const damagedAnswers = fc.tuple(validAnswers, fc.array(fc.tuple(fc.constantFrom(...Object.keys(ANSWER_FIELDS), "writer", "schemaVersion"), junk), { maxLength: 4 })).map(([answers, damage]) => {
  const out: Record<string, unknown> = { ...answers };
  for (const [key, value] of damage) out[key] = value;
  return out;
});

describe("readStoredAnswers", () => {
  it("reads valid answers exactly as the strict schema does", () => {
    fc.assert(
      fc.property(validAnswers, (answers) => {
        const strict = ZDraftAnswersStrict.safeParse(answers);
        expect(strict.success).toBe(true);
        expect(readStoredAnswers(answers)).toEqual(strict.data);
      }),
      { numRuns: 300 },
    );
  });

  it("turns damaged answers into answers the strict schema accepts, keeping the undamaged parts", () => {
    fc.assert(
      fc.property(damagedAnswers, (answers) => {
        const read = readStoredAnswers(answers);
        expect(read).not.toBeNull();
        expect(ZDraftAnswersStrict.safeParse(read).success).toBe(true);
        for (const [key, value] of Object.entries(answers)) {
          const alone = ZDraftAnswersStrict.safeParse({ [key]: value });
          if (alone.success && key in alone.data) expect(read![key]).toEqual((alone.data as Record<string, unknown>)[key]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("drops fields it does not know, as the strict schema does", () => {
    expect(readStoredAnswers({ nation: "wales", favouriteColour: "blue", patient: { fullName: "A", shoeSize: 9 } })).toEqual({ nation: "wales", patient: { fullName: "A" } });
  });

  it.each([null, "oops", 3, [], true])("is null for answers that are not a set of answers: %j", (value) => {
    expect(readStoredAnswers(value)).toBeNull();
  });

  it("keeps a writer only with a known role", () => {
    expect(readStoredAnswers({ writer: { role: "helper", fullName: "Sam", consent: "yes" } })).toEqual({ writer: { role: "helper", fullName: "Sam" } });
    expect(readStoredAnswers({ writer: { role: "neighbour", fullName: "Sam" } })).toEqual({});
  });
});

describe("readStoredDraftV1", () => {
  it("reads the version-1 fixture whole", () => {
    const raw = JSON.parse(readFileSync(`${fixtures}v1.json`, "utf8"));
    const read = readStoredDraftV1(raw);
    expect(read).toMatchObject({ format: "second-opinion-draft", version: 1, savedAt: raw.savedAt, letter: raw.letter, progress: raw.progress });
    expect(read!.answers).toEqual(ZDraftAnswersStrict.parse(raw.answers));
  });

  it("falls back part by part", () => {
    const read = readStoredDraftV1({
      format: "second-opinion-draft",
      version: 1,
      savedAt: 5,
      answers: {},
      letter: { templateId: "not-a-letter", edits: { "pals-concern": { a: 1 }, "gp-oncology-second-opinion": { thanks: "Thanks" } } },
      progress: { answered: ["nation", 2] },
    });
    expect(read).toEqual({
      format: "second-opinion-draft",
      version: 1,
      savedAt: new Date(0).toISOString(),
      answers: {},
      letter: { templateId: undefined, edits: { "pals-concern": {}, "gp-oncology-second-opinion": { thanks: "Thanks" } } },
      progress: { answered: [] },
    });
    expect(readStoredDraftV1({ format: "second-opinion-draft", version: 1, answers: {}, letter: { edits: { "no-such-letter": {} } } })!.letter).toEqual({ templateId: undefined, edits: {} });
  });

  it.each([{ format: "other", version: 1, answers: {} }, { format: "second-opinion-draft", version: 2, answers: {} }, { format: "second-opinion-draft", version: 1, answers: "x" }])(
    "is null for what is not a readable version-1 draft: %j",
    (value) => {
      expect(readStoredDraftV1(value)).toBeNull();
    },
  );
});
