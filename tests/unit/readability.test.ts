import { describe, expect, it } from "vitest";
import { buildLetter } from "@/templates/build";
import { messages } from "@/messages";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { NATIONS, type TNation } from "@/lib/answers/vocabulary";
import { LETTER_IDS, LETTERS } from "@/templates";
import { readability } from "@/tests/helpers/readability";

/**
 * Plain English for a reading age of 9 to 11 (letters.md, "How to write for these users"): every
 * letter body at or below grade 6.5 on the Flesch–Kincaid scale, and at most 350 words for a
 * patient's usual answers. The "international" examples give every optional answer at full length
 * in names from many languages, so only the grade holds for them.
 */
const MAX_GRADE = 6.5;
const MAX_WORDS = 350;
const LONG_ON_PURPOSE = new Set(["international"]);

describe.each(EXAMPLES)("readability of $template/$name", (ex) => {
  const built = buildLetter(ex.template, ex.answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const figures = readability(built.letter);

  it(`reads at Flesch–Kincaid grade ${MAX_GRADE} or below`, () => {
    expect(figures.grade).toBeLessThanOrEqual(MAX_GRADE);
  });

  if (!LONG_ON_PURPOSE.has(ex.name)) {
    it(`has at most ${MAX_WORDS} words`, () => {
      expect(figures.words).toBeLessThanOrEqual(MAX_WORDS);
    });
  }
});

/**
 * A typical patient in each nation (issue 20, point 5): each referral letter's typical answers,
 * in each nation, asking for teams at cancer centres in that nation, within the same limits.
 * (A team across a border adds a sentence on how it is reached: the cross-border examples hold it.)
 */
const HOME_TEAMS: Record<TNation, { preferred: string; backup: string }> = {
  england: { preferred: "The Royal Marsden", backup: "Guy's Hospital" },
  wales: { preferred: "Velindre Cancer Centre", backup: "Singleton Hospital" },
  scotland: { preferred: "Western General Hospital", backup: "Glasgow Royal Infirmary" },
  "northern-ireland": { preferred: "Belfast City Hospital", backup: "Altnagelvin Area Hospital" },
};
const REFERRALS = LETTER_IDS.filter((id) => LETTERS[id].kind === "referral");

describe.each(REFERRALS.flatMap((id) => NATIONS.map((nation) => ({ id, nation }))))("readability of $id for a typical patient in $nation", ({ id, nation }) => {
  const answers = answersOf(id, "typical");
  answers.nation = nation;
  answers.preferred = { ...answers.preferred, hospital: HOME_TEAMS[nation].preferred, nation };
  if (answers.backup) answers.backup = { ...answers.backup, hospital: HOME_TEAMS[nation].backup, nation };
  const built = buildLetter(id, answers, { date: LETTER_DATE, words: messages });
  if (!built.ok) throw new Error(JSON.stringify(built.problems));
  const figures = readability(built.letter);

  it(`reads at grade ${MAX_GRADE} or below, in at most ${MAX_WORDS} words`, () => {
    expect(figures.grade).toBeLessThanOrEqual(MAX_GRADE);
    expect(figures.words).toBeLessThanOrEqual(MAX_WORDS);
  });
});

describe("the readability measure", () => {
  const letterOf = (...texts: string[]) => ({
    templateId: "gp-oncology-second-opinion" as const,
    title: "",
    author: "",
    subject: "",
    language: "en-GB",
    furniture: { pageOf: "", continuation: "", producer: "", madeWith: "" },
    blocks: texts.map((text, i) => ({ kind: "paragraph" as const, id: `p${i}`, text })),
  });

  it("scores short words in short sentences low, and long ones high", () => {
    expect(readability(letterOf("I am well. The cat sat on the mat.")).grade).toBeLessThan(2);
    const hard = "Notwithstanding considerable institutional heterogeneity, multidisciplinary deliberations necessitate comprehensive documentation.";
    expect(readability(letterOf(hard)).grade).toBeGreaterThan(MAX_GRADE * 2);
  });

  it("counts words and sentences of the body only, not the greeting", () => {
    const letter = letterOf("Dear Dr Shah,", "Please refer me. Thank you.");
    letter.blocks[0]!.id = "salutation";
    expect(readability(letter)).toMatchObject({ words: 5, sentences: 2 });
  });
});
