import { isoToParts } from "@/lib/answers/dates";
import { formatNhsNumber } from "@/lib/answers/nhs-number";
import { valueAt } from "@/lib/dotted-path";
import type { DraftAnswers } from "@/lib/draft/format";
import type { Field } from "@/lib/journey/kit";
import type { PageDefinition, StepContext } from "./context";
import { allFields, pathOf } from "./fields";

/**
 * A page's form values read back from the answers, with no zod: question pages show their saved
 * answers before their checks have loaded. Inputs hold strings, so each kind of field is read as
 * its inputs hold it; anything of the wrong kind reads as not answered.
 */
export type FormValues = Record<string, unknown>;

const text = (value: unknown) => (typeof value === "string" ? value : "");

function startingValue(field: Field, answers: DraftAnswers, ctx: StepContext, stepId: string): unknown {
  const value = valueAt(answers, pathOf(field, ctx));
  switch (field.kind) {
    case "text":
      return field.display === "nhs-number" && typeof value === "string" && value ? formatNhsNumber(value) : text(value);
    case "textarea":
      return text(value);
    case "date":
      return isoToParts(typeof value === "string" ? value : undefined);
    case "radios":
      if (field.boolean) return value === true ? "yes" : value === false ? "no" : null;
      return typeof value === "string" && field.options.includes(value) ? value : null;
    case "presence":
      return value !== undefined ? "yes" : ctx.answered.includes(stepId) ? "no" : null;
    case "checkboxes":
      return Array.isArray(value) ? field.options.filter((option) => value.includes(option)) : [];
    case "tick":
      return value === true;
    case "group":
      return undefined;
  }
}

/** Every field's starting value, by the field's name. */
export function formValues(step: PageDefinition, answers: DraftAnswers, ctx: StepContext): FormValues {
  const values: FormValues = {};
  for (const field of allFields(step.fields)) {
    if (field.kind !== "group") values[field.name] = startingValue(field, answers, ctx, step.id);
  }
  return values;
}

/** Which parts of a date to mark as wrong: the blank ones if some were filled, otherwise all. */
export function datePartsInError(parts: unknown): ("day" | "month" | "year")[] {
  const p = (parts ?? {}) as Partial<Record<"day" | "month" | "year", unknown>>;
  const blank = (["day", "month", "year"] as const).filter((k) => !text(p[k]).trim());
  return blank.length > 0 && blank.length < 3 ? blank : ["day", "month", "year"];
}
