import { compact, paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import {
  authorOf,
  backupRequest,
  checkReplyBy,
  closing,
  consultantRecipient,
  describeTeam,
  furniture,
  keepCurrentCare,
  opening,
  reasons,
  salutation,
  sendRecords,
  whyPreferred,
} from "../shared/parts";
import { surgicalExtras, surgicalReason, whatWasTold } from "../shared/surgical";
import { defineTemplate } from "../types";
import { meta } from "./meta";

export const template = defineTemplate({
  meta,
  check: (answers, ctx) => checkReplyBy(answers, ctx, composer(answers, ctx)),
  build(answers, ctx) {
    const c = composer(answers, ctx);
    const w = ctx.words.letters[meta.id];
    const t = answers.currentTeam;
    return {
      templateId: meta.id,
      title: w.documentTitle,
      author: authorOf(answers),
      subject: c.say(w.documentSubject),
      language: ctx.words.meta.tag,
      furniture: furniture(c),
      blocks: compact([
        opening(answers, ctx, c, consultantRecipient(t), salutation(t.consultantName, c), w.subjectLine),
        paragraph("thanks-so-far", c.say(w.thanksSoFar, { condition: answers.diagnosis.condition })),
        whatWasTold(answers, c),
        paragraph("request", c.say(w.request, { team: describeTeam(answers.preferred, c) })),
        whyPreferred(answers, c),
        backupRequest(answers, w.teamKind, c),
        reasons(answers, c, [surgicalReason(c)]),
        sendRecords(c, true),
        surgicalExtras(answers, c),
        keepCurrentCare(c),
        closing(answers, ctx, c, w.asking),
      ]),
    };
  },
});
