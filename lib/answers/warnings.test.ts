import { describe, expect, it } from "vitest";
import { messages } from "@/messages";
import { answersOf } from "@/tests/fixtures/examples";
import { isRealIsoDate } from "./dates";
import { chiStartsWithBirthDate, isValidNhsNumber, normaliseNhsNumber } from "./nhs-number";
import { answerWarnings } from "./warnings";

// A Scottish CHI number starts with the date of birth (DDMMYY); a few do not, so one that does not
// is a warning to check it, never a refusal (issue 20, point 3; letters.md, "Letter 1").

/** A Scottish patient born on 30 September 1949, with a CHI number that passes its check digit. */
function scottish(nhsNumber: string) {
  const a = answersOf("gp-oncology-second-opinion", "carer");
  a.nation = "scotland";
  a.patient.dateOfBirth = "1949-09-30";
  a.patient.nhsNumber = nhsNumber;
  return a;
}

describe("a CHI number that does not start with the date of birth", () => {
  it("is a warning at patient.nhsNumber, saying which digits to expect", () => {
    const a = scottish("485 777 3007");
    expect(isValidNhsNumber(a.patient.nhsNumber)).toBe(true);
    expect(answerWarnings(a, messages)).toEqual([
      {
        path: "patient.nhsNumber",
        message:
          "A CHI number usually starts with the date of birth. For 30 September 1949, that is 300949. Check the CHI number and the date of birth. If both are right, you can carry on.",
      },
    ]);
  });

  it("says nothing of one that does, or of a number that is wrong anyway, or outside Scotland", () => {
    expect(answerWarnings(scottish("300 949 1239"), messages)).toEqual([]);
    // Not a CHI number at all: the answers' own check says so, as a problem.
    expect(answerWarnings(scottish("485 777 3008"), messages)).toEqual([]);
    const english = scottish("485 777 3007");
    english.nation = "england";
    expect(answerWarnings(english, messages)).toEqual([]);
    expect(answerWarnings(null, messages)).toEqual([]);
    expect(answerWarnings({ nation: "scotland", patient: { nhsNumber: 4857773007 } }, messages)).toEqual([]);
  });

  it("never stops the letter", async () => {
    const { validateAnswers } = await import("./answers");
    expect(validateAnswers(scottish("485 777 3007"), [], messages).ok).toBe(true);
  });
});

describe("the CHI number's example on the patient's details page", () => {
  const hints = messages.steps["patient-details"].fields.nhsNumber.nationHint.scotland;
  it.each(Object.entries(hints))("(%s) starts with a date and passes the check digit", (_, hint) => {
    const example = normaliseNhsNumber(/\d{3} \d{3} \d{4}/.exec(hint)![0]);
    expect(isValidNhsNumber(example)).toBe(true);
    const [dd, mm, yy] = [example.slice(0, 2), example.slice(2, 4), example.slice(4, 6)];
    expect(isRealIsoDate(`19${yy}-${mm}-${dd}`)).toBe(true);
    // The date the hint names is the one the number starts with.
    expect(chiStartsWithBirthDate(example, "1958-03-31")).toBe(true);
    expect(hint).toContain("31 March 1958");
  });
});
