import { LETTER_IDS } from "@/templates";
import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/answers";
import { messages } from "@/messages";
import { EXAMPLES, answersOf } from "@/tests/fixtures/examples";
import {
  ANSWERS_FILE_NAME,
  answersFileJsonSchema,
  answersFileText,
  decodeAnswersFile,
  draftFromFile,
  MAX_FILE_BYTES,
  nearestKey,
  readAnswersFile,
  readAnswersFileBytes,
} from "./answers-file";
import { stripEmpty } from "./clean";
import { type Draft, type DraftAnswers, emptyDraft } from "./format";

describe("stripEmpty", () => {
  it("takes out blanks and objects left empty, keeps lists and false", () => {
    expect(stripEmpty({ a: "", b: "  ", c: undefined, d: null, e: { f: "" }, g: [], h: ["", "x"], i: false, j: 0, k: "ok" })).toEqual({
      g: [],
      h: ["x"],
      i: false,
      j: 0,
      k: "ok",
    });
  });
});

describe("answers files", () => {
  it("is named the way the help pages say", () => {
    expect(ANSWERS_FILE_NAME).toBe("second-opinion-answers.json");
  });

  it("writes the JSON the command-line tool reads, without blanks", () => {
    const answers: DraftAnswers = {
      schemaVersion: 1,
      nation: "england",
      writer: { role: "patient" },
      patient: { fullName: "Margaret Ellis", hospitalNumber: "", address: { line1: "1 High St", line2: "", town: "Hove", postcode: "BN3 1AA" } },
      ownWords: "",
    };
    const parsed = JSON.parse(answersFileText(answers));
    expect(parsed).toEqual({
      schemaVersion: 1,
      nation: "england",
      writer: { role: "patient" },
      patient: { fullName: "Margaret Ellis", address: { line1: "1 High St", town: "Hove", postcode: "BN3 1AA" } },
    });
    expect(Object.keys(parsed)[0]).toBe("schemaVersion");
  });

  it.each(EXAMPLES.map((e) => [`${e.template}/${e.name}`, e] as const))("round-trips the example %s", (_, example) => {
    const text = answersFileText(example.answers as DraftAnswers);
    const read = readAnswersFile(text, messages, LETTER_IDS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    // What comes back is the engine's cleaned form of the same answers.
    const engine = validateAnswers(example.answers, [], messages);
    expect(engine.ok).toBe(true);
    if (engine.ok) expect(read.answers).toEqual(stripEmpty(engine.answers));
  });

  it("keeps the log of what has happened, note for note, and reports a broken note by its place", () => {
    const log = [
      { date: "2026-11-04", who: "Church Road Surgery", what: "Posted my letter to the practice" },
      { date: "2026-11-18", who: "Dr Shah's secretary", what: "Phoned. Told the letter had not arrived" },
    ];
    const text = answersFileText({ schemaVersion: 1, nation: "england", log });
    expect(JSON.parse(text).log).toEqual(log);
    expect(readAnswersFile(text, messages, LETTER_IDS)).toEqual({ ok: true, answers: { schemaVersion: 1, nation: "england", log } });

    const broken = readAnswersFile(JSON.stringify({ schemaVersion: 1, log: [log[0], { ...log[1], date: "18 November", extra: 1 }] }), messages, LETTER_IDS);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems.map((p) => p.path)).toContain("log.1.date");
  });

  it("reads a file saved part way through", () => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, nation: "scotland", patient: { fullName: "Iona Ross" } }), messages, LETTER_IDS);
    expect(read).toEqual({ ok: true, answers: { schemaVersion: 1, nation: "scotland", patient: { fullName: "Iona Ross" } } });
  });

  it("reports each wrong answer with where it is", () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.patient.nhsNumber = "943 476 5918";
    answers.patient.address.postcode = "nowhere";
    answers.reasons.selected = ["because"];
    const read = readAnswersFile(JSON.stringify(answers), messages, LETTER_IDS);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual(["patient.nhsNumber", "patient.address.postcode", "reasons.selected.0"]);
    expect(read.problems[0]!.message).toMatch(/valid NHS number/);
  });

  it("uses the nation's own name for the patient number in problems", () => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, nation: "scotland", patient: { nhsNumber: "12" } }), messages, LETTER_IDS);
    expect(read).toEqual({ ok: false, problems: [{ path: "patient.nhsNumber", message: "CHI number must be 10 digits" }] });
  });

  it("reports answers of the wrong type", () => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, patient: { fullName: 12 }, reasons: { selected: "x" } }), messages, LETTER_IDS);
    expect(read).toEqual({
      ok: false,
      problems: [
        { path: "patient.fullName", message: "Full name must be written as text" },
        { path: "reasons.selected", message: "Reasons must be a list" },
      ],
    });
  });

  it.each([
    ["not JSON", "hello", /not a saved answers file/],
    ["a list", "[1,2]", /not a saved answers file/],
    ["JSON without a schemaVersion", '{"name":"package"}', /not a saved answers file/],
    ["another version", '{"schemaVersion":2}', /different version/],
    ["a huge file", `{"schemaVersion":1,"ownWords":"${"x".repeat(300_000)}"}`, /too big/],
  ])("rejects %s with a message", (_, text, message) => {
    const read = readAnswersFile(text, messages, LETTER_IDS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(message);
  });

  it("reads a file that starts with a byte order mark", () => {
    expect(readAnswersFile('\uFEFF{"schemaVersion":1,"nation":"wales"}', messages, LETTER_IDS)).toEqual({
      ok: true,
      answers: { schemaVersion: 1, nation: "wales" },
    });
  });
});

