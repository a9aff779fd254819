import type { TConcern } from "@/lib/answers";
import { ownParagraphs, paragraph } from "../shared/blocks";
import { type Composer, composer } from "../shared/compose";
import { addressLines, asks, checkReplyBy, closing, describeTeam, keepCurrentCare, letterDocument, logSince, opening } from "../shared/parts";
import { defineTemplate, type LetterWords } from "../types";
import { meta } from "./meta";

type Words = LetterWords["letters"]["pals-concern"];

/** "my GP, Dr Shah", "my oncologist", or the name given for "someone else". */
function whoWasAsked(concern: TConcern, w: Words, c: Composer): string {
  const who = c.say(w.askedWho[concern.requestedFrom]);
  if (!concern.requestedFromName) return who;
  return concern.requestedFrom === "other" ? concern.requestedFromName : c.say(w.askedWhoNamed, { who, name: concern.requestedFromName });
}

/**
 * Who can act on the concern: in England, a GP practice that said no or did not reply (its
 * manager), otherwise the hospital trust's PALS; elsewhere the health board's or trust's team.
 */
export function serviceFor(answers: { nation: keyof Words["services"] | "england"; concern: TConcern }, w: Words) {
  if (answers.nation === "england") return answers.concern.requestedFrom === "gp" ? w.services.englandPractice : w.services.england;
  return w.services[answers.nation];
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
    const service = serviceFor(answers, w);
    const atPractice = service === w.services.englandPractice;
    const organisation = concern.organisation ?? (atPractice ? answers.gp?.practiceName : t.hospital);
    const a = concern.address;
    const recipient = [service.recipient, ...(organisation ? [organisation] : []), ...addressLines(a)];
    const request = c.say(answers.preferred ? w.earlierRequestFrom : w.earlierRequest, {
      date: c.format.date(concern.requestedOn),
      who: whoWasAsked(concern, w, c),
      team: answers.preferred ? describeTeam(answers.preferred, c) : "",
    });
    const permission = concern.permissionToContactTeam ? c.say(w.permissionYes, { consultant: t.consultantName, hospital: t.hospital }) : c.say(w.permissionNo);
    return letterDocument(meta.id, w, answers, c, [
      opening(
        answers,
        ctx,
        c,
        { kind: "address", id: "recipient", role: "recipient", lines: recipient },
        paragraph("salutation", service.salutation),
        w.subjectLine,
      ),
      paragraph("what-happened", c.say(w.happened[concern.whatHappened])),
      paragraph(
        "earlier-request",
        c.say(c.shared.twoSentences, {
          first: request,
          second: c.say(w.patientOf, { consultant: t.consultantName, specialty: t.specialty, hospital: t.hospital }),
        }),
      ),
      // What has happened since, from the user's notes, then anything they wrote for this letter.
      logSince(answers, concern.requestedOn, c),
      ownParagraphs("details", concern.details),
      asks(
        answers,
        ctx,
        c,
        concern.outcomes.map((o) => c.say(w.outcomes[o])),
        w.replyByItem,
      ),
      paragraph("permission", permission),
      concern.extraHelp ? paragraph("extra-help", c.say(w.extraHelp, { help: c.sentence(concern.extraHelp) })) : null,
      keepCurrentCare(answers, c),
      paragraph("not-a-complaint", c.say(c.shared.twoSentences, { first: c.say(service.timeLimit), second: c.say(service.freeHelp) })),
      closing(answers, c),
    ]);
  },
});
