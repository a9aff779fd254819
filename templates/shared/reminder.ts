import type { TAnswers } from "@/lib/answers";
import { addDays } from "@/lib/letter/dates";
import { usualGreeting } from "@/lib/letter/greeting";
import { oneMonthAfter } from "@/lib/letter/reply-by";
import { fill } from "@/messages/format";
import { LETTERS, type LetterId } from "../index";
import type { LetterContext, Recipient } from "../types";
import { composer } from "./compose";
import { replyByIso } from "./parts";

/**
 * A calendar reminder for the morning after a letter's reply is due: what to do then, and nothing
 * about the patient's health, number or address (issue 13). `date` is ISO "YYYY-MM-DD"; the time
 * of day is the calendar file's (lib/letter/ics.ts).
 */
export interface Reminder {
  date: string;
  /** The day the reply is due, for the page to show. */
  dueBy: string;
  title: string;
  description: string;
}

/** The letters a follow-up can chase: those asking someone to make a referral. */
const REFERRAL_RECIPIENTS = new Set<Recipient>(["gp", "oncologist"]);

/** Whoever the letter went to, as the reminder names them: a person by their greeting ("Dr Shah"), a team by what it is. */
function recipientOf(id: LetterId, answers: TAnswers, ctx: LetterContext): string {
  const words = ctx.words.letterAfter.reminder.recipients;
  const recipient = LETTERS[id].recipient;
  const first = recipient === "first-letter" && answers.followUp ? LETTERS[answers.followUp.letter].recipient : recipient;
  const greet = (name: string, given: string | undefined) => given ?? usualGreeting(name, ctx.words.answers.greeting, fill);
  if (first === "gp" && answers.gp) return greet(answers.gp.name, answers.gp.greeting);
  if (first === "oncologist" && answers.currentTeam) return greet(answers.currentTeam.consultantName, answers.currentTeam.greeting);
  if (first === "records-team") return words[answers.records?.holder === "gp" ? "practice" : "records"];
  return words.concerns;
}

/**
 * The reminder for letter `id` written on `ctx.date` from valid answers: the morning after its
 * reply-by date (a records request: after the month the law gives), with the next step this site
 * offers: a follow-up for a referral letter, a concern after a follow-up, otherwise a phone call.
 */
export function reminderFor(id: LetterId, answers: TAnswers, ctx: LetterContext): Reminder {
  const w = ctx.words.letterAfter.reminder;
  const c = composer(answers, ctx);
  const recipient = LETTERS[id].recipient;
  const dueBy = recipient === "records-team" ? oneMonthAfter(ctx.date, answers.nation) : replyByIso(answers, ctx);
  const next = REFERRAL_RECIPIENTS.has(recipient) ? w.followUp : recipient === "first-letter" ? w.concern : w.phone;
  return {
    date: addDays(dueBy, 1),
    dueBy,
    title: c.say(w.title, { recipient: recipientOf(id, answers, ctx) }),
    description: c.say(next),
  };
}
