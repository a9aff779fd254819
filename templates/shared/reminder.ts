import type { TAnswers } from "@/lib/answers";
import { addDays } from "@/lib/letter/dates";
import { usualGreeting } from "@/lib/letter/greeting";
import { KIND_RULES, replyDue } from "@/lib/letter/kinds";
import type { Reminder, ReminderPlace } from "@/lib/letter/reminder";
import { fill } from "@/messages/format";
import { LETTERS, type LetterId } from "../index";
import type { LetterContext } from "../types";
import { composer } from "./compose";

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

/** The next steps this site writes: the reminder names the site, and says where the answers are. */
const WRITTEN_HERE = new Set(["follow-up", "concern"]);

/**
 * The reminder for letter `id` written on `ctx.date` from valid answers: the morning after its
 * reply is due (lib/letter/kinds.ts: by its kind's rule), with the next step its kind has: a
 * follow-up after a referral letter, a concern after a follow-up, otherwise a phone call. A next
 * letter this site writes names the site by its name and address, and says only what is true of
 * the answers: kept in the browser, or not kept (on a shared device).
 */
export function reminderFor(id: LetterId, answers: TAnswers, ctx: LetterContext, place: ReminderPlace): Reminder {
  const w = ctx.words.letterAfter.reminder;
  const c = composer(answers, ctx);
  const rules = KIND_RULES[LETTERS[id].kind];
  const dueBy = replyDue(rules.reply, ctx.date, answers.nation, answers.replyBy);
  const site = c.say(w.site, { service: place.service, address: place.address });
  const next = c.say(w.next[rules.next], { site });
  const recipient = recipientOf(id, answers, ctx);
  return {
    date: addDays(dueBy, 1),
    recipient,
    dueBy,
    title: c.say(w.title, { recipient }),
    description: WRITTEN_HERE.has(rules.next) ? `${next} ${c.say(place.saved ? w.answers.saved : w.answers.notSaved)}` : next,
  };
}
