import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { requiredText } from "./text-fields";

/**
 * What has happened since a letter was sent, one entry at a time: when, who (the practice, a
 * secretary, PALS) and what ("letter posted", "phoned, told it was not received"). Kept with the
 * answers, so it is in the answers file and the letters that tell what happened can use it.
 */
export const ZLogEntrySchema = z.object({
  date: dateField({ when: "past" }),
  who: requiredText({ max: LIMITS.shortText }),
  what: requiredText({ max: LIMITS.note }),
});
export type TLogEntry = z.infer<typeof ZLogEntrySchema>;

export const ZLogSchema = z.array(ZLogEntrySchema).check(z.maxLength(LIMITS.logEntries));
