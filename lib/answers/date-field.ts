import * as z from "zod/mini";
import { EARLIEST_YEAR, ISO_DATE, isRealIsoDate, todayIso } from "./dates";
import { because } from "./text-fields";
import "./zod-settings";

/**
 * A date answer, "YYYY-MM-DD". "past" and "future" are checked against the device's today,
 * which is what the person filling in the form means by "today".
 */
export function dateField(options: { when?: "past" | "future" } = {}) {
  const base = z.string().check(
    z.trim(),
    z.minLength(1, { abort: true }),
    z.refine((v) => ISO_DATE.test(v), because("dateFormat", true)),
    z.refine(isRealIsoDate, because("dateReal", true)),
    z.refine((v) => Number(v.slice(0, 4)) >= EARLIEST_YEAR, because("dateEarliest", true)),
  );
  if (options.when === "past") return base.check(z.refine((v) => v <= todayIso(), because("datePast")));
  if (options.when === "future") return base.check(z.refine((v) => v >= todayIso(), because("dateFuture")));
  return base;
}
