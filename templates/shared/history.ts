import { FOLLOWED_UP_LETTERS, type TFollowedUpLetter } from "@/lib/answers/vocabulary";
import type { DraftAnswers } from "@/lib/draft/format";
import { LETTERS, type LetterId } from "../index";

type SentNote = { date: string; sent: { letter: TFollowedUpLetter; by: NonNullable<NonNullable<DraftAnswers["followUp"]>["sentBy"]> } };

const isFollowedUp = (letter: unknown): letter is TFollowedUpLetter => (FOLLOWED_UP_LETTERS as readonly unknown[]).includes(letter);

/** The notes made by marking a referral letter as sent, earliest first. */
function sentNotes(answers: DraftAnswers): SentNote[] {
  return (answers.log ?? [])
    .flatMap((note): SentNote[] => {
      const letter = note?.sent?.letter;
      const by = note?.sent?.by;
      return typeof note?.date === "string" && isFollowedUp(letter) && by !== undefined ? [{ date: note.date, sent: { letter, by } }] : [];
    })
    .sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * When and to whom the patient first asked for a referral, as far as the answers know: the letter
 * a follow-up chased, when it was sent; or else the earliest referral letter marked as sent.
 */
export function firstRequest(answers: DraftAnswers): { letter: TFollowedUpLetter; on: string } | null {
  const chased = answers.followUp?.letter;
  if (isFollowedUp(chased)) {
    const on = answers.followUp?.sentOn ?? sentNotes(answers).find((note) => note.sent.letter === chased)?.date;
    return on ? { letter: chased, on } : null;
  }
  const first = sentNotes(answers)[0];
  return first ? { letter: first.sent.letter, on: first.date } : null;
}

/**
 * A letter's answers, with what the letters before it already tell filled in where the user has
 * not answered: a follow-up's when and how the letter it chases was sent (from the note made when
 * it was marked as sent); a concern's when and whom the patient asked (from the first letter and
 * the follow-up). Nothing the user gave is changed.
 */
export function prefilled(id: LetterId, answers: DraftAnswers): DraftAnswers {
  switch (LETTERS[id].kind) {
    case "follow-up": {
      const chased = answers.followUp?.letter;
      const note = sentNotes(answers).find((n) => n.sent.letter === chased);
      if (!note || !answers.followUp) return answers;
      return { ...answers, followUp: { ...answers.followUp, sentOn: answers.followUp.sentOn ?? note.date, sentBy: answers.followUp.sentBy ?? note.sent.by } };
    }
    case "concern": {
      const first = firstRequest(answers);
      const concern = answers.concern ?? {};
      if (!first || concern.requestedOn !== undefined || concern.requestedFrom !== undefined) return answers;
      const from = LETTERS[first.letter].recipient === "gp" ? "gp" : "oncologist";
      const name = from === "gp" ? answers.gp?.name : answers.currentTeam?.consultantName;
      return {
        ...answers,
        concern: {
          ...concern,
          requestedOn: first.on,
          requestedFrom: from,
          ...(name && concern.requestedFromName === undefined ? { requestedFromName: name } : {}),
        },
      };
    }
    default:
      return answers;
  }
}
