import type { RadiosField } from "../kit";
import type { FieldKind } from "./types";

/** "yes" and "no" stand for true and false in the answers of a Yes/No question. */
function chosenIn(field: RadiosField, answer: unknown): string | undefined {
  if (field.boolean) return answer === true ? "yes" : answer === false ? "no" : undefined;
  return typeof answer === "string" ? answer : undefined;
}

/** One choice of several; a choice can show questions of its own (NHS conditional reveal). */
export const radios: FieldKind<RadiosField> = {
  input: {
    blank: () => null,
    read(field, answer) {
      if (field.boolean) return chosenIn(field, answer) ?? null;
      return typeof answer === "string" && field.options.includes(answer) ? answer : null;
    },
  },
  reveals: (field) => field.reveals ?? {},
  options: (field) => field.options,
  summary(field, answer, s) {
    const chosen = chosenIn(field, answer);
    const revealed = chosen !== undefined ? (field.reveals?.[chosen] ?? []) : [];
    return [s.row(chosen === undefined ? undefined : s.option(chosen)), ...s.rows(revealed)];
  },
};
