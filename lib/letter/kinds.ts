import type { TNation } from "@/lib/answers/vocabulary";
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
  /** It encloses a copy of the letter it follows up: its letter page offers that letter's PDF, to print or attach. */
  enclosesFirstLetter: boolean;
}

export const KIND_RULES = {
  referral: { reply: "working-days", next: "follow-up", followedUp: true, concernAfter: true, route: null, enclosesFirstLetter: false },
  "follow-up": { reply: "working-days", next: "concern", followedUp: false, concernAfter: true, route: "followed-up", enclosesFirstLetter: true },
  concern: { reply: "working-days", next: "phone", followedUp: false, concernAfter: false, route: "concern", enclosesFirstLetter: false },
  // A records request that gets no reply goes to the organisation's data protection officer, then the ICO: not a concern about a second opinion.
  records: { reply: "one-month", next: "records-complaint", followedUp: false, concernAfter: false, route: null, enclosesFirstLetter: false },
} as const satisfies Record<TLetterKind, KindRules>;

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
