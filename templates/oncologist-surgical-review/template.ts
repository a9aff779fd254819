import { compact, paragraph } from "../shared/blocks";
import {
  authorOf,
  backupRequest,
  checkReplyBy,
  closing,
  consultantRecipient,
  describeTeam,
  keepCurrentCare,
  opening,
  reasons,
  salutation,
  sendRecords,
  whyPreferred,
} from "../shared/parts";
import { surgicalExtras, surgicalReason, whatWasTold } from "../shared/surgical";
import { voiceOf } from "../shared/voice";
import { CATALOGUE } from "../catalogue";
import { defineTemplate } from "../types";

/** Letter 2: the patient asks their own oncologist for review by another surgical team. */
export const oncologistSurgicalReview = defineTemplate({
  ...CATALOGUE["oncologist-surgical-review"],
  check: (answers, ctx) => checkReplyBy(answers, ctx),
  build(answers, ctx) {
    const v = voiceOf(answers);
    const t = answers.currentTeam;
    return {
      templateId: "oncologist-surgical-review",
      title: "Request for a surgical review by another team",
      author: authorOf(answers),
      subject: `Referral for a surgical second opinion for ${answers.patient.fullName}`,
      language: "en-GB",
      blocks: compact([
        opening(answers, ctx, consultantRecipient(t), salutation(t.consultantName), "Request for referral for a surgical review by another team"),
        paragraph(
          "thanks-so-far",
          v.pick(
            `Thank you for your care so far. I am writing about my ${answers.diagnosis.condition} and whether surgery could be an option for me.`,
            `Thank you for your care of ${v.patientName} so far. I am writing about their ${answers.diagnosis.condition} and whether surgery could be an option for them.`,
          ),
        ),
        whatWasTold(answers, v),
        paragraph(
          "request",
          v.pick(
            `Please could you refer me to ${describeTeam(answers.preferred)} for a surgical review? If that team works within a specialist centre, I would be glad for my case to be discussed at their multidisciplinary team (MDT) meeting.`,
            `Please could you refer ${v.patientName} to ${describeTeam(answers.preferred)} for a surgical review? If that team works within a specialist centre, we would be glad for their case to be discussed at their multidisciplinary team (MDT) meeting.`,
          ),
        ),
        whyPreferred(answers, v),
        backupRequest(answers, "surgical"),
        reasons(answers, v, [surgicalReason(v)]),
        sendRecords(v, true),
        surgicalExtras(answers, v),
        keepCurrentCare(v),
        closing(answers, v, ctx, "whether you can make this referral"),
      ]),
    };
  },
});
