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
import { surgicalExtras, surgicalReason, whatWasTold } from "../shared/surgical";
import { voiceOf } from "../shared/voice";
import { CATALOGUE } from "../catalogue";
import { defineTemplate } from "../types";

/** Letter 3: the same request as letter 2, made through the GP (letters.md). */
export const gpSurgicalSecondOpinion = defineTemplate({
  ...CATALOGUE["gp-surgical-second-opinion"],
  check: (answers, ctx) => checkReplyBy(answers, ctx),
  build(answers, ctx) {
    const v = voiceOf(answers);
    const t = answers.currentTeam;
    return {
      templateId: "gp-surgical-second-opinion",
      title: "Request for a surgical second opinion",
      author: authorOf(answers),
      subject: `Referral for a surgical second opinion for ${answers.patient.fullName}`,
      language: "en-GB",
      blocks: compact([
        opening(answers, ctx, gpRecipient(answers.gp), salutation(answers.gp.name), "Request for referral for a surgical second opinion"),
        paragraph(
          "request",
          v.pick(
            `I am writing to ask you to refer me to ${describeTeam(answers.preferred)} for a second opinion on whether surgery could be possible for me.`,
            `I am writing to ask you to refer ${v.patientName} to ${describeTeam(answers.preferred)} for a second opinion on whether surgery could be possible for them.`,
          ),
        ),
        whyPreferred(answers, v),
        backupRequest(answers, "surgical"),
        currentCare(answers, v),
        whatWasTold(answers, v),
        paragraph(
          "usual-route",
          v.pick(
            `I know that this kind of referral usually comes from the consultant in charge of my care, ${t.consultantName}. I would be grateful if you could make it, or ask them to make it.`,
            `We know that this kind of referral usually comes from the consultant in charge of their care, ${t.consultantName}. We would be grateful if you could make it, or ask them to make it.`,
          ),
        ),
        reasons(answers, v, [surgicalReason(v)]),
        sendRecords(v, true),
        surgicalExtras(answers, v),
        copyToCurrentTeam(answers, v),
        keepCurrentCare(v),
        privateCare(answers, v),
        closing(answers, v, ctx, "whether you can make this referral"),
      ]),
    };
  },
});
