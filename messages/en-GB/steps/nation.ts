export const nation = {
  title: { self: "Where do you get your NHS care?", helper: "Where does the patient get their NHS care?" },
  /** The page's name on check answers. */
  summary: "NHS care in",
  fields: {
    nation: {
      summary: "Nation",
      label: { self: "Where do you get your NHS care?", helper: "Where does the patient get their NHS care?" },
      hint: "Each country of the UK uses slightly different names and services. We use this to get your letter right.",
      required: { self: "Select where you get your NHS care", helper: "Select where the patient gets their NHS care" },
      options: {
        england: { label: "England" },
        wales: { label: "Wales" },
        scotland: { label: "Scotland" },
        "northern-ireland": { label: "Northern Ireland" },
      },
    },
    letterLanguage: {
      summary: "Letter in",
      label: "Which language should the letter be in? (optional)",
      hint: "Health boards and NHS trusts in Wales must answer a letter in Welsh in Welsh. If you do not choose, the letter is in English.",
      options: {
        english: { label: "English" },
        welsh: { label: "Welsh (Cymraeg)" },
        "english-reply-welsh": { label: "English, and ask for replies in Welsh" },
      },
    },
  },
};
