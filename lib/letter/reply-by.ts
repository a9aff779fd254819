import type { TNation } from "@/lib/answers/vocabulary";
import { addDays } from "./dates";
import { addWorkingDays, isWorkingDay, type WorkingDaysResult } from "./working-days";

/** How long a letter gives for a reply when the user names no date: ten working days (issue 13). */
export const REPLY_WORKING_DAYS = 10;

/** The reply-by date a letter dated `letterDate` asks for when the user gives none, and the bank holidays it passed over. */
export function defaultReplyBy(letterDate: string, nation: TNation): WorkingDaysResult {
  return addWorkingDays(letterDate, REPLY_WORKING_DAYS, nation);
}

/**
 * One calendar month after a date, as the ICO counts a subject access request's time limit: the
 * same day of the next month, or its last day if it has none (31 January → 28 or 29 February),
 * and the next working day if that is a weekend or a bank holiday (ico.org.uk, "Time limits for
 * responding to data protection rights requests").
 */
export function oneMonthAfter(iso: string, nation: TNation): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  let date = new Date(Date.UTC(y, m, Math.min(d, lastDay))).toISOString().slice(0, 10);
  while (!isWorkingDay(date, nation)) date = addDays(date, 1);
  return date;
}
