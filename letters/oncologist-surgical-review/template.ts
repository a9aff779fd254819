import { compact, paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import {
  asks,
  authorOf,
  checkReplyBy,
  closing,
  consultantRecipient,
  crossBorder,
  furniture,
  keepCurrentCare,
  opening,
  reasons,
  referralAsk,
  salutation,
  whyPreferred,
} from "../shared/parts";
import { treatmentFirst, whatWasTold } from "../shared/surgical";
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
      subject: w.documentSubject,
      language: ctx.words.meta.tag,
      furniture: furniture(c),
      blocks: compact([
        opening(answers, ctx, c, consultantRecipient(t), salutation(t.consultantName, t.greeting, c), w.subjectLine),
        paragraph("thanks-so-far", c.say(w.thanksSoFar)),
        whatWasTold(answers, c),
        asks(answers, ctx, c, [referralAsk(answers, w.teamKind, c, w.referForReview), c.say(c.shared.hospitalRecords)], c.surgical.replyByItem),
        whyPreferred(answers, c),
        reasons(answers, c),
        crossBorder(answers, c, "consultant"),
        treatmentFirst(answers, c),
        keepCurrentCare(answers, c),
        closing(answers, c),
      ]),
    };
  },
});
