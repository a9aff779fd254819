import { hospitalNation } from "./hospital-nation";

export const preferredTeam = {
  title: { self: "Who would you like to see?", helper: "Who would the patient like to see?" },
  intro: ["You can ask for a particular hospital, team or specialist. Your doctor will try, but cannot promise."],
  surgicalIntro: ["This may be a specialist surgical centre, for example for pancreas or liver surgery."],
  guide: { text: "How to choose a team", href: "/guide/choosing-a-team/" },
  fields: {
    hospital: {
      label: "Hospital",
      summary: "Hospital you would like",
      hint: "For example, The Royal Marsden",
      required: "Enter the hospital you would like to be referred to",
    },
    team: { label: "Team (optional)", summary: "Team you would like", hint: "For example, Gynaecological Oncology Unit" },
    clinician: { label: "Specialist's name (optional)", summary: "Specialist you would like", hint: "For example, Professor Sarah Blake" },
    hospitalNation: hospitalNation("Country of the hospital"),
    why: {
      label: "Why this team? (optional)",
      summary: "Why this team",
      hint: {
        self: "For example, they see many people with your type of cancer, or run clinical trials.",
        helper:
          "For example, they see many people with this type of cancer, or run clinical trials. You sign the letter, so write about the patient as “she”, “he”, “they” or by name, not “I”.",
      },
    },
  },
};
