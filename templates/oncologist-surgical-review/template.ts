import { paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import {
  asks,
  checkReplyBy,
  closing,
  consultantRecipient,
  crossBorder,
  keepCurrentCare,
  letterDocument,
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
    return letterDocument(meta.id, w, answers, c, [
      opening(answers, ctx, c, consultantRecipient(t), salutation(t.consultantName, t.greeting, c), w.subjectLine),
      // Named so the letter says what it is about: the consultant sees many patients.
      paragraph("thanks-so-far", c.say(w.thanksSoFar, { condition: answers.diagnosis.condition })),
      whatWasTold(answers, c),
      asks(answers, ctx, c, [referralAsk(answers, w.teamKind, c, w.referForReview), c.say(c.shared.hospitalRecords)], c.surgical.replyByItem),
      whyPreferred(answers, c),
      reasons(answers, c),
      crossBorder(answers, c, "consultant"),
      treatmentFirst(answers, c),
      keepCurrentCare(answers, c),
      closing(answers, c),
    ]);
  },
});
