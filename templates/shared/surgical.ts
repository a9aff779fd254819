import type { TAnswersWith } from "@/lib/answers";
import type { LetterBlock } from "@/lib/letter/model";
import { compact, paragraph } from "./blocks";
import type { Composer } from "./compose";

type SurgicalAnswers = TAnswersWith<"surgery" | "currentTeam" | "diagnosis" | "reasons" | "preferred">;

/** What the patient was told about surgery, and when (letters.md, letters 2 and 3). */
export function whatWasTold(answers: SurgicalAnswers, c: Composer): LetterBlock[] {
  const s = answers.surgery;
  return compact([
    paragraph("surgery-told", c.say(c.surgical.told[s.toldWhat], { date: s.toldOn ? c.format.date(s.toldOn) : "" })),
    s.reasonGiven && s.toldWhat !== "not-discussed" ? paragraph("surgery-reason", c.say(c.surgical.reasonGiven, { reason: c.sentence(s.reasonGiven) })) : null,
  ]);
}

/** The question only a surgical letter asks, if chosen: could treatment first make surgery possible? */
export function treatmentFirst(answers: SurgicalAnswers, c: Composer): LetterBlock[] {
  return answers.surgery.askAboutTreatmentFirst
    ? [paragraph("treatment-first", c.say(c.forWriter(c.surgical.treatmentFirst, c.surgical.representative.treatmentFirst)))]
    : [];
}
