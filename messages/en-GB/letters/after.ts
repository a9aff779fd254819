/** After the letter is sent (letters.md, "After the letter"): the note of what has happened. */
export const letterAfter = {
  /** What has happened since, from the user's notes (answers.log), in the letters that tell it. */
  log: {
    since: "What has happened since:",
    /** One note: its date, who it was with, and what happened. */
    entry: "{date} ({who}): {what}",
  },
};
