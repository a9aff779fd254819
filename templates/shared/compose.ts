import type { TAnswers } from "@/lib/answers";
import { formatFor } from "@/messages/format";
import type { Text, Voice } from "@/messages/types";
import type { LetterContext } from "../types";

/**
 * What every part of a letter is written with: the letter's voice (the patient writing, or
 * someone writing for them), the words, and the formatter. `say` fills `{patient}` everywhere;
 * `forWriter` picks a representative's own sentence where the usual one would say what the
 * patient wants or agreed to.
 */
export function composer(answers: TAnswers, ctx: LetterContext) {
  const format = formatFor(ctx.words.meta);
  const writer = answers.writer;
  // Someone writing for the patient (helping, or acting for them) names them as they chose: she, he, they, or by name.
  const voice: Voice = writer.role === "patient" ? "self" : writer.refersTo;
  const acting = writer.role === "representative";
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
    /**
     * The sentence for whoever writes: a representative's own (the catalogue's `representative`
     * words), which never says what the patient wants or agreed to, or the usual one.
     */
    forWriter: (text: Text, representative: Text): Text => (acting ? representative : text),
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
