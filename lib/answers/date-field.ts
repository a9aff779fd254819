import * as z from "zod/mini";
import { ISO_DATE, isRealIsoDate, todayIso } from "./dates";
import "./locale";

interface DateOptions {
  required: string;
  label: string;
  /** "past": must be before today; "future": must be after today. */
  when?: "past" | "future";
}

function dateString({ required, label }: DateOptions) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? required : `${label} must be a date`) })
    .check(
      z.trim(),
      z.minLength(1, { error: required, abort: true }),
      z.refine((v) => ISO_DATE.test(v), { error: `${label} must be a date written as YYYY-MM-DD`, abort: true }),
      z.refine(isRealIsoDate, { error: `${label} must be a real date`, abort: true }),
    );
}

/**
 * A date answer. "past"/"future" are checked against the device's today, which is what the
 * person filling in the form means by "today".
 */
export function dateField(options: DateOptions) {
  const base = dateString(options);
  if (options.when === "past") {
    return base.check(z.refine((v) => !isRealIsoDate(v) || v <= todayIso(), `${options.label} must be in the past`));
  }
  if (options.when === "future") {
    return base.check(z.refine((v) => !isRealIsoDate(v) || v >= todayIso(), `${options.label} must be today or in the future`));
  }
  return base;
}
