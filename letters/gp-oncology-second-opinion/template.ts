import { compact, paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import {
  authorOf,
  backupRequest,
  checkReplyBy,
  closing,
  copyToCurrentTeam,
  currentCare,
  describeTeam,
  furniture,
  gpRecipient,
  keepCurrentCare,
  opening,
  privateCare,
  reasons,
  salutation,
  sendRecords,
  whyPreferred,
} from "../shared/parts";
import { defineTemplate } from "../types";
import { meta } from "./meta";

export const template = defineTemplate({
  meta,
  check: (answers, ctx) => checkReplyBy(answers, ctx, composer(answers, ctx)),
  build(answers, ctx) {
    const c = composer(answers, ctx);
    const w = ctx.words.letters[meta.id];
    return {
      templateId: meta.id,
      title: w.documentTitle,
      author: authorOf(answers),
      subject: c.say(w.documentSubject),
      language: ctx.words.meta.tag,
      furniture: furniture(c),
      blocks: compact([
        opening(answers, ctx, c, gpRecipient(answers.gp), salutation(answers.gp.name, c), w.subjectLine),
        paragraph("request", c.say(w.request, { team: describeTeam(answers.preferred, c) })),
        whyPreferred(answers, c),
        backupRequest(answers, w.teamKind, c),
        currentCare(answers, c),
        reasons(answers, c),
        sendRecords(c, false),
        copyToCurrentTeam(answers, c),
        keepCurrentCare(c),
        privateCare(answers, c),
        closing(answers, ctx, c, w.asking),
      ]),
    };
  },
});
