import { describe, expect, it } from "vitest";
import { validateAnswers } from "@/lib/answers";
import { messages } from "@/messages";
import { EXAMPLES, answersOf } from "@/tests/fixtures/examples";
import { ANSWERS_FILE_NAME, answersFileText, readAnswersFile } from "./answers-file";
import { stripEmpty } from "./clean";
import type { DraftAnswers } from "./format";

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
    const read = readAnswersFile(text, messages);
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
    expect(readAnswersFile(text, messages)).toEqual({ ok: true, answers: { schemaVersion: 1, nation: "england", log } });

    const broken = readAnswersFile(JSON.stringify({ schemaVersion: 1, log: [log[0], { ...log[1], date: "18 November", extra: 1 }] }), messages);
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.problems.map((p) => p.path)).toContain("log.1.date");
  });

  it("reads a file saved part way through", () => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, nation: "scotland", patient: { fullName: "Iona Ross" } }), messages);
    expect(read).toEqual({ ok: true, answers: { schemaVersion: 1, nation: "scotland", patient: { fullName: "Iona Ross" } } });
  });

  it("reports each wrong answer with where it is", () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.patient.nhsNumber = "943 476 5918";
    answers.patient.address.postcode = "nowhere";
    answers.reasons.selected = ["because"];
    const read = readAnswersFile(JSON.stringify(answers), messages);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.problems.map((p) => p.path)).toEqual(["patient.nhsNumber", "patient.address.postcode", "reasons.selected.0"]);
    expect(read.problems[0]!.message).toMatch(/valid NHS number/);
  });

  it("uses the nation's own name for the patient number in problems", () => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, nation: "scotland", patient: { nhsNumber: "12" } }), messages);
    expect(read).toEqual({ ok: false, problems: [{ path: "patient.nhsNumber", message: "CHI number must be 10 digits" }] });
  });

  it("reports answers of the wrong type", () => {
    const read = readAnswersFile(JSON.stringify({ schemaVersion: 1, patient: { fullName: 12 }, reasons: { selected: "x" } }), messages);
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
    const read = readAnswersFile(text, messages);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]!.message).toMatch(message);
  });

  it("reads a file that starts with a byte order mark", () => {
    expect(readAnswersFile('\uFEFF{"schemaVersion":1,"nation":"wales"}', messages)).toEqual({ ok: true, answers: { schemaVersion: 1, nation: "wales" } });
  });
});
