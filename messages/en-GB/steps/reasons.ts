export const reasons = {
  title: { self: "Why do you want a second opinion?", helper: "Why does the patient want a second opinion?" },
  /** The page's name on check answers. */
  summary: "Reasons",
  fields: {
    selected: {
      label: { self: "Why do you want a second opinion?", helper: "Why does the patient want a second opinion?" },
      summary: "Reasons",
      hint: "Select all that apply. Keep it short: the letter only needs the main reasons.",
      options: {
        "turning-point": {
          label: { self: "I am at a turning point in my treatment", helper: "They are at a turning point in their treatment" },
          hint: "For example, deciding what to do after the first treatment",
        },
        "disagree-next-step": {
          label: { self: "I do not agree with my team about what to do next", helper: "They do not agree with their team about what to do next" },
        },
        "confirm-plan": {
          label: { self: "I want another specialist to confirm my treatment plan", helper: "They want another specialist to confirm their treatment plan" },
        },
        "particular-expertise": {
          label: {
            self: "I want to see someone with particular experience of my type of cancer",
            helper: "They want to see someone with particular experience of their type of cancer",
          },
        },
        "options-not-explored": {
          label: { self: "I think there may be options that have not been looked at", helper: "We think there may be options that have not been looked at" },
        },
      },
    },
    ownWords: {
      label: "Anything else about why (optional)",
      summary: "In your words",
      hint: {
        self: "This goes into your letter as you write it.",
        helper: "This goes into the letter as you write it. You sign the letter, so write about the patient as “she”, “he”, “they” or by name, not “I”.",
      },
    },
    askAboutTreatmentFirst: {
      label: "Do you want to ask whether treatment before surgery could make surgery possible?",
      summary: "Ask about treatment first",
      hint: "Sometimes chemotherapy or radiotherapy can shrink a cancer so that surgery becomes possible.",
      required: "Select yes if you want to ask about treatment before surgery",
      options: { yes: { label: "Yes, ask about this", summary: "Yes" }, no: { label: "No" } },
    },
  },
};
