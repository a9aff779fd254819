export const preferredTeam = {
  title: { self: "Who would you like to see?", helper: "Who would the patient like to see?" },
  intro: ["You can ask for a particular hospital, team or specialist. Your doctor will try, but cannot promise."],
  surgicalIntro: ["This may be a specialist surgical centre, for example for pancreas or liver surgery."],
  fields: {
    hospital: {
      label: "Hospital",
      summary: "Hospital you would like",
      hint: "For example, The Royal Marsden",
      required: "Enter the hospital you would like to be referred to",
    },
    team: { label: "Team (optional)", summary: "Team you would like", hint: "For example, Gynaecological Oncology Unit" },
    clinician: { label: "Specialist's name (optional)", summary: "Specialist you would like", hint: "For example, Professor Sarah Blake" },
    why: {
      label: "Why this team? (optional)",
      summary: "Why this team",
      hint: "For example, they see many people with your type of cancer, or run clinical trials.",
    },
  },
};
