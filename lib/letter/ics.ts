import { createEvent } from "ics";
import type { Reminder } from "./reminder";

/** Who made the calendar file (PRODID), for calendars: not shown to the user. */
const PRODUCT_ID = "second-opinion-letters";
/** The morning: 9 o'clock for half an hour, in the user's own time zone (a floating time, no Z). */
const START = { hour: 9, minute: 0 };
const MINUTES = 30;

/**
 * The reminder as an iCalendar file (RFC 5545), made by the `ics` package. The time is local
 * ("floating"), so 9 am is 9 am wherever the calendar is. Throws if `ics` refuses the event.
 */
export function reminderIcs(reminder: Reminder, uid: string): string {
  const [year, month, day] = reminder.date.split("-").map(Number) as [number, number, number];
  const { error, value } = createEvent({
    productId: PRODUCT_ID,
    uid,
    start: [year, month, day, START.hour, START.minute],
    startInputType: "local",
    startOutputType: "local",
    duration: { minutes: MINUTES },
    title: reminder.title,
    description: reminder.description,
    busyStatus: "FREE",
    alarms: [{ action: "display", description: reminder.title, trigger: { minutes: 0, before: true } }],
  });
  if (error || !value) throw error ?? new Error("The calendar file could not be made");
  // An alert at the event's start: ics writes its zero trigger as "-PT", which RFC 5545 (3.3.6)
  // does not allow and calendars built on ical.js reject (kewisch/ical.js#400); "PT0S" is valid.
  return value.replace(/^TRIGGER:-?PT\r?$/m, "TRIGGER:PT0S\r");
}
