import { compact, paragraph } from "../shared/blocks";
import {
  authorOf,
  backupRequest,
  checkReplyBy,
  closing,
  copyToCurrentTeam,
  currentCare,
  describeTeam,
  gpRecipient,
  keepCurrentCare,
  opening,
  privateCare,
  reasons,
  salutation,
  sendRecords,
  whyPreferred,
} from "../shared/parts";
import { voiceOf } from "../shared/voice";
import { CATALOGUE } from "../catalogue";
import { defineTemplate } from "../types";

/** Letter 1: the patient asks their GP for referral to another oncology team (letters.md). */
export const gpOncologySecondOpinion = defineTemplate({
  ...CATALOGUE["gp-oncology-second-opinion"],
  check: (answers, ctx) => checkReplyBy(answers, ctx),
  build(answers, ctx) {
    const v = voiceOf(answers);
    return {
      templateId: "gp-oncology-second-opinion",
      title: "Request for a second opinion from another oncology team",
      author: authorOf(answers),
      subject: `Referral for an oncology second opinion for ${answers.patient.fullName}`,
      language: "en-GB",
      blocks: compact([
        opening(answers, ctx, gpRecipient(answers.gp), salutation(answers.gp.name), "Request for referral for a second opinion from another oncology team"),
        paragraph(
          "request",
          v.pick(
            `I am writing to ask you to refer me to ${describeTeam(answers.preferred)} for a second opinion on my diagnosis and treatment plan.`,
            `I am writing to ask you to refer ${v.patientName} to ${describeTeam(answers.preferred)} for a second opinion on their diagnosis and treatment plan.`,
          ),
        ),
        whyPreferred(answers, v),
        backupRequest(answers, "oncology"),
        currentCare(answers, v),
        reasons(answers, v),
        sendRecords(v, false),
        copyToCurrentTeam(answers, v),
        keepCurrentCare(v),
        privateCare(answers, v),
        closing(answers, v, ctx, "whether you can make this referral"),
      ]),
    };
  },
});
