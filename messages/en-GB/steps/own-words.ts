export const ownWords = {
  title: "Is there anything else you want to say? (optional)",
  fields: {
    ownWords: {
      label: "Is there anything else you want to say? (optional)",
      summary: "Anything else you want to say",
      hint: {
        self: "This goes near the end of your letter, as you write it. Leave it blank if you do not need it.",
        helper:
          "This goes near the end of the letter, as you write it. You sign the letter, so write about the patient as “she”, “he”, “they” or by name, not “I”. Leave it blank if you do not need it.",
      },
    },
  },
};
