import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { formatNhsNumber } from "@/lib/answers";
import type { LETTER_IDS } from "@/templates";
import { letterReminder } from "@/templates/build";
import { messages } from "@/messages";
import { answersOf, EXAMPLES, LETTER_DATE } from "@/tests/fixtures/examples";
import { reminderIcs } from "./ics";

const SITE = { service: messages.site.serviceName, address: "https://second-opinion.example/", saved: true };

/** The reminder's calendar file for an example, parsed back with ical.js (another library than the one that wrote it). */
function parsed(template: (typeof LETTER_IDS)[number], answers: unknown, date = LETTER_DATE, place = SITE) {
  const reminder = letterReminder(template, answers, { date, words: messages }, place);
  if (!reminder) throw new Error(`${template}: no reminder`);
  const text = reminderIcs(reminder, "reminder-1@example.test");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { reminder, text, event };
}

describe("the reminder's calendar file", () => {
  it("is for 9 am, in the user's own time zone, the morning after the reply-by date", () => {
    // A GP letter dated 18 December 2026 in England asks for a reply by 6 January 2027.
    const { event, reminder } = parsed(
      "gp-oncology-second-opinion",
      { ...answersOf("gp-oncology-second-opinion", "typical"), replyBy: undefined },
      "2026-12-18",
    );
    expect(reminder.dueBy).toBe("2027-01-06");
    expect(event.startDate.toString()).toBe("2027-01-07T09:00:00");
    expect(event.startDate.zone?.tzid).toBe("floating");
    expect(event.duration.toSeconds()).toBe(30 * 60);
    // It alerts at that time.
    const alarm = event.component.getFirstSubcomponent("valarm")!;
    expect((alarm.getFirstPropertyValue("trigger") as ICAL.Duration).toSeconds()).toBe(0);
  });

  it("counts Scotland's own bank holidays", () => {
    const answers = answersOf("gp-oncology-second-opinion", "typical");
    answers.nation = "scotland";
    delete answers.replyBy;
    const { event } = parsed("gp-oncology-second-opinion", answers, "2026-12-18");
    expect(event.startDate.toString()).toBe("2027-01-08T09:00:00");
  });

  it("names who the letter went to and says what to do next", () => {
    const { event } = parsed("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "typical"));
    expect(event.summary).toBe("Check for a reply to your letter to Dr Shah");
    // The site by its name and address: the reminder is read weeks later, perhaps somewhere else.
    expect(event.description).toBe(
      "If there is no reply, the website Ask for a second opinion (https://second-opinion.example/) can write a follow-up letter for you. It can use the answers kept in the browser you used.",
    );
    expect(parsed("follow-up-no-reply", answersOf("follow-up-no-reply", "typical")).event.description).toBe(
      "If there is no reply, the website Ask for a second opinion (https://second-opinion.example/) can write a letter to raise a concern. It can use the answers kept in the browser you used.",
    );
    // A phone call needs no site, nor answers.
    expect(parsed("pals-concern", answersOf("pals-concern", "typical")).event.description).toBe(messages.letterAfter.reminder.next.phone);
    expect(parsed("records-request", answersOf("records-request", "typical")).event.summary).toBe(
      "Check for a reply to your letter to the health records team",
    );
  });

  it("says the answers were not kept, when they were written on a shared device", () => {
    const { event } = parsed("gp-oncology-second-opinion", answersOf("gp-oncology-second-opinion", "typical"), LETTER_DATE, { ...SITE, saved: false });
    expect(event.description).toContain("Your answers were not kept in that browser: answer the questions again, or open your answers file if you saved one.");
    expect(event.description).not.toContain("It can use the answers");
  });

  it("gives a records request the month the law allows", () => {
    const { reminder } = parsed("records-request", answersOf("records-request", "typical"));
    expect(reminder.dueBy).toBe("2026-12-29"); // 25 December is Christmas, 28 December the Boxing Day substitute
    expect(reminder.date).toBe("2026-12-30");
  });

  it.each(EXAMPLES.map((e) => [`${e.template}/${e.name}`, e] as const))("%s: says nothing of the patient's health, number or address", (_, ex) => {
    const { text } = parsed(ex.template, ex.answers);
    const a = ex.answers as Record<string, any>;
    const unfolded = text.replace(/\r\n[ \t]/g, "");
    const secrets = [
      a.patient.nhsNumber,
      formatNhsNumber(a.patient.nhsNumber),
      a.patient.fullName,
      a.patient.dateOfBirth,
      a.patient.address.line1,
      a.patient.address.postcode,
      a.diagnosis?.condition,
      a.currentTeam.hospital,
    ].filter((s): s is string => typeof s === "string" && s.length > 0);
    for (const secret of secrets) expect(unfolded, secret).not.toContain(secret);
    expect(unfolded.toLowerCase()).not.toMatch(/cancer|oncolog|diagnos|nhs number|chi number/);
  });
});
