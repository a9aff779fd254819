/** The words of the "concern-help" question page. See ./index.ts for how the wording is written. */
export const CONCERN_HELP = {
  title: "What help do you want?",
  outcomes: "What would you like the patient advice service to help with?",
  outcomesHint: "Select all that apply.",
  options: {
    reply: "Getting a reply to my request",
    "decision-with-reasons": "Getting a decision, with the reasons written down",
    referral: "Getting the referral for a second opinion made",
    meeting: "Arranging a meeting with my team to talk about it",
  },
  permission: "Can the patient advice service talk to the team treating you about this?",
  permissionHint: "They will not talk to anyone about you without your permission.",
  extraHelp: "Do you need any extra help? (optional)",
  extraHelpHint: "For example, large print, a British Sign Language interpreter, or help because of a disability.",
  errors: {
    outcomes: "Select what you would like the service to help with",
    permission: "Select yes if the service can talk to your treating team",
  },
};
