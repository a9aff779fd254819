import { FOLLOWED_UP_LETTERS, type TNation } from "@/lib/answers/vocabulary";
import { defaultReplyBy, oneMonthAfter } from "./reply-by";

/**
 * What kind of letter a letter is (its meta says, templates/<id>/meta.ts), and everything that
 * differs by kind, declared once: a new letter of a kind that exists needs nothing here, and no
 * component or shared module asks which letter it is.
 *
 * - referral: asks someone to make a referral (to the GP, or the oncologist);
 * - follow-up: asks again, when a referral letter had no reply;
 * - concern: raises a concern with the body that can act;
 * - records: asks for copies of records (a subject access request).
 */
export const LETTER_KINDS = ["referral", "follow-up", "concern", "records"] as const;
export type TLetterKind = (typeof LETTER_KINDS)[number];

/**
 * How a reply is due: by the date the user names or a number of working days after the letter, or
 * by the calendar month the law gives a subject access request (./reply-by.ts).
 */
export type ReplyRule = "working-days" | "one-month";

export interface KindRules {
  reply: ReplyRule;
  /**
   * What to do when no reply comes, as the calendar reminder says it: write a follow-up, raise a
   * concern, phone, or (a records request) complain to the organisation and then the ICO.
   */
  next: "follow-up" | "concern" | "phone" | "records-complaint";
  /** A follow-up letter can chase it. */
  followedUp: boolean;
  /** Its letter page offers raising a concern, when the letter gets no reply. */
  concernAfter: boolean;
  /**
   * Whose concern route (lib/organisations/routing.ts) its letter page and reminder tell: the
   * concern's own (a concern letter), the one a concern about the first letter's recipient would
   * take (a follow-up), or none.
   */
  route: "concern" | "followed-up" | null;
  /**
   * From when the letter tells the user's notes (answers.log): those on or after the day the
   * letter it follows up was sent (a follow-up), or the day the patient first asked (a concern),
   * exactly as typed; none for the other kinds. The letter page says which notes it prints.
   */
  notesSince: "followUp.sentOn" | "concern.requestedOn" | null;
  /** It encloses a copy of the letter it follows up: its letter page offers that letter's PDF, to print or attach. */
  enclosesFirstLetter: boolean;
}

export const KIND_RULES = {
  referral: { reply: "working-days", next: "follow-up", followedUp: true, concernAfter: true, route: null, notesSince: null, enclosesFirstLetter: false },
  "follow-up": {
    reply: "working-days",
    next: "concern",
    followedUp: false,
    concernAfter: true,
    route: "followed-up",
    notesSince: "followUp.sentOn",
    enclosesFirstLetter: true,
  },
  concern: {
    reply: "working-days",
    next: "phone",
    followedUp: false,
    concernAfter: false,
    route: "concern",
    notesSince: "concern.requestedOn",
    enclosesFirstLetter: false,
  },
  // A records request that gets no reply goes to the organisation's data protection officer, then the ICO: not a concern about a second opinion.
  records: { reply: "one-month", next: "records-complaint", followedUp: false, concernAfter: false, route: null, notesSince: null, enclosesFirstLetter: false },
} as const satisfies Record<TLetterKind, KindRules>;

/** A note of what happened, as far as which ones a letter prints needs to know. */
interface Note {
  date: string;
  sent?: { letter: string } | undefined;
}

/**
 * Whether a letter of this kind prints a note: one on or after its notes' day, unless the note
 * says the letter it follows up was sent that day, which the letter says itself ("I wrote to you
 * on…", "I asked on…").
 */
export function printsNote(kind: TLetterKind, answers: Parameters<typeof notesSince>[1], note: Note): boolean {
  const since = notesSince(kind, answers);
  if (since === undefined || note.date < since) return false;
  return !(note.date === since && note.sent !== undefined && (FOLLOWED_UP_LETTERS as readonly string[]).includes(note.sent.letter));
}

/** The day from which a letter of this kind prints the user's notes, from its answers (valid or not yet); undefined when it prints none. */
export function notesSince(kind: TLetterKind, answers: { followUp?: { sentOn?: unknown }; concern?: { requestedOn?: unknown } }): string | undefined {
  const rule = KIND_RULES[kind].notesSince;
  const value = rule === "followUp.sentOn" ? answers.followUp?.sentOn : rule === "concern.requestedOn" ? answers.concern?.requestedOn : undefined;
  return typeof value === "string" ? value : undefined;
}

/**
 * When a reply is due, the whole rule in one place: by the calendar month the law gives (from the
 * letter's date), or by the date the user asked for, else ten working days after the letter's
 * date, in the patient's nation. ISO "YYYY-MM-DD". The letter that prints the date and the
 * reminder for the day after both ask this.
 */
export function replyDue(rule: ReplyRule, letterDate: string, nation: TNation, asked: string | undefined): string {
  if (rule === "one-month") return oneMonthAfter(letterDate, nation);
  return asked ?? defaultReplyBy(letterDate, nation).date;
}
