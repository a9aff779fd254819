import { type TAnswersWith, validateAnswers } from "@/lib/answers";
import type { LetterBlock, LetterDocument } from "@/lib/letter/model";
import { template as gpOncology } from "../gp-oncology-second-opinion/template";
import { template as gpSurgical } from "../gp-surgical-second-opinion/template";
import { template as oncologistSurgical } from "../oncologist-surgical-review/template";
import { paragraph } from "../shared/blocks";
import { composer } from "../shared/compose";
import { aboutFollowedUp, concernDestination } from "../shared/destinations";
import { asks, checkReplyBy, keepCurrentCare, letterDocument, notesPrinted, opening, replyAndSignOff } from "../shared/parts";
import { defineTemplate, type LetterContext, type LetterTemplate } from "../types";
import { meta } from "./meta";

/** The letters a follow-up can chase, by id: it asks again for what they asked. */
const FIRST: Record<string, LetterTemplate> = {
  "gp-oncology-second-opinion": gpOncology,
  "oncologist-surgical-review": oncologistSurgical,
  "gp-surgical-second-opinion": gpSurgical,
};

/**
 * The first letter, made again from the same answers and dated the day it was sent: the
 * follow-up takes its recipient, greeting, heading and asks from it, so it asks for exactly the
 * same thing. Validated against the first letter's own needs (the follow-up's `check` reports
 * what is missing).
 */
function firstLetter(input: unknown, id: string, ctx: LetterContext) {
  const template = FIRST[id]!;
  const validation = validateAnswers(input, template.meta.needs, ctx.words);
  if (!validation.ok) return validation;
  return { ok: true as const, template, letter: template.build(validation.answers, ctx) };
}

/**
 * The letter a follow-up chases, as it was sent: made again from the same answers, dated the day it
 * was sent. The follow-up encloses a copy, and its letter page offers this for printing or
 * attaching. Null when it cannot be made from these answers (the follow-up's `check` says why).
 */
export function firstLetterSent(answers: TAnswersWith<"followUp">, ctx: LetterContext): LetterDocument | null {
  const first = firstLetter(answers, answers.followUp.letter, { ...ctx, date: answers.followUp.sentOn });
  return first.ok ? first.letter : null;
}

function blockOf(blocks: readonly LetterBlock[], id: string): LetterBlock {
  const block = blocks.find((b) => "id" in b && b.id === id);
  if (!block) throw new Error(`The first letter has no "${id}" block`);
  return block;
}

export const template = defineTemplate({
  meta,
  check(answers, ctx) {
    const c = composer(answers, ctx);
    const w = ctx.words.letters[meta.id];
    const first = firstLetter(answers, answers.followUp.letter, { ...ctx, date: answers.followUp.sentOn });
    const problems = first.ok ? [] : first.problems;
    if (answers.followUp.sentOn > ctx.date) problems.push({ path: "followUp.sentOn", message: c.say(w.sentOnAfterDate) });
    return [...problems, ...checkReplyBy(answers, ctx, c)];
  },
  build(answers, ctx) {
    const c = composer(answers, ctx);
    const w = ctx.words.letters[meta.id];
    const sent = answers.followUp;
    const first = firstLetter(answers, sent.letter, { ...ctx, date: sent.sentOn });
    if (!first.ok) throw new Error(`The first letter cannot be made from these answers: ${first.problems.map((p) => p.path).join(", ")}`);
    const blocks = first.letter.blocks;
    const subject = blockOf(blocks, "subject");
    const firstAsks = blockOf(blocks, "asks");
    if (subject.kind !== "heading" || firstAsks.kind !== "list") throw new Error("The first letter's heading or asks are not where they should be");
    const firstMeta = first.template.meta;
    // The last of the first letter's asks is its reply-by date: this letter gives a new one.
    const replyItem = firstMeta.surgical ? c.surgical.replyByItem : c.shared.replyByItem;
    // Who the patient will raise a concern with: whoever can act on the first letter's recipient (lib/organisations/routing.ts).
    // A concern to come, about the first letter's recipient: not the one a concern letter's answers name.
    const { route, organisation } = concernDestination(answers, aboutFollowedUp(sent.letter), { concernAnswers: false });
    const team = ctx.words.routes.addressees[route.addressee].name;
    const service = organisation ? c.say(ctx.words.routes.teamAt, { team, organisation }) : team;
    return letterDocument(meta.id, w, answers, c, [
      opening(answers, ctx, c, blockOf(blocks, "recipient"), blockOf(blocks, "salutation"), c.say(w.subjectLine, { subject: subject.text })),
      paragraph(
        "first-letter",
        c.say(c.forWriter(w.firstLetter, w.representative.firstLetter), {
          date: c.format.date(sent.sentOn),
          how: c.say(w.sentBy[sent.sentBy]),
          subject: subject.text,
        }),
      ),
      notesPrinted(answers, meta.kind, c),
      asks(answers, ctx, c, firstAsks.items.slice(0, -1), replyItem),
      paragraph(
        "next-step",
        c.say(c.shared.twoSentences, { first: c.say(c.forWriter(w.nextStep, w.representative.nextStep), { service }), second: c.say(w.copy) }),
      ),
      keepCurrentCare(answers, c),
      replyAndSignOff(answers, c),
    ]);
  },
});
