export const currentTeam = {
  title: { self: "The team treating you now", helper: "The team treating the patient now" },
  intro: ["You can find these details on letters from the hospital."],
  fields: {
    consultantName: {
      label: { self: "Name of the consultant in charge of your care", helper: "Name of the consultant in charge of the patient's care" },
      hint: "For example, Dr Paul Hughes",
      required: { self: "Enter the name of the consultant in charge of your care", helper: "Enter the name of the consultant in charge of the patient's care" },
    },
    specialty: {
      label: "What is their specialty?",
      summary: "Specialty",
      hint: "For example, medical oncology, clinical oncology or surgery",
      required: "Enter the consultant's specialty, for example medical oncology",
    },
    hospital: { label: "Hospital", hint: "For example, Royal Sussex County Hospital", required: "Enter the name of the hospital" },
    mdtDate: {
      label: "When did the team make its decision about treatment? (optional)",
      summary: "Date of the team's decision",
      hint: "A team of specialists, called a multidisciplinary team (MDT), meets to agree a treatment plan. Give the date of that meeting if you know it. For example, 3 11 2026",
      errorLabel: "Date of the team's decision",
    },
  },
};
