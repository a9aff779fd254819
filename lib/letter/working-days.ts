import type { TNation } from "@/lib/answers/vocabulary";
import { BANK_HOLIDAY_DAYS, BANK_HOLIDAY_YEARS, type BANK_HOLIDAY_IDS } from "./bank-holidays";
import { addDays } from "./dates";

/**
 * Working days: Monday to Friday, less the bank holidays of the patient's nation (England and
 * Wales share one list; Scotland and Northern Ireland have their own: letters.md, "After the
 * letter", gov.uk/bank-holidays). The lists come from ./bank-holidays.ts, made from the
 * date-holidays package by scripts/bank-holidays.mjs.
 */

export type HolidayCalendar = keyof typeof BANK_HOLIDAY_DAYS;
export type BankHolidayId = (typeof BANK_HOLIDAY_IDS)[number];

export interface BankHoliday {
  /** "YYYY-MM-DD". */
  date: string;
  id: BankHolidayId;
  /** The holiday fell at a weekend, and this weekday is taken instead. */
  substitute: boolean;
}

export function calendarOf(nation: TNation): HolidayCalendar {
  return nation === "england" || nation === "wales" ? "england-and-wales" : nation;
}

const parsed = new Map<HolidayCalendar, Map<string, BankHoliday>>();

/** A calendar's bank holidays by date, read from the generated lists once. */
function holidaysOf(calendar: HolidayCalendar): Map<string, BankHoliday> {
  let days = parsed.get(calendar);
  if (!days) {
    days = new Map();
    for (const entry of BANK_HOLIDAY_DAYS[calendar].trim().split(/\s+(?=\d{4}-)/)) {
      const [date, id] = entry.split(" ") as [string, string];
      const substitute = id.endsWith("*");
      days.set(date, { date, id: (substitute ? id.slice(0, -1) : id) as BankHolidayId, substitute });
    }
    parsed.set(calendar, days);
  }
  return days;
}

/** The nation's bank holidays in one year, in date order (empty for a year the lists do not cover). */
export function bankHolidays(nation: TNation, year: number): BankHoliday[] {
  return [...holidaysOf(calendarOf(nation)).values()].filter((h) => h.date.startsWith(`${year}-`));
}

/** Whether the lists know every bank holiday of this date's year. */
export function holidaysKnown(iso: string): boolean {
  const year = Number(iso.slice(0, 4));
  return year >= BANK_HOLIDAY_YEARS.first && year <= BANK_HOLIDAY_YEARS.last;
}

const isWeekend = (iso: string) => {
  const day = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
};

/** The bank holiday on this date in the nation, if there is one. */
export function bankHolidayOn(iso: string, nation: TNation): BankHoliday | undefined {
  return holidaysOf(calendarOf(nation)).get(iso);
}

export function isWorkingDay(iso: string, nation: TNation): boolean {
  return !isWeekend(iso) && bankHolidayOn(iso, nation) === undefined;
}

export interface WorkingDaysResult {
  /** The day the count ends on, "YYYY-MM-DD": always a working day. */
  date: string;
  /** The bank holidays passed over on the way, in date order. */
  skipped: BankHoliday[];
  /**
   * False when the count ran into a year the lists do not cover: only weekends were passed
   * over there, so say nothing about bank holidays.
   */
  known: boolean;
}

/** `days` working days after `iso` (the day itself not counted), in the nation's calendar. */
export function addWorkingDays(iso: string, days: number, nation: TNation): WorkingDaysResult {
  const skipped: BankHoliday[] = [];
  let date = iso;
  let known = true;
  for (let counted = 0; counted < days; ) {
    date = addDays(date, 1);
    if (!holidaysKnown(date)) known = false;
    if (isWeekend(date)) continue;
    const holiday = bankHolidayOn(date, nation);
    if (holiday) skipped.push(holiday);
    else counted++;
  }
  return { date, skipped, known };
}
