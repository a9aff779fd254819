import type { GroupField } from "../kit";
import type { FieldKind } from "./types";

/** Questions answered together (an address): its lines are its inputs, and one row on check answers. */
export const group: FieldKind<GroupField> = {
  input: null,
  parts: (field) => field.fields,
  summary(field, _, s) {
    const lines = field.fields.map((line) => s.answerOf(line)).filter((line): line is string => typeof line === "string" && line !== "");
    return [s.row(lines.length ? lines : undefined)];
  },
};
