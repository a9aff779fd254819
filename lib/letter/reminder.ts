/**
 * A calendar reminder for the morning after a letter's reply is due: what to do then, and nothing
 * about the patient's health, number or address (issue 13). `date` is ISO "YYYY-MM-DD"; the time
 * of day is the calendar file's (./ics.ts). Templates write it (templates/shared/reminder.ts).
 */
export interface Reminder {
  date: string;
  /** The day the reply is due, for the page to show. */
  dueBy: string;
  title: string;
  description: string;
}
