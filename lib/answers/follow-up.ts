import * as z from "zod/mini";
import { dateField } from "./date-field";
import { FOLLOWED_UP_LETTERS, SEND_METHODS } from "./vocabulary";

/** The letter a follow-up chases: which it was, and when and how it was sent. */
export const ZFollowUpSchema = z.object({
  letter: z.enum(FOLLOWED_UP_LETTERS),
  sentOn: dateField({ when: "past" }),
  sentBy: z.enum(SEND_METHODS),
});
export type TFollowUp = z.infer<typeof ZFollowUpSchema>;
