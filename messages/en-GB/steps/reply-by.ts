import { bankHolidayNames } from "../bank-holidays";

export const replyBy = {
  title: "When would you like a reply by? (optional)",
  /** The page's name on check answers. */
  summary: "Reply date and anything else",
  fields: {
    replyBy: {
      label: "When would you like a reply by? (optional)",
      summary: "Reply by",
      hint: "For example, 9 12 2026. If you leave this blank, your letter asks for a reply within 10 working days.",
      errorLabel: "The date you would like a reply by",
      /** Shown in place of the hint once the page has worked out the date (lib/letter/reply-by.ts). */
      replyDefault: {
        date: "For example, 9 12 2026. If you leave this blank, your letter asks for a reply by {date}. That is {days} working days after today.",
        skipped: {
          one: "We did not count {holidays}, as it is a bank holiday.",
          other: "We did not count these bank holidays: {holidays}.",
        },
        holiday: "{name} on {date}",
        substitute: "{name} (substitute day)",
        names: bankHolidayNames,
      },
    },
    ownWords: {
      label: "Is there anything else you want to say in your letter? (optional)",
      summary: "Anything else you want to say",
      hint: {
        self: "This goes near the end of your letter, as you write it. Leave it blank if you do not need it.",
        helper:
          "This goes near the end of the letter, as you write it. You sign the letter, so write about the patient as “she”, “he”, “they” or by name, not “I”. Leave it blank if you do not need it.",
      },
    },
  },
};