describe("the answers file is the whole draft", () => {
  const letter = {
    templateId: "gp-oncology-second-opinion" as const,
    edits: { "gp-oncology-second-opinion": { thanks: "Thank you very much.", request: "" }, "pals-concern": {} },
  };

  it("carries the letter chosen, its rewording and the pages answered, after the answers", () => {
    const text = answersFileText({ schemaVersion: 1, nation: "wales" }, { letter, progress: { answered: ["who-is-writing", "nation"] } });
    const parsed = JSON.parse(text);
    expect(Object.keys(parsed)).toEqual(["schemaVersion", "nation", "letter", "progress"]);
    // A part reworded to nothing is kept: it leaves that part out of the letter. A letter with no rewording is not written.
    expect(parsed.letter).toEqual({
      templateId: "gp-oncology-second-opinion",
      edits: { "gp-oncology-second-opinion": { thanks: "Thank you very much.", request: "" } },
    });
    expect(parsed.progress).toEqual({ answered: ["who-is-writing", "nation"] });
  });

  it("reads back what it writes", () => {
    const progress = { answered: ["who-is-writing"] };
    const read = readAnswersFile(answersFileText({ schemaVersion: 1, nation: "wales" }, { letter, progress }), messages, LETTER_IDS);
    expect(read).toEqual({
      ok: true,
      answers: { schemaVersion: 1, nation: "wales" },
      letter: { templateId: "gp-oncology-second-opinion", edits: { "gp-oncology-second-opinion": letter.edits["gp-oncology-second-opinion"] } },
      progress,
    });
  });

  it("carries our wording of each reworded part as it was then, so a part written from answers changed since can be marked", () => {
    const basis = { "gp-oncology-second-opinion": { thanks: "Thank you for your help." } };
    const text = answersFileText({ schemaVersion: 1 }, { letter: { ...letter, basis } });
    expect(JSON.parse(text).letter.basis).toEqual(basis);
    const read = readAnswersFile(text, messages, LETTER_IDS);
    expect(read.ok && read.letter?.basis).toEqual(basis);
    const bad = readAnswersFile(JSON.stringify({ schemaVersion: 1, letter: { basis: { "pals-concern": { thanks: 1 } } } }), messages, LETTER_IDS);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toEqual(["letter.basis.pals-concern"]);
  });

  it("writes no letter part for a draft with no letter chosen and no rewording", () => {
    expect(JSON.parse(answersFileText({ schemaVersion: 1 }, { letter: { edits: {} }, progress: { answered: [] } }))).toEqual({ schemaVersion: 1 });
  });

  it("keeps a letter it does not write, and its rewording, naming it", () => {
    const read = readAnswersFile(
      JSON.stringify({ schemaVersion: 1, letter: { templateId: "complaint-appeal", edits: { "complaint-appeal": { a: "b" }, "pals-concer": { c: "d" } } } }),
      messages,
      LETTER_IDS,
    );
    expect(read).toEqual({
      ok: true,
      answers: { schemaVersion: 1 },
      letter: { edits: { "complaint-appeal": { a: "b" }, "pals-concer": { c: "d" } } },
      unknown: [
        { path: "letter.templateId", kind: "letter" },
        { path: "letter.edits.complaint-appeal", kind: "letter" },
        { path: "letter.edits.pals-concer", kind: "letter", suggestion: "pals-concern" },
      ],
    });
  });

  it.each([
    ["a letter part that is not a set of answers", { letter: "gp" }, "letter"],
    ["a letter id that is not text", { letter: { templateId: 3 } }, "letter.templateId"],
    ["rewording that is not a set", { letter: { edits: [] } }, "letter.edits"],
    ["rewording that is not text", { letter: { edits: { "pals-concern": { thanks: 1 } } } }, "letter.edits.pals-concern"],
    ["rewording longer than the editor allows", { letter: { edits: { "pals-concern": { thanks: "x".repeat(2001) } } } }, "letter.edits.pals-concern"],
    ["pages answered that are not a list", { progress: { answered: "nation" } }, "progress"],
  ])("refuses %s, saying where", (_, part, path) => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, ...part }), messages, LETTER_IDS);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => p.path)).toEqual([path]);
  });
});

