/**
 * A calendar reminder for the morning after a letter's reply is due: what to do then, and nothing
 * about the patient's health, number or address (issue 13). `date` is ISO "YYYY-MM-DD"; the time
 * of day is the calendar file's (./ics.ts). Templates write it (templates/shared/reminder.ts).
 */
/** Where the reminder was made: the site's name and address, and whether the answers were kept in the browser (not on a shared device). */
export interface ReminderPlace {
  service: string;
  address: string;
  saved: boolean;
}

export interface Reminder {
  date: string;
  /** Whoever the letter went to, as the title names them ("Dr Shah", "the concerns team"). */
  recipient: string;
  /** The day the reply is due, for the page to show. */
  dueBy: string;
  title: string;
  description: string;
}
