export const concernHelp = {
  title: "What help do you want?",
  fields: {
    outcomes: {
      label: "What would you like them to help with?",
      summary: "Help you want",
      hint: "Select all that apply.",
      required: "Select what you would like them to help with",
      options: {
        reply: { label: "Getting a reply to my request" },
        "decision-with-reasons": { label: "Getting a decision, with the reasons written down" },
        referral: { label: "Getting the referral for a second opinion made" },
        meeting: { label: "Arranging a meeting with my team to talk about it" },
      },
    },
    permission: {
      label: "Can they talk to the team treating you about this?",
      summary: "They can talk to your team",
      hint: "They will not talk to anyone about you without your permission.",
      required: "Select yes if they can talk to the team treating you",
      options: { yes: { label: "Yes" }, no: { label: "No" } },
    },
    extraHelp: {
      label: "Do you need any extra help? (optional)",
      summary: "Extra help you need",
      hint: "For example, large print, a British Sign Language interpreter, or help because of a disability.",
    },
  },
};
