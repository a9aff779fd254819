/** Words every question page shares. See ./index.ts for how the wording is written. */
export const COMMON = {
  continue: "Continue",
  saveAndReturn: "Save and go back to check your answers",
  back: "Back",
  optional: "(optional)",
  errorSummaryTitle: "There is a problem",
  errorPrefix: "Error: ",
  checksFailed: "Your answers could not be checked because part of this page did not load. Check your internet connection, then select the button again. Your answers are still here.",
  yes: "Yes",
  no: "No",
  loading: "Loading your answers…",
  noScript:
    "This service needs JavaScript. It makes your letter on your own device, so nothing you type is sent to us. Turn on JavaScript in your browser settings, then reload this page.",
  selectAll: "Select all that apply.",
  dateHint: (example: string) => `For example, ${example}`,
  day: "Day",
  month: "Month",
  year: "Year",
  charactersRemaining: (n: number) => `You have ${n.toLocaleString("en-GB")} character${n === 1 ? "" : "s"} remaining`,
  charactersTooMany: (n: number) => `You have ${n.toLocaleString("en-GB")} character${n === 1 ? "" : "s"} too many`,
  charactersLimit: (n: number) => `You can enter up to ${n.toLocaleString("en-GB")} characters`,
};
