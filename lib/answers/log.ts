import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";
import { SEND_METHODS } from "./vocabulary";

/**
 * A note made by marking a letter as sent: which letter (its id, templates/<id>) and how it went.
 * A follow-up asks no more when and how the letter it chases was sent, and a concern knows when
 * the patient first asked.
 */
export const ZSentSchema = z.object({
  letter: z.string().check(z.regex(/^[a-z0-9-]{1,60}$/)),
  by: z.enum(SEND_METHODS),
});

/**
 * What has happened since a letter was sent, one entry at a time: when, who (the practice, a
 * secretary, PALS) and what ("letter posted", "phoned, told it was not received"). Kept with the
 * answers, so it is in the answers file and the letters that tell what happened can use it.
 */
export const ZLogEntrySchema = z.object({
  date: dateField({ when: "past" }),
  who: requiredText({ max: LIMITS.shortText }),
  what: requiredText({ max: LIMITS.note }),
  sent: z.optional(ZSentSchema),
});
export type TLogEntry = z.infer<typeof ZLogEntrySchema>;

export const ZLogSchema = z.array(ZLogEntrySchema).check(z.maxLength(LIMITS.logEntries));
