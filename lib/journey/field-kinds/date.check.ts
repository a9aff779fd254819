import { type DateParts, EARLIEST_YEAR, isRealIsoDate, partsToIso, todayIso } from "@/lib/answers/dates";
import type { DateField } from "../kit";
import type { FieldCheck, FieldChecker } from "./types";

/** The NHS date input: the service manual's messages for missing or impossible parts, then the answer's own check. */
export const checkDate: FieldCheck<DateField> = (field, values, c) => {
  const input = (values[field.name] ?? {}) as Partial<Record<"day" | "month" | "year", unknown>>;
  const parts = { day: String(input.day ?? "").trim(), month: String(input.month ?? "").trim(), year: String(input.year ?? "").trim() };
  const missing = (["day", "month", "year"] as const).filter((k) => parts[k] === "");
  if (missing.length === 3) {
    if (!field.optional) c.required(field);
    c.write(field, undefined);
    return;
  }
  const problem = dateProblem(parts, missing, c.label(field), field.after, c);
  if (problem !== null) c.problem(field, problem);
  else c.answer(field, partsToIso(parts));
};

/** What is wrong with a date's parts, in the NHS service manual's words, or null. */
function dateProblem(parts: DateParts, missing: readonly (keyof DateParts)[], label: string, after: "today" | undefined, c: FieldChecker): string | null {
  const dates = c.form?.dates;
  if (missing.length > 0) {
    const names = dates ? missing.map((k) => c.t(dates.parts[k])) : missing;
    return c.t(dates?.missingParts, { label, parts: c.list(names) });
  }
  // The part that is wrong, said plainly: "April" as a month, 32 as a day, 1890 as a year.
  if (!/^\d{1,2}$/.test(parts.day) || Number(parts.day) < 1 || Number(parts.day) > 31) return c.t(dates?.dayRange);
  if (!/^\d{1,2}$/.test(parts.month) || Number(parts.month) < 1 || Number(parts.month) > 12) return c.t(dates?.monthRange);
  if (!/^\d+$/.test(parts.year) || parts.year.length !== 4) return c.t(dates?.yearDigits);
  // A year is a name, not a quantity: "1900", never "1,900".
  if (Number(parts.year) < EARLIEST_YEAR) return c.t(dates?.yearFrom, { year: String(EARLIEST_YEAR) });
  const iso = partsToIso(parts);
  if (!isRealIsoDate(iso)) return c.t(dates?.notReal, { label });
  if (after === "today" && iso <= todayIso()) return c.t(dates?.afterToday, { label });
  return null;
}
