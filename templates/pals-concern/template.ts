import type { TConcern } from "@/lib/answers";
import { HELP_CONTACTS, type Route } from "@/lib/organisations/routing";
import { ownParagraphs, paragraph } from "../shared/blocks";
import { type Composer, composer } from "../shared/compose";
import { aboutOf, concernDestination } from "../shared/destinations";
import { asks, checkReplyBy, describeTeam, keepCurrentCare, letterDocument, notesPrinted, opening, replyAndSignOff } from "../shared/parts";
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
 * How the concern is handled in the organisation's nation, the free help the patient can get, who
 * can act next when the letter goes to a practice, and the ombudsman after that: one paragraph.
 */
function processAndHelp(route: Route, c: Composer): string {
  const words = c.words.routes;
  const help = route.freeHelp.map((id) => c.say(words.freeHelp[id].letter, { phone: HELP_CONTACTS[id].phone ?? "" }));
  const next = words.next[route.next];
  return c.sentences([
    c.say(words.processes[route.process].letter),
    ...help,
    ...(route.about === "practice" && "letter" in next ? [c.say(next.letter)] : []),
    c.say(words.ombudsmen[route.ombudsman].letter),
  ]);
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
    // Who can act, by the organisation's nation and what the concern is about (lib/organisations/routing.ts).
    const { route, organisation, address } = concernDestination(answers, aboutOf(concern.requestedFrom));
    const team = ctx.words.routes.addressees[route.addressee];
    const recipient = [team.recipient, ...(organisation ? [organisation] : []), ...address];
    const acting = w.representative;
    const request = c.say(
      answers.preferred ? c.forWriter(w.earlierRequestFrom, acting.earlierRequestFrom) : c.forWriter(w.earlierRequest, acting.earlierRequest),
      {
        date: c.format.date(concern.requestedOn),
        who: whoWasAsked(concern, w, c),
        team: answers.preferred ? describeTeam(answers.preferred, c) : "",
      },
    );
    const permission = concern.permissionToContactTeam
      ? c.say(c.forWriter(w.permissionYes, acting.permissionYes), { consultant: t.consultantName, hospital: t.hospital })
      : c.say(w.permissionNo);
    return letterDocument(meta.id, w, answers, c, [
      opening(
        answers,
        ctx,
        c,
        { kind: "address", id: "recipient", role: "recipient", lines: recipient },
        paragraph("salutation", team.salutation),
        w.subjectLine,
      ),
      paragraph("what-happened", c.say(c.forWriter(w.happened[concern.whatHappened], acting.happened[concern.whatHappened]))),
      paragraph(
        "earlier-request",
        c.say(c.shared.twoSentences, {
          first: request,
          second: c.say(w.patientOf, { consultant: t.consultantName, specialty: t.specialty, hospital: t.hospital }),
        }),
      ),
      // What has happened since, from the user's notes, then anything they wrote for this letter.
      notesPrinted(answers, meta.kind, c),
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
      keepCurrentCare(answers, c, "concerns-team"),
      paragraph("not-a-complaint", processAndHelp(route, c)),
      // Non-clinical staff: no clinic letters or scan reports, and no words the user wrote for another letter.
      replyAndSignOff(answers, c),
    ]);
  },
});
