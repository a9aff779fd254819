/** The words of the "concern-request" question page. See ./index.ts for how the wording is written. */
export const CONCERN_REQUEST = {
  title: "Your request for a second opinion",
  hint: "The patient advice service needs to know what you asked for and when.",
  requestedOn: "When did you ask for a second opinion?",
  requestedOnHint: "For example, 20 10 2026. If you asked more than once, give the first date.",
  requestedFrom: "Who did you ask?",
  recipients: {
    gp: "My GP",
    oncologist: "My oncologist (cancer specialist)",
    surgeon: "My surgeon",
    other: "Someone else",
  },
  requestedFromName: "Their name (optional)",
  requestedFromNameHint: "For example, Dr Paul Hughes",
  errors: {
    requestedOn: "Enter the date you asked for a second opinion",
    requestedOnLabel: "The date you asked",
    requestedFrom: "Select who you asked",
  },
};
