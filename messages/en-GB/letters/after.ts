/**
 * After the letter is sent (letters.md, "After the letter"): the note of what has happened and the
 * calendar reminder.
 */
export const letterAfter = {
  /** What has happened since, from the user's notes (answers.log), in the letters that tell it. */
  log: {
    since: "What has happened since:",
    /** One note: its date, who it was with, and what happened. */
    entry: "{date} ({who}): {what}",
  },
  /** The calendar file: what to do, and nothing about the patient's health, number or address. */
  reminder: {
    fileName: "reminder",
    title: "Check for a reply to your letter to {recipient}",
    /** What to do if there is no reply: after a referral letter, after a follow-up, after any other letter. */
    followUp: "If there is no reply, this site can write a follow-up letter for you. It uses the answers you saved.",
    concern: "If there is no reply, this site can write a letter to raise a concern. It uses the answers you saved.",
    phone: "If there is no reply, phone them and ask whether your letter arrived.",
    /** Who the reminder names, when the letter went to a team rather than a person. */
    recipients: { concerns: "the concerns team", records: "the health records team", practice: "the GP practice" },
  },
};
