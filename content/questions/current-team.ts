/** The words of the "current-team" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const CURRENT_TEAM = {
  title: (v: Voice) => v.pick("The team treating you now", "The team treating the patient now"),
  hint: "You can find these details on letters from the hospital.",
  consultantName: "Name of the consultant in charge of your care",
  consultantNameHelper: "Name of the consultant in charge of the patient's care",
  consultantNameHint: "For example, Dr Paul Hughes",
  specialty: "What is their specialty?",
  specialtyHint: "For example, medical oncology, clinical oncology or surgery",
  hospital: "Hospital",
  hospitalHint: "For example, Royal Sussex County Hospital",
  mdtDate: "When did the team make its decision about treatment? (optional)",
  mdtDateHint:
    "A team of specialists, called a multidisciplinary team (MDT), meets to agree a treatment plan. Give the date of that meeting if you know it. For example, 3 11 2026",
  errors: {
    consultantName: (v: Voice) =>
      v.pick("Enter the name of the consultant in charge of your care", "Enter the name of the consultant in charge of the patient's care"),
    specialty: "Enter the consultant's specialty, for example medical oncology",
    hospital: "Enter the name of the hospital",
    mdtDateLabel: "Date of the team's decision",
  },
};
