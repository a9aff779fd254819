export const concernWhatHappened = {
  title: "What has happened since you asked?",
  fields: {
    whatHappened: {
      label: "What has happened since you asked?",
      summary: "What has happened since",
      required: "Select what has happened since you asked",
      options: {
        "no-reply": { label: "I have had no reply" },
        "declined-no-reasons": { label: "They said no, without giving reasons" },
        declined: { label: "They said no and gave reasons, but I do not agree" },
        delayed: { label: "They agreed, but nothing has happened yet" },
        other: { label: "Something else" },
      },
    },
    details: {
      label: "Tell us what happened (optional)",
      summary: "What happened, in your words",
      hint: {
        self: "Include dates if you can. This goes into your letter as you write it.",
        helper:
          "Include dates if you can. This goes into the letter as you write it. You sign the letter, so write about the patient as “she”, “he”, “they” or by name, not “I”.",
      },
    },
  },
};
