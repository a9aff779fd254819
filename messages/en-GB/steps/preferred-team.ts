import { hospitalNation } from "./hospital-nation";

export const preferredTeam = {
  title: { self: "Who would you like to see?", helper: "Who would the patient like to see?" },
  /** The page's name on check answers. */
  summary: "First choice",
  intro: ["You can ask for a particular hospital, team or specialist. Your doctor will try, but cannot promise."],
  surgicalIntro: ["This may be a specialist surgical centre, for example for pancreas or liver surgery."],
  guide: { text: "How to choose a team", href: "/guide/choosing-a-team/" },
  fields: {
    hospital: {
      label: "Hospital",
      summary: "Hospital",
      hint: "For example, The Royal Marsden. Start typing its name or its town, then choose it from our list. If it is not in the list, type its name.",
      required: "Enter the hospital you would like to be referred to",
    },
    team: { label: "Team (optional)", summary: "Team", hint: "For example, Gynaecological Oncology Unit" },
    clinician: { label: "Specialist's name (optional)", summary: "Specialist", hint: "For example, Professor Sarah Blake" },
    hospitalNation: hospitalNation("Country"),
    why: {
      label: "Why this team? (optional)",
      summary: "Why",
      hint: {
        self: "For example, they see many people with your type of cancer, or run clinical trials.",
        helper:
          "For example, they see many people with this type of cancer, or run clinical trials. You sign the letter, so write about the patient as “she”, “he”, “they” or by name, not “I”.",
      },
    },
  },
};
