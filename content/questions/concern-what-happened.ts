/** The words of the "concern-what-happened" question page. See ./index.ts for how the wording is written. */
export const CONCERN_WHAT_HAPPENED = {
  title: "What has happened since you asked?",
  options: {
    "no-reply": "I have had no reply",
    "declined-no-reasons": "They said no, without giving reasons",
    declined: "They said no and gave reasons, but I do not agree",
    delayed: "They agreed, but nothing has happened yet",
    other: "Something else",
  },
  details: "Tell us what happened (optional)",
  detailsHint: "Include dates if you can. This goes into your letter as you write it.",
  errors: {
    whatHappened: "Select what has happened since you asked",
  },
};