describe("the draft a file makes", () => {
  const current = (): Draft => ({
    ...emptyDraft(new Date("2026-11-25T09:30:00Z")),
    answers: { schemaVersion: 1, nation: "england" },
    letter: { templateId: "pals-concern", edits: { "pals-concern": { intro: "Mine." } } },
    progress: { answered: ["nation"] },
    kept: [{ path: "answers.patient.fullName", value: 42 }],
  });

  it("takes the file's answers, letter, rewording and pages answered", () => {
    const letter = { templateId: "gp-oncology-second-opinion", edits: { "gp-oncology-second-opinion": { thanks: "Ta." } } };
    const next = draftFromFile(current(), { ok: true, answers: { schemaVersion: 1, nation: "wales" }, letter, progress: { answered: ["who-is-writing"] } });
    expect(next).toEqual({
      ...emptyDraft(new Date("2026-11-25T09:30:00Z")),
      answers: { schemaVersion: 1, nation: "wales" },
      letter,
      progress: { answered: ["who-is-writing"] },
    });
  });

  it("keeps the letter chosen for a file of answers alone, without its rewording, and lets the parts kept aside go", () => {
    const next = draftFromFile(current(), { ok: true, answers: { schemaVersion: 1, nation: "wales" } });
    expect(next.letter).toEqual({ templateId: "pals-concern", edits: {} });
    expect(next.progress).toEqual({ answered: [] });
    expect(next.kept).toBeUndefined();
    expect(next.savedAt).toBe(current().savedAt);
  });
});

