import type { TAnswers } from "@/lib/answers";
import { addDays } from "@/lib/letter/dates";
import { usualGreeting } from "@/lib/letter/greeting";
import { oneMonthAfter } from "@/lib/letter/reply-by";
import { fill } from "@/messages/format";
import { LETTERS, type LetterId } from "../index";
import type { LetterContext } from "../types";
import type { Reminder } from "@/lib/letter/reminder";
import type { TRecipient } from "@/lib/answers/vocabulary";
import { composer } from "./compose";
import { replyByIso } from "./parts";

/** The letters a follow-up can chase: those asking someone to make a referral. */
const REFERRAL_RECIPIENTS = new Set<TRecipient>(["gp", "oncologist"]);

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
