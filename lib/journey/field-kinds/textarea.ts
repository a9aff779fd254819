import type { TextareaField } from "../kit";
import { asText } from "./text";
import type { FieldKind } from "./types";

/** Words of the user's own, with a character count. */
export const textarea: FieldKind<TextareaField> = {
  input: { blank: () => "", read: (_, answer) => asText(answer) },
  summary: (_, answer, s) => [s.row(typeof answer === "string" ? answer : undefined)],
};
