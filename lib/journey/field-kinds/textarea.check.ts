import type { TextareaField } from "../kit";
import { checkTyped } from "./text.check";
import type { FieldCheck } from "./types";

export const checkTextarea: FieldCheck<TextareaField> = (field, values, c) => checkTyped(field, values[field.name], c);
