import { formatNhsNumber } from "@/lib/answers/nhs-number";
import { valueAt } from "@/lib/dotted-path";
import type { DraftAnswers } from "@/lib/draft/format";
import type { Format } from "@/messages/format";
import type { Text } from "@/messages/types";
import type { Field } from "@/lib/journey/kit";
import type { PageDefinition, StepContext } from "./context";
import { allFields, hiddenBy, isAsked, pathOf } from "./fields";
import { assertNever } from "@/lib/letter/model";
import type { FieldWords, StepWords } from "./words";

/** One row of the check-answers list. `value` undefined shows "Not provided" (or "Not answered yet"). */
export interface SummaryRow {
  key: string;
  value: string | string[] | undefined;
  /** The field the row is about, for the Change link. */
  field: string;
  /** Left blank, the letter does without it: check answers leaves the row out. */
  optional: boolean;
}

/** How a page's answers read on check answers, from its fields and their words: no zod. */
export function summaryRows(step: PageDefinition, answers: DraftAnswers, ctx: StepContext, words: StepWords, format: Format, term: string): SummaryRow[] {
  const t = (text: Text) => format.t(text, { term }, ctx.voice);
  const answered = ctx.answered.includes(step.id);

  function option(words: FieldWords | undefined, value: string): string | undefined {
    const o = words?.options?.[value];
    return o ? t(o.summary ?? o.label) : undefined;
  }

  // Another answer on the page can hide a question: read it from the answers, by its field's name.
  const byName = new Map(allFields(step.fields).map((field) => [field.name, field]));
  const answerOf = (name: string) => {
    const field = byName.get(name);
    return field ? valueAt(answers, pathOf(field, ctx)) : undefined;
  };

  function rows(fields: readonly Field[]): SummaryRow[] {
    return fields
      .filter((field) => isAsked(field, ctx) && !hiddenBy(field, answerOf))
      .flatMap((field): SummaryRow[] => {
        const w = words.fields[field.name];
        const key = w ? t(w.summary ?? w.label) : field.name;
        const row = (value: SummaryRow["value"]): SummaryRow => ({ key, value, field: field.name, optional: "optional" in field && field.optional === true });
        const value = valueAt(answers, pathOf(field, ctx));
        switch (field.kind) {
          case "text":
            if (typeof value !== "string") return [row(undefined)];
            return [row(field.display === "nhs-number" ? formatNhsNumber(value) : value)];
          case "textarea":
            return [row(typeof value === "string" ? value : undefined)];
          case "date":
            return [row(typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? format.date(value) : undefined)];
          case "radios": {
            const chosen = field.boolean ? (value === true ? "yes" : value === false ? "no" : undefined) : typeof value === "string" ? value : undefined;
            const revealed = chosen !== undefined ? (field.reveals?.[chosen] ?? []) : [];
            return [row(chosen === undefined ? undefined : option(w, chosen)), ...rows(revealed)];
          }
          case "presence":
            return value !== undefined ? rows(field.reveals) : [row(answered ? option(w, "no") : undefined)];
          case "checkboxes": {
            const ticked = Array.isArray(value) ? value.flatMap((v) => option(w, String(v)) ?? []) : [];
            return [row(ticked.length ? ticked : answered && w?.summaryNone ? t(w.summaryNone) : undefined)];
          }
          case "tick":
            return [row(value === true && w ? t(w.summaryValue ?? w.label) : undefined)];
          case "group": {
            const lines = field.fields
              .map((line) => valueAt(answers, pathOf(line, ctx)))
              .filter((line): line is string => typeof line === "string" && line !== "");
            return [row(lines.length ? lines : undefined)];
          }
          default:
            return assertNever(field);
        }
      });
  }
  return rows(step.fields);
}

/**
 * A page's answers as short lines for check answers: the answer alone when the page asks one thing
 * (or the row's name is the page's), "Label: answer" (`lineWords`) when it asks several; blank
 * optional answers left out; an address or a list on one line. `missing`: a needed answer not given.
 */
export function answerLines(rows: SummaryRow[], page: string, format: Format, lineWords: string): { text: string; missing: boolean }[] {
  const given = rows.filter((row) => !(row.optional && (row.value === undefined || (Array.isArray(row.value) && row.value.length === 0))));
  return given.map((row) => {
    const missing = row.value === undefined || (Array.isArray(row.value) && row.value.length === 0);
    const value = missing
      ? ""
      : Array.isArray(row.value)
        ? format.list(row.value, row.field === "items" || row.field === "selected" ? "and" : "parts")
        : row.value!;
    // The answer alone when the page's name already says what it is.
    return { text: rows.length === 1 || row.key === page ? value : format.t(lineWords, { label: row.key, value }), missing };
  });
}
