import { valueAt } from "@/lib/dotted-path";
import type { DraftAnswers } from "@/lib/draft/format";
import type { Format } from "@/messages/format";
import type { Text } from "@/messages/types";
import type { Field } from "@/lib/journey/kit";
import type { PageDefinition, StepContext } from "./context";
import { kindOf } from "./field-kinds";
import type { SummaryRow } from "./field-kinds/types";
import { allFields, hiddenBy, isAsked, pathOf } from "./fields";
import type { StepWords } from "./words";

export type { SummaryRow };

/** How a page's answers read on check answers, from its fields and their words: no zod. Each kind of field writes its own rows (its `summary`). */
export function summaryRows(step: PageDefinition, answers: DraftAnswers, ctx: StepContext, words: StepWords, format: Format, term: string): SummaryRow[] {
  const t = (text: Text) => format.t(text, { term }, ctx.voice);
  const answered = ctx.answered.includes(step.id);
  const answerOf = (field: Field) => valueAt(answers, pathOf(field, ctx));

  // Another answer on the page can hide a question: read it from the answers, by its field's name.
  const byName = new Map(allFields(step.fields).map((field) => [field.name, field]));
  const answerNamed = (name: string) => {
    const field = byName.get(name);
    return field ? answerOf(field) : undefined;
  };

  function rows(fields: readonly Field[]): SummaryRow[] {
    return fields
      .filter((field) => isAsked(field, ctx) && !hiddenBy(field, answerNamed))
      .flatMap((field): SummaryRow[] => {
        const w = words.fields[field.name];
        const key = w ? t(w.summary ?? w.label) : field.name;
        return kindOf(field).summary(field, answerOf(field), {
          row: (value) => ({ key, value, field: field.name, optional: "optional" in field && field.optional === true }),
          option(value) {
            const o = w?.options?.[value];
            return o ? t(o.summary ?? o.label) : undefined;
          },
          words: w,
          t,
          format,
          answered,
          rows,
          answerOf,
        });
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
