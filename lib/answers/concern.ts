import * as z from "zod/mini";
import { dateField } from "./date-field";
import { LIMITS } from "./text";
import { optionalText } from "./text-fields";
import { CONCERN_OUTCOMES, REQUEST_RECIPIENTS, WHAT_HAPPENED } from "./vocabulary";


export const ZConcernSchema = z.object(
  {
    requestedOn: dateField({ required: "Enter the date you asked for a second opinion", label: "The date you asked", when: "past" }),
    requestedFrom: z.enum(REQUEST_RECIPIENTS, { error: "Select who you asked" }),
    requestedFromName: optionalText({ label: "Name of the person you asked", max: LIMITS.name }),
    whatHappened: z.enum(WHAT_HAPPENED, { error: "Select what has happened since" }),
    details: optionalText({ label: "What happened", max: LIMITS.ownWords, multiline: true }),
    outcomes: z
      .array(z.enum(CONCERN_OUTCOMES, { error: "Select outcomes from the list" }), { error: "Select what you would like the service to help with" })
      .check(z.minLength(1, "Select what you would like the service to help with"), z.maxLength(CONCERN_OUTCOMES.length)),
    permissionToContactTeam: z.boolean({ error: "Select whether the service may contact the treating team about this" }),
    extraHelp: optionalText({ label: "Extra help you need", max: 400, multiline: true }),
  },
  { error: (i) => (i.input === undefined ? "This letter raises a concern: enter what you asked for and what happened" : "Concern must be a set of answers") },
);
export type TConcern = z.infer<typeof ZConcernSchema>;
