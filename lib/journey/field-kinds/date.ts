import { isoToParts } from "@/lib/answers/dates";
import type { DateField } from "../kit";
import { asText } from "./text";
import type { FieldKind } from "./types";

/** The NHS date input: day, month and year as typed, an ISO date in the answers. */
export const date: FieldKind<DateField> = {
  input: {
    blank: () => ({ day: "", month: "", year: "" }),
    read: (_, answer) => isoToParts(typeof answer === "string" ? answer : undefined),
  },
  summary: (_, answer, s) => [s.row(typeof answer === "string" && /^\d{4}-\d{2}-\d{2}$/.test(answer) ? s.format.date(answer) : undefined)],
};

/** Which parts of a date to mark as wrong: the blank ones if some were filled, otherwise all. */
export function datePartsInError(parts: unknown): ("day" | "month" | "year")[] {
  const p = (parts ?? {}) as Partial<Record<"day" | "month" | "year", unknown>>;
  const blank = (["day", "month", "year"] as const).filter((k) => !asText(p[k]).trim());
  return blank.length > 0 && blank.length < 3 ? blank : ["day", "month", "year"];
}
