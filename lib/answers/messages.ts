import type * as z from "zod/mini";
import type { Catalogue } from "@/messages/catalogue";
import { formatFor } from "@/messages/format";
import type { Text, Voice } from "@/messages/types";
import type { TNation } from "./vocabulary";

/** The part of a catalogue that says what is wrong with an answer. */
export type AnswerWords = Pick<Catalogue, "meta" | "answers">;
type FieldWords = { label: string; required?: string; invalid?: string; notObject?: string };

export interface MessageContext {
  words: AnswerWords;
  /** The nation's name for the patient's number ("CHI number"). */
  term: string;
  /** Whose words: a question page speaks to the user; files and letters speak of the patient. */
  voice: Voice;
  /** A question page's own words for the field, ahead of the catalogue's answers words. */
  field?: { label?: string; required?: Text };
}

export function termFor(nation: TNation | undefined, words: AnswerWords): string {
  return words.answers.identifierTerms[nation ?? "england"];
}

/** "reasons.selected.0" → "reasons.selected[]": list items share their words. */
function fieldKey(path: readonly PropertyKey[]): string {
  let key = "";
  for (const part of path) {
    if (typeof part === "number") key += "[]";
    else key += key ? `.${String(part)}` : String(part);
  }
  return key;
}

/**
 * The words for one problem zod found, from the catalogue (messages/en-GB/answers.ts): by the
 * answer's path and the kind of problem, or by the reason a check of ours gave. Used as zod's
 * error map, so every issue comes out in words.
 */
export function answerMessage(issue: z.core.$ZodRawIssue, ctx: MessageContext): string {
  const { answers } = ctx.words;
  const format = formatFor(ctx.words.meta);
  const fields = answers.fields as Record<string, FieldWords | undefined>;
  const words = fields[fieldKey(issue.path ?? [])];
  const t = (text: Text, params: Record<string, string | number> = {}) => format.t(text, { term: ctx.term, ...params }, ctx.voice);
  // An answer with no words of its own is named by its path in the file, as the file writes it.
  const own = ctx.field?.label ?? words?.label;
  const label = own !== undefined ? t(own) : fieldKey(issue.path ?? []) || t(fields[""]?.label ?? "");
  const required = () => (ctx.field?.required ? t(ctx.field.required) : words?.required ? t(words.required) : t(answers.generic.required, { label }));
  const invalid = () => (words?.invalid ? t(words.invalid) : words?.required ? required() : t(answers.generic.invalid, { label }));

  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return words?.required || ctx.field?.required ? required() : invalid();
      if (issue.expected === "string") return t(answers.generic.notText, { label });
      if (issue.expected === "object") return words?.notObject ? t(words.notObject) : t(answers.generic.notObject, { label });
      if (issue.expected === "array") return t(answers.generic.notList, { label });
      if (issue.expected === "boolean" && !words?.invalid) return t(answers.generic.notYesNo, { label });
      return invalid();
    case "too_small":
      return issue.origin === "array" ? invalid() : required();
    case "too_big":
      return issue.origin === "string" ? t(answers.generic.tooLong, { label, max: Number(issue.maximum) }) : invalid();
    case "custom": {
      const reason = (issue.params as { reason?: string } | undefined)?.reason;
      const message = reason ? (answers.reasons as Record<string, Text | undefined>)[reason] : undefined;
      return message ? t(message, { label }) : invalid();
    }
    default:
      return invalid();
  }
}