describe("keys an answers file has that we do not know", () => {
  it("are named, with the known key nearest to each, and kept", () => {
    const read = readAnswersFile(
      JSON.stringify({ schemaVersion: 1, ownwords: "typed", patient: { fullName: "A", nhsnumber: "1", postocde: "x" }, Letter: {}, quite: "different" }),
      messages,
      LETTER_IDS,
    );
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.unknown).toEqual([
      { path: "ownwords", kind: "field", suggestion: "ownWords" },
      { path: "patient.nhsnumber", kind: "field", suggestion: "nhsNumber" },
      { path: "patient.postocde", kind: "field" },
      { path: "Letter", kind: "field", suggestion: "letter" },
      { path: "quite", kind: "field" },
    ]);
    // Kept as they were: a newer version may have written them. Blanks ({}) go, as for every answer.
    expect(read.answers).toEqual({ schemaVersion: 1, ownwords: "typed", patient: { fullName: "A", nhsnumber: "1", postocde: "x" }, quite: "different" });
  });

  it("keeps one named __proto__ as a plain key, never as the answers' prototype", () => {
    const read = readAnswersFile('{"schemaVersion":1,"__proto__":{"nation":"wales"},"patient":{"__proto__":{"fullName":"X"}}}', messages, LETTER_IDS);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(Object.getPrototypeOf(read.answers)).toBe(Object.prototype);
    expect(read.answers.nation).toBeUndefined();
    expect(read.answers.patient?.fullName).toBeUndefined();
    expect(Object.hasOwn(read.answers, "__proto__")).toBe(true);
    expect(read.unknown?.map((u) => u.path)).toEqual(["__proto__", "patient.__proto__"]);
    // And they go back out in the file as they came.
    expect(JSON.parse(answersFileText(read.answers))).toEqual(
      JSON.parse('{"schemaVersion":1,"patient":{"__proto__":{"fullName":"X"}},"__proto__":{"nation":"wales"}}'),
    );
  });

  it.each([
    ["ownwords", "ownWords"],
    ["nhs_number", "nhsNumber"],
    ["NHS Number", "nhsNumber"],
    ["fulname", "fullName"],
    ["postocde", "postcode"],
    ["dateofbirth", "dateOfBirth"],
  ])("finds %s near %s", (key, near) => {
    expect(nearestKey(key, ["fullName", "dateOfBirth", "nhsNumber", "ownWords", "postcode", "phone"])).toBe(near);
  });

  it.each([["zz"], ["hospital"], ["email"]])("suggests nothing for %s, which is near no key", (key) => {
    expect(nearestKey(key, ["fullName", "dateOfBirth", "nhsNumber"])).toBeUndefined();
  });

  it("suggests nothing when two keys are as near as each other", () => {
    expect(nearestKey("line", ["line1", "line2"])).toBeUndefined();
  });
});

describe("answers files that are not UTF-8", () => {
  const json = JSON.stringify({ schemaVersion: 1, nation: "england", patient: { fullName: "José Müller" } });

  it("are refused with a message, not read with their accents turned into �", () => {
    const read = readAnswersFileBytes(new Uint8Array(Buffer.from(json, "latin1")), messages, LETTER_IDS);
    expect(read).toEqual({ ok: false, problems: [{ path: "", message: expect.stringMatching(/not saved as UTF-8 text/) }] });
    expect(decodeAnswersFile(new Uint8Array(Buffer.from(json, "latin1")))).toBeNull();
  });

  it("are read when they are, with or without a byte order mark", () => {
    for (const bytes of [Buffer.from(json, "utf8"), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, "utf8")])]) {
      const read = readAnswersFileBytes(new Uint8Array(bytes), messages, LETTER_IDS);
      expect(read.ok && read.answers.patient?.fullName).toBe("José Müller");
    }
  });

  it("are refused as too big before they are decoded", () => {
    const read = readAnswersFileBytes(new Uint8Array(MAX_FILE_BYTES + 1), messages, LETTER_IDS);
    expect(read).toEqual({ ok: false, problems: [{ path: "", message: messages.answers.file.tooBig }] });
  });
});

describe("the published answers file schema", () => {
  it("limits every text the draft's parts hold", () => {
    const schema = answersFileJsonSchema(LETTER_IDS) as any;
    const rewording = schema.properties.letter.properties.edits.additionalProperties.additionalProperties;
    expect(rewording).toMatchObject({ type: "string", maxLength: 2000 });
    expect(schema.properties.progress.properties.answered).toMatchObject({ type: "array", maxItems: 100, items: { type: "string", maxLength: 60 } });
  });
});

describe("an answers file nested past any answers (issue 23, row 4)", () => {
  it("is refused, in words, before it is parsed: readAnswersFile never throws", () => {
    const typical = answersOf("gp-oncology-second-opinion", "typical");
    for (const depth of [3_000, 90_000]) {
      const text = JSON.stringify({ ...typical, deep: 0 }).replace('"deep":0', `"deep":${"[".repeat(depth)}${"]".repeat(depth)}`);
      expect(text.length).toBeLessThan(MAX_FILE_BYTES);
      expect(readAnswersFile(text, messages, LETTER_IDS)).toEqual({ ok: false, problems: [{ path: "", message: messages.answers.file.tooDeep }] });
      expect(readAnswersFileBytes(new TextEncoder().encode(text), messages, LETTER_IDS).ok).toBe(false);
    }
  });
});
