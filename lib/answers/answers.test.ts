import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { answersOf } from "@/tests/fixtures/examples";
import { answersJsonSchema, validateAnswers } from "./answers";
import { formatNhsNumber, isValidNhsNumber } from "./nhs-number";
import { isValidPostcode, normalisePostcode } from "./postcode";
import { cleanText } from "./text";

const typical = () => answersOf("gp-oncology-second-opinion", "typical");

function problemsOf(input: unknown, required: Parameters<typeof validateAnswers>[1] = []) {
  const result = validateAnswers(input, required, messages);
  return result.ok ? [] : result.problems;
}

describe("NHS number", () => {
  it.each(["9434765919", "943 476 5919", "943-476-5919", "4857773007"])("accepts the valid number %s", (n) => {
    expect(isValidNhsNumber(n)).toBe(true);
  });
  it.each(["9434765918", "1234567890", "943476591", "94347659190", "abcdefghij", ""])("rejects %j", (n) => {
    expect(isValidNhsNumber(n)).toBe(false);
  });
  it("rejects a number whose check digit would be 10", () => {
    // 123456789: weighted sum 210, 11 - (210 % 11) = 10, so no check digit can make it valid.
    expect(isValidNhsNumber("1234567890")).toBe(false);
    expect(isValidNhsNumber("1234567891")).toBe(false);
  });
  it("prints the way the NHS does", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
  });
  it("gives a specific message for each kind of mistake, in the nation's own words", () => {
    const a = typical();
    a.patient.nhsNumber = "943 476 5918";
    expect(problemsOf(a)).toEqual([{ path: "patient.nhsNumber", message: "Enter a valid NHS number. Check each digit: one may be mistyped" }]);
    a.patient.nhsNumber = "94347";
    expect(problemsOf(a)).toEqual([{ path: "patient.nhsNumber", message: "NHS number must be 10 digits" }]);
    a.nation = "scotland";
    a.patient.nhsNumber = "94347A";
    expect(problemsOf(a)).toEqual([{ path: "patient.nhsNumber", message: "CHI number must only include numbers" }]);
    a.nation = "northern-ireland";
    a.patient.nhsNumber = "";
    expect(problemsOf(a)).toEqual([{ path: "patient.nhsNumber", message: "Enter the Health and Care number" }]);
  });
  it("stores the number without spaces", () => {
    const r = validateAnswers(typical(), [], messages);
    expect(r.ok && r.answers.patient.nhsNumber).toBe("9434765919");
  });
});

describe("postcode", () => {
  it.each(["SW1A 1AA", "sw1a1aa", "BT4 3JD", "EH1 1YZ", "CF10 1EP", "M1 1AE", "B33 8TH", "GIR 0AA", " w1a 0ax "])("accepts %j", (p) => {
    expect(isValidPostcode(p)).toBe(true);
  });
  it.each(["", "SW1A", "12345", "QQ1 1AA", "SW1A 1A", "SW1A-1AA", "ZZZZ ZZZ"])("rejects %j", (p) => {
    expect(isValidPostcode(p)).toBe(false);
  });
  it("tidies the postcode to capitals with one space", () => {
    expect(normalisePostcode("bn34qt")).toBe("BN3 4QT");
    const a = typical();
    a.patient.address.postcode = " bn34qt ";
    const r = validateAnswers(a, [], messages);
    expect(r.ok && r.answers.patient.address.postcode).toBe("BN3 4QT");
  });
  it("explains a wrong postcode", () => {
    const a = typical();
    a.patient.address.postcode = "NOT A CODE";
    expect(problemsOf(a)).toEqual([{ path: "patient.address.postcode", message: "Enter a full UK postcode, like SW1A 1AA" }]);
  });
});

describe("date of birth", () => {
  it("must be in the past", () => {
    const a = typical();
    a.patient.dateOfBirth = "2999-01-01";
    expect(problemsOf(a)).toEqual([{ path: "patient.dateOfBirth", message: "Date of birth must be in the past" }]);
  });
  it.each([
    ["1960-02-30", "Date of birth must be a real date"],
    ["12/04/1958", "Date of birth must be a date written as YYYY-MM-DD"],
    ["", "Enter the patient's date of birth"],
  ])("rejects %j", (dob, message) => {
    const a = typical();
    a.patient.dateOfBirth = dob;
    expect(problemsOf(a)).toEqual([{ path: "patient.dateOfBirth", message }]);
  });
});

