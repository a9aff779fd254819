export const ownWords = {
  title: "Is there anything else you want to say? (optional)",
  fields: {
    ownWords: {
      label: "Is there anything else you want to say? (optional)",
      summary: "Anything else you want to say",
      hint: "This goes near the end of your letter, as you write it. Leave it blank if you do not need it.",
    },
  },
};
