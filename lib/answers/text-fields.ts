import * as z from "zod/mini";
import "./locale";
import { cleanText } from "./text";

interface TextOptions {
  /** Message when the answer is missing or blank, in the NHS error-message style. */
  required: string;
  /** Label used in the "too long" message, e.g. "Full name". */
  label: string;
  max: number;
  multiline?: boolean;
}

function tooLong(label: string, max: number): string {
  return `${label} must be ${max} characters or fewer`;
}

function notText(label: string) {
  return `${label} must be written as text`;
}

/** A required free-text answer. */
export function requiredText({ required, label, max, multiline }: TextOptions) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? required : notText(label)) })
    .check(z.overwrite((v) => cleanText(v, multiline)), z.minLength(1, { error: required, abort: true }), z.maxLength(max, tooLong(label, max)));
}

/** An optional free-text answer: missing and blank both mean "not given". */
export function optionalText({ label, max, multiline }: Omit<TextOptions, "required">) {
  return z.optional(z.string({ error: notText(label) }).check(z.overwrite((v) => cleanText(v, multiline)), z.maxLength(max, tooLong(label, max))));
}