describe("required answers", () => {
  it("names each missing answer by its path", () => {
    const a = typical();
    delete a.patient.fullName;
    delete a.gp.name;
    expect(problemsOf(a)).toEqual([
      { path: "patient.fullName", message: "Enter the patient's full name" },
      { path: "gp.name", message: "Enter your GP's name" },
    ]);
  });
  it("says which whole section a letter needs", () => {
    const a = typical();
    delete a.gp;
    delete a.surgery;
    expect(problemsOf(a, ["gp", "surgery"]).map((p) => p.path)).toEqual(["gp", "surgery"]);
    expect(problemsOf(a, ["gp"])[0]!.message).toBe("This letter goes to the GP: enter the GP's details");
  });
  it("needs a way to reply, the one chosen: a number to be phoned, an address to be emailed", () => {
    const a = typical();
    a.patient.phone = "";
    a.patient.preferredContact = "phone";
    expect(problemsOf(a)).toEqual([{ path: "patient.phone", message: "Enter a phone number, or choose another way to be contacted" }]);
    a.patient.preferredContact = "email";
    a.patient.email = "";
    expect(problemsOf(a)).toEqual([{ path: "patient.email", message: "Enter an email address, or choose another way to be contacted" }]);
    delete a.patient.preferredContact;
    expect(problemsOf(a)).toEqual([{ path: "patient.preferredContact", message: "Select how you would like a reply" }]);
    // By post needs neither: the address is on the letter.
    a.patient.preferredContact = "post";
    expect(problemsOf(a)).toEqual([]);
  });
  it("asks someone writing for the patient for their own way to be reached, not the patient's", () => {
    const a = typical();
    a.writer = { role: "helper", fullName: "Sam Ellis", relationship: "daughter", refersTo: "she", consent: true };
    delete a.patient.preferredContact;
    expect(problemsOf(a)).toEqual([{ path: "writer.preferredContact", message: "Select how you would like a reply" }]);
    a.writer.preferredContact = "phone";
    a.writer.phone = "07700 900 999";
    expect(problemsOf(a)).toEqual([]);
  });
  it("needs a reason, chosen or in the patient's own words", () => {
    const a = typical();
    a.reasons = { selected: [], ownWords: "  " };
    expect(problemsOf(a)).toEqual([{ path: "reasons.selected", message: "Select at least one reason, or give your reasons in your own words" }]);
    a.reasons.ownWords = "I want to be sure.";
    expect(problemsOf(a)).toEqual([]);
  });
  it("requires consent when someone else writes", () => {
    const a = typical();
    a.writer = { role: "helper", fullName: "Sam Ellis", relationship: "daughter", refersTo: "she", consent: false, preferredContact: "post" };
    expect(problemsOf(a)).toEqual([
      { path: "writer.consent", message: "You can only write for the patient if they have agreed. Confirm that they have", allowed: ["true"] },
    ]);
  });
  it("lets someone act for a patient who cannot agree, with no consent to tick, on a basis the nation's law gives", () => {
    const a = typical();
    a.writer = { role: "representative", basis: "attorney", fullName: "Sam Ellis", relationship: "daughter", refersTo: "she", preferredContact: "post" };
    expect(problemsOf(a)).toEqual([]);
    // A consent answer is not one of a representative's: it is left out, never required.
    const r = validateAnswers({ ...a, writer: { ...a.writer, consent: true } }, [], messages);
    expect(r.ok && r.answers.writer).not.toHaveProperty("consent");
    delete a.writer.basis;
    expect(problemsOf(a)).toEqual([
      { path: "writer.basis", message: messages.answers.fields["writer.basis"].invalid, allowed: ["attorney", "deputy", "guardian", "family"] },
    ]);
  });
  it.each([
    ["england", "guardian", "basisGuardian"],
    ["wales", "guardian", "basisGuardian"],
    ["scotland", "deputy", "basisDeputy"],
    ["northern-ireland", "attorney", "basisNorthernIreland"],
    ["northern-ireland", "deputy", "basisNorthernIreland"],
    ["northern-ireland", "guardian", "basisNorthernIreland"],
  ] as const)("in %s, a %s's letter cannot be written: the law there gives no such basis", (nation, basis, reason) => {
    const a = typical();
    a.nation = nation;
    a.writer = { role: "representative", basis, fullName: "Sam Ellis", relationship: "son", refersTo: "he", preferredContact: "post" };
    expect(problemsOf(a)).toEqual([{ path: "writer.basis", message: messages.answers.reasons[reason] }]);
  });
  it.each([
    ["england", ["attorney", "deputy", "family"]],
    ["wales", ["attorney", "deputy", "family"]],
    ["scotland", ["attorney", "guardian", "family"]],
    ["northern-ireland", ["family"]],
  ] as const)("in %s, %j each fit", (nation, bases) => {
    for (const basis of bases) {
      const a = typical();
      a.nation = nation;
      a.writer = { role: "representative", basis, fullName: "Sam Ellis", relationship: "son", refersTo: "he", preferredContact: "post" };
      expect(problemsOf(a)).toEqual([]);
    }
  });
  it("rejects a wrong schema version and an unknown nation", () => {
    const a = typical();
    a.schemaVersion = 2;
    a.nation = "france";
    expect(problemsOf(a).map((p) => p.path)).toEqual(["schemaVersion", "nation"]);
    // A file's author is told the values the file may hold there.
    expect(problemsOf(a).map((p) => p.allowed)).toEqual([["1"], ["england", "wales", "scotland", "northern-ireland"]]);
  });
  it("names an answer with no words of its own by its path, and lists a union's kinds", () => {
    const a = typical();
    a.writer = { role: "carer" };
    expect(problemsOf(a)).toEqual([
      {
        path: "writer.role",
        message: "Select whether you are the patient, someone helping them, or someone acting for them",
        allowed: ["patient", "helper", "representative"],
      },
    ]);
  });
  it.each([null, 42, "text", [], undefined])("answers that are not an object (%j) get a message, not an exception", (input) => {
    expect(problemsOf(input).length).toBeGreaterThan(0);
  });
});

