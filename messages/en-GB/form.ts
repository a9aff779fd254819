/** Words the form components and every question page share. */
export const form = {
  continue: "Continue",
  back: "Back",
  errorSummaryTitle: "There is a problem",
  /** In front of the tab title while the page shows errors (NHS pattern), and before each error. */
  errorPrefix: "Error: ",
  checksFailed:
    "Your answers could not be checked because part of this page did not load. Check your internet connection, then select the button again. Your answers are still here.",
  /**
   * After Continue, an answer that may be mistyped but could be right (lib/answers/warnings.ts): the
   * page says what to check, and Continue again, with the same answers, goes on.
   */
  warning: { heading: "Check this answer", again: "If it is right, select Continue again." },
  yes: "Yes",
  no: "No",
  day: "Day",
  month: "Month",
  year: "Year",
  /** What the NHS date input says about a date typed wrongly. `{label}` is the date's name. */
  dates: {
    parts: { day: "day", month: "month", year: "year" },
    missingParts: "{label} must include a {parts}",
    notReal: "{label} must be a real date",
    yearDigits: "Year must include 4 numbers",
    /** Each part a number in its range, said of the part that is wrong ("April" as a month, 1890 as a year). */
    dayRange: "Day must be a number from 1 to 31",
    monthRange: "Month must be a number from 1 to 12",
    yearFrom: "Year must be {year} or later",
    afterToday: "{label} must be after today",
  },
  charactersRemaining: { one: "You have {count} character remaining", other: "You have {count} characters remaining" },
  charactersTooMany: { one: "You have {count} character too many", other: "You have {count} characters too many" },
  charactersLimit: { one: "You can enter up to {count} character", other: "You can enter up to {count} characters" },
  /** A name of an organisation picked from our list as it is typed (an ARIA combobox: components/journey/fields/OrganisationView.tsx). */
  organisations: {
    /** Read out as the list changes, and after a pick. */
    results: {
      one: "{count} organisation in our list matches. Use the up and down arrows to choose it, or keep typing.",
      other: "{count} organisations in our list match. Use the up and down arrows to choose one, or keep typing.",
    },
    none: "No organisation in our list matches. You can keep what you typed.",
    chosen: "{name} chosen.",
    chosenFilled: "{name} chosen. Its address has been filled in: check it.",
    /** Under each name in the list: where it is. */
    where: "{town}, {postcode}",
    /** A hospital whose health board's teams act for it. */
    partOf: "{town}, {postcode}. Part of {board}",
    /** The list's accessible name. */
    listLabel: "Organisations that match",
  },
};
