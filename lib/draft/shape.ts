import * as z from "zod/mini";
import "@/lib/answers/locale";
import { ANSWER_FIELDS, WRITER_ROLES, type FieldKind, type Fields } from "./stored-answers";

/**
 * The structure of draft answers (./stored-answers.ts) as a zod schema that reports what is wrong, for
 * answers files the user loads, so they hear which answer is damaged. Answers read back from
 * storage go through `readStoredAnswers` instead, which drops damaged parts and needs no zod.
 */
const text = z.optional(z.string({ error: "must be written as text" }));
const texts = z.optional(z.array(z.string({ error: "must be written as text" }), { error: "must be a list" }));
const yesNo = z.optional(z.boolean({ error: "must be true or false" }));

function field(kind: FieldKind): z.ZodMiniType {
  if (kind === "text") return text;
  if (kind === "texts") return texts;
  if (kind === "yesNo") return yesNo;
  return z.optional(object(kind));
}

function object(fields: Fields) {
  return z.object(Object.fromEntries(Object.entries(fields).map(([key, kind]) => [key, field(kind)])), { error: "must be a set of answers" });
}

export const ZDraftAnswersStrict = z.object(
  {
    ...object(ANSWER_FIELDS).shape,
    schemaVersion: z.optional(z.literal(1, { error: "must be 1" })),
    writer: z.optional(
      z.discriminatedUnion("role", [z.object({ role: z.literal("patient"), ...object(WRITER_ROLES.patient).shape }), z.object({ role: z.literal("helper"), ...object(WRITER_ROLES.helper).shape })], {
        error: 'must have a role of "patient" or "helper"',
      }),
    ),
  },
  { error: "must be a set of answers" },
);
