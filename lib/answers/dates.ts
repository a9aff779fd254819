/** Calendar dates travel as ISO "YYYY-MM-DD" strings, in answers files and in storage. */
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** No date this service asks for (a birth date included) is before this year. */
export const EARLIEST_YEAR = 1900;

export function isRealIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The day `asOf` makes "today" while it runs, or null for the device's own. */
let fixedToday: string | null = null;

/**
 * Today's date on the user's device as "YYYY-MM-DD" (local time, as the user sees it); inside
 * `asOf`, the date it was given.
 */
export function todayIso(now?: Date): string {
  if (now === undefined && fixedToday !== null) return fixedToday;
  now ??= new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The parts of an NHS date input, as typed. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export function partsToIso({ day, month, year }: DateParts): string {
  const pad = (s: string, n: number) => s.trim().padStart(n, "0");
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isoToParts(iso: string | undefined): DateParts {
  const m = iso ? ISO_DATE.exec(iso) : null;
  if (!m) return { day: "", month: "", year: "" };
  return { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! };
}

/**
 * Runs `check` with "today" as `date` (an ISO date): a letter dated 25 November checks a date
 * "in the past" against 25 November, as the command line's `--date` means. The checks are
 * synchronous, so the date holds for them alone.
 */
export function asOf<T>(date: string, check: () => T): T {
  const before = fixedToday;
  fixedToday = date;
  try {
    return check();
  } finally {
    fixedToday = before;
  }
}
