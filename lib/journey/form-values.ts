import { isoToParts } from "@/lib/answers/dates";
import type { DraftAnswers } from "@/lib/draft/format";

/** Form values to answers and back, with no zod: question pages use these before the checks load. */

/** A text input's starting value. */
export const formText = (v: string | undefined | null) => v ?? "";

/** A date input's starting parts. */
export const formDate = (iso: string | undefined) => isoToParts(iso);

/** A hospital team's starting values (preferred and back-up teams). */
export function teamForm(t: DraftAnswers["preferred"]) {
  return { hospital: formText(t?.hospital), team: formText(t?.team), clinician: formText(t?.clinician), why: formText(t?.why) };
}

/** Which date parts to mark as wrong: the blank ones if some were filled, otherwise all. */
export function datePartsInError(parts: Partial<Record<"day" | "month" | "year", string | null | undefined>> | undefined): ("day" | "month" | "year")[] {
  const blank = (["day", "month", "year"] as const).filter((k) => !(parts?.[k] ?? "").trim());
  return blank.length > 0 && blank.length < 3 ? blank : ["day", "month", "year"];
}

/** "yes" / "no" radios to a boolean. */
export function yesNo(value: "yes" | "no" | undefined): boolean | undefined {
  return value === undefined ? undefined : value === "yes";
}

export function fromYesNo(value: boolean | undefined): "yes" | "no" | "" {
  return value === undefined ? "" : value ? "yes" : "no";
}

export const YES_NO = ["yes", "no"] as const;
