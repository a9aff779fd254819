import { paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import {
  asks,
  asksConsultantFirst,
  checkReplyBy,
  closing,
  copyToCurrentTeam,
  crossBorder,
  currentCare,
  gpRecipient,
  keepCurrentCare,
  letterDocument,
  opening,
  privateCare,
  reasons,
  referralAsk,
  salutation,
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
    return letterDocument(meta.id, w, answers, c, [
      opening(answers, ctx, c, gpRecipient(answers.gp), salutation(answers.gp.name, answers.gp.greeting, c), w.subjectLine),
      paragraph("request", c.say(c.forWriter(w.request, w.representative.request))),
      asks(answers, ctx, c, [referralAsk(answers, w.teamKind, c, c.shared.referTo, "gp"), c.say(c.shared.gpRecords)]),
      whyPreferred(answers, c),
      currentCare(answers, c),
      reasons(answers, c),
      crossBorder(answers, c, "gp"),
      // Asked through the consultant already (Northern Ireland, a team outside it): not asked again.
      asksConsultantFirst(answers)
        ? null
        : paragraph(
            "oncologist-route",
            c.say(c.forWriter(w.oncologistRoute, w.representative.oncologistRoute), { consultant: answers.currentTeam.consultantName }),
          ),
      copyToCurrentTeam(answers, c),
      keepCurrentCare(answers, c),
      privateCare(answers, c),
      closing(answers, c),
    ]);
  },
});
