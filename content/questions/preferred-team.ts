/** The words of the "preferred-team" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const PREFERRED = {
  title: (v: Voice) => v.pick("Who would you like to see?", "Who would the patient like to see?"),
  hint: "You can ask for a particular hospital, team or specialist. Your doctor will try, but cannot promise.",
  surgicalHint: "This may be a specialist surgical centre, for example for pancreas or liver surgery.",
  hospital: "Hospital",
  hospitalHint: "For example, The Royal Marsden",
  team: "Team (optional)",
  teamHint: "For example, Gynaecological Oncology Unit",
  clinician: "Specialist's name (optional)",
  clinicianHint: "For example, Professor Sarah Blake",
  why: "Why this team? (optional)",
  whyHint: "For example, they see many people with your type of cancer, or run clinical trials.",
  errors: {
    hospital: "Enter the hospital you would like to be referred to",
  },
};
