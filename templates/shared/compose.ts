import type { TAnswers } from "@/lib/answers";
import { formatFor } from "@/messages/format";
import type { Text, Voice } from "@/messages/types";
import type { LetterContext } from "../types";

/**
 * What every part of a letter is written with: the letter's voice (the patient writing, or
 * someone writing for them), the words, and the formatter. `say` fills `{patient}` everywhere.
 */
export function composer(answers: TAnswers, ctx: LetterContext) {
  const format = formatFor(ctx.words.meta);
  // Someone writing for the patient names them as they chose: she, he, they, or by name.
  const voice: Voice = answers.writer.role === "helper" ? answers.writer.refersTo : "self";
  const patient = answers.patient.fullName;
  const shared = ctx.words.letterShared;
  return {
    voice,
    format,
    words: ctx.words,
    shared,
    surgical: ctx.words.letterSurgical,
    /** The files' title and subject say what the letter is about (the person chose so), or nothing of it. */
    describeFiles: ctx.fileProperties === "describe",
    say: (text: Text, params: Record<string, string | number> = {}) => format.t(text, { patient, ...params }, voice),
    /** Sentences run on into one paragraph, the catalogue's way ("{first} {second}"). */
    sentences: (list: readonly string[]) => list.reduce((first, second) => format.t(shared.twoSentences, { first, second })),
    /** Ends a sentence the user typed with a full stop, if it has no closing punctuation. */
    sentence(typed: string): string {
      const t = typed.trim();
      return /[.!?)"'”’]$/.test(t) ? t : `${t}${shared.fullStop}`;
    },
  };
}
export type Composer = ReturnType<typeof composer>;
