import { formatUkDate, sentence } from "@/lib/letter/format";
import type { TAnswersWith, TSurgery } from "@/lib/answers";
import type { LetterBlock } from "@/lib/letter/model";
import { compact, paragraph } from "./blocks";
import type { Voice } from "./voice";

type SurgicalAnswers = TAnswersWith<"surgery" | "currentTeam" | "diagnosis" | "reasons" | "preferred">;

const TOLD: Record<TSurgery["toldWhat"], [mine: (d: string) => string, helper: (d: string, name: string) => string]> = {
  "not-suitable": [(d) => `On ${d}, I was told that I am not suitable for surgery.`, (d, n) => `On ${d}, ${n} was told that they are not suitable for surgery.`],
  "not-recommended": [(d) => `On ${d}, I was told that surgery is not recommended for me.`, (d, n) => `On ${d}, ${n} was told that surgery is not recommended for them.`],
  "not-yet": [(d) => `On ${d}, I was told that surgery is not possible at the moment.`, (d, n) => `On ${d}, ${n} was told that surgery is not possible at the moment.`],
  "not-discussed": [(d) => `When my treatment was last discussed with me, on ${d}, surgery was not offered as an option.`, (d, n) => `When ${n}'s treatment was last discussed with them, on ${d}, surgery was not offered as an option.`],
};

/** What the patient was told about surgery, and when (letters.md, letters 2 and 3). */
export function whatWasTold(answers: SurgicalAnswers, v: Voice): LetterBlock[] {
  const s = answers.surgery;
  const [mine, helper] = TOLD[s.toldWhat];
  const date = formatUkDate(s.toldOn);
  return compact([
    paragraph("surgery-told", v.pick(mine(date), helper(date, v.patientName))),
    s.reasonGiven ? paragraph("surgery-reason", `The reason given was: ${sentence(s.reasonGiven)}`) : null,
  ]);
}

/** The reason a surgical letter always has, ahead of the ones the patient chose. */
export function surgicalReason(v: Voice): string {
  return v.pick(
    "I would like a surgeon who specialises in my type of cancer to look at whether surgery could be possible for me",
    "they would like a surgeon who specialises in their type of cancer to look at whether surgery could be possible for them",
  );
}

export function surgicalExtras(answers: SurgicalAnswers, v: Voice): LetterBlock[] {
  return compact([
    answers.surgery.askAboutTreatmentFirst
      ? paragraph(
          "treatment-first",
          v.pick(
            "I would also like to know whether treatment before surgery, such as chemotherapy or radiotherapy, could make surgery possible for me.",
            "They would also like to know whether treatment before surgery, such as chemotherapy or radiotherapy, could make surgery possible for them.",
          ),
        )
      : null,
    paragraph(
      "reasons-in-writing",
      v.pick("If this referral cannot be made, please could you tell me why in writing?", "If this referral cannot be made, please could you tell us why in writing?"),
    ),
  ]);
}