describe("free text", () => {
  it("removes invisible and control characters and folds spaces", () => {
    expect(cleanText("  Zoe\u0308\u200B  \u0007O'Brien\u202E ")).toBe("Zoë O'Brien");
  });
  it("removes tag characters (U+E0020–E007F) and every other invisible format character (issue 23, row 6)", () => {
    // "Margaret" followed by the tag characters spelling "ignore": invisible on screen, garbage in a PDF.
    const tagged = `Margaret${Array.from("ignore", (c) => String.fromCodePoint(0xe0000 + c.codePointAt(0)!)).join("")} Ellis`;
    expect(cleanText(tagged)).toBe("Margaret Ellis");
    expect(cleanText("\u{E0001}a\u{E007F}b\u2061c\uFFF9d\uFFFBe\u180Ef\u061Cg\u{1D173}h\u{13430}i")).toBe("abcdefghi");
    expect(cleanText("one\u{E0020}\ntwo", true)).toBe("one\ntwo");
    // Signs that draw a mark of their own stay, as do letters with accents and emoji.
    expect(cleanText("\u0600 Zoë 👍🏽")).toBe("\u0600 Zoë 👍🏽");
  });
  it("keeps paragraphs in multi-line answers", () => {
    expect(cleanText("one\r\n\r\n\r\n  two  \nthree", true)).toBe("one\n\ntwo\nthree");
  });
  it("limits length with a clear message", () => {
    const a = typical();
    a.patient.fullName = "x".repeat(101);
    expect(problemsOf(a)).toEqual([{ path: "patient.fullName", message: "Full name must be 100 characters or fewer" }]);
  });
  it("keeps markup as literal text", () => {
    const a = typical();
    a.ownWords = "<script>alert(1)</script> & <b>bold</b>";
    const r = validateAnswers(a, [], messages);
    expect(r.ok && r.answers.ownWords).toBe("<script>alert(1)</script> & <b>bold</b>");
  });
});

describe("JSON Schema", () => {
  it("publishes the fixed paths", () => {
    const schema = answersJsonSchema() as any;
    expect(schema.properties.schemaVersion.const).toBe(1);
    expect(schema.properties.nation.enum).toEqual(["england", "wales", "scotland", "northern-ireland"]);
    for (const key of ["fullName", "dateOfBirth", "nhsNumber", "address"]) expect(schema.properties.patient.properties).toHaveProperty(key);
    expect(schema.properties.patient.properties.address.properties).toHaveProperty("postcode");
    expect(schema.properties.gp.properties).toHaveProperty("practiceName");
    expect(schema.properties.currentTeam.properties).toHaveProperty("consultantName");
    expect(schema.properties.preferred.properties).toHaveProperty("clinician");
    expect(schema.properties.backup.properties).toHaveProperty("hospital");
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "nation", "writer", "patient"]));
  });
});

describe("what the patient was told about surgery", () => {
  it("needs the date they were told, unless surgery has not been talked about", () => {
    const a = answersOf("gp-surgical-second-opinion", "typical");
    delete a.surgery.toldOn;
    expect(problemsOf(a).map((p) => p.path)).toEqual(["surgery.toldOn"]);
    a.surgery.toldWhat = "not-discussed";
    expect(problemsOf(a)).toEqual([]);
  });

  it("refuses a date before 1900", () => {
    const a = typical();
    a.patient.dateOfBirth = "1890-04-12";
    expect(problemsOf(a)).toEqual([{ path: "patient.dateOfBirth", message: "Date of birth must be in 1900 or later" }]);
  });
});
