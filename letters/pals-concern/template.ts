import type { TConcern } from "@/lib/answers";
import { bullets, compact, ownParagraphs, paragraph } from "../shared/blocks";
import { type Composer, composer } from "../shared/compose";
import { authorOf, checkReplyBy, closing, describeTeam, furniture, opening } from "../shared/parts";
import { defineTemplate, type LetterWords } from "../types";
import { meta } from "./meta";

type Words = LetterWords["letters"]["pals-concern"];

/** "my GP, Dr Shah", "my oncologist", or the name given for "someone else". */
function whoWasAsked(concern: TConcern, w: Words, c: Composer): string {
  const who = c.say(w.askedWho[concern.requestedFrom]);
  if (!concern.requestedFromName) return who;
  return concern.requestedFrom === "other" ? concern.requestedFromName : c.say(w.askedWhoNamed, { who, name: concern.requestedFromName });
}

export const template = defineTemplate({
  meta,
  check(answers, ctx) {
    const c = composer(answers, ctx);
    const problems = checkReplyBy(answers, ctx, c);
    if (answers.concern.requestedOn > ctx.date) {
      problems.push({ path: "concern.requestedOn", message: c.say(ctx.words.letters[meta.id].requestedOnAfterDate) });
    }
    return problems;
  },
  build(answers, ctx) {
    const c = composer(answers, ctx);
    const w = ctx.words.letters[meta.id];
    const t = answers.currentTeam;
    const concern = answers.concern;
    const service = w.services[answers.nation];
    const request = c.say(answers.preferred ? w.earlierRequestFrom : w.earlierRequest, {
      date: c.format.date(concern.requestedOn),
      asker: c.say(w.asker),
      who: whoWasAsked(concern, w, c),
      team: answers.preferred ? describeTeam(answers.preferred, c) : "",
    });
    const happened = concern.whatHappened === "other" ? null : c.say(w.happened[concern.whatHappened]);
    return {
      templateId: meta.id,
      title: w.documentTitle,
      author: authorOf(answers),
      subject: c.say(w.documentSubject),
      language: ctx.words.meta.tag,
      furniture: furniture(c),
      blocks: compact([
        opening(
          answers,
          ctx,
          c,
          { kind: "address", id: "recipient", role: "recipient", lines: service.recipient.map((line) => c.say(line, { hospital: t.hospital })) },
          paragraph("salutation", service.salutation),
          w.subjectLine,
        ),
        paragraph("intro", c.say(w.intro, { consultant: t.consultantName, specialty: t.specialty, hospital: t.hospital })),
        paragraph("earlier-request", happened ? c.say(c.shared.twoSentences, { first: request, second: happened }) : request),
        ownParagraphs("what-happened", concern.details),
        paragraph("outcomes-intro", c.say(w.outcomesIntro)),
        bullets(
          "outcomes",
          concern.outcomes.map((o) => w.outcomes[o]),
        ),
        paragraph(
          "permission",
          concern.permissionToContactTeam ? c.say(w.permissionYes, { consultant: t.consultantName, hospital: t.hospital }) : c.say(w.permissionNo),
        ),
        concern.extraHelp ? paragraph("extra-help", c.say(w.extraHelp, { help: concern.extraHelp })) : null,
        paragraph("keep-treatment", c.say(w.keepTreatment)),
        paragraph("not-a-complaint", c.say(service.timeLimit)),
        closing(answers, ctx, c, w.asking),
      ]),
    };
  },
});
