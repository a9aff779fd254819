import type { CheckboxesField } from "../kit";
import type { FieldKind } from "./types";

/** Any of several choices, listed on check answers (or its words for none). */
export const checkboxes: FieldKind<CheckboxesField> = {
  input: {
    blank: () => [],
    read: (field, answer) => (Array.isArray(answer) ? field.options.filter((option) => answer.includes(option)) : []),
  },
  options: (field) => field.options,
  summary(_, answer, s) {
    const ticked = Array.isArray(answer) ? answer.flatMap((v) => s.option(String(v)) ?? []) : [];
    return [s.row(ticked.length ? ticked : s.answered && s.words?.summaryNone ? s.t(s.words.summaryNone) : undefined)];
  },
};
