export const currentTeam = {
  title: { self: "The team treating you now", helper: "The team treating the patient now" },
  /** The page's name on check answers. */
  summary: "Team treating now",
  intro: ["You can find these details on letters from the hospital."],
  fields: {
    consultantName: {
      summary: "Consultant",
      label: { self: "Name of the consultant in charge of your care", helper: "Name of the consultant in charge of the patient's care" },
      hint: "For example, Dr Paul Hughes",
      required: { self: "Enter the name of the consultant in charge of your care", helper: "Enter the name of the consultant in charge of the patient's care" },
    },
    greeting: {
      label: "How should the letter greet them? (optional)",
      summary: "Greeting",
      hint: "We will use their title and surname, for example “Dear Dr Hughes,”.",
      suggestion: "We will write “Dear {greeting},”. Change it here if they prefer something else.",
    },
    specialty: {
      label: "What is their specialty?",
      summary: "Specialty",
      hint: "For example, medical oncology, clinical oncology or surgery",
      required: "Enter the consultant's specialty, for example medical oncology",
    },
    department: {
      label: "Their department (optional)",
      summary: "Department",
      hint: "For example, Department of Oncology. It is on letters from the hospital.",
    },
    hospital: {
      label: "Hospital",
      hint: "Start typing its name or its town, then choose it from our list. If it is not in the list, type its name.",
      required: "Enter the name of the hospital",
    },
    hospitalAddress: {
      label: "Hospital address (optional)",
      summary: "Address",
      hint: "Your letter goes to this address. It is on letters from the hospital.",
    },
    line1: { label: "Address line 1", required: "Enter the first line of the hospital's address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city of the hospital's address" },
    postcode: { label: "Postcode", required: "Enter the postcode of the hospital's address" },
    hospitalNation: {
      label: "Which country of the UK is this hospital in? (optional)",
      summary: "Country",
      hint: "A concern about the hospital goes by the rules of the country it is in. Leave this blank if it is in the part of the UK where you live.",
      options: {
        england: { label: "England" },
        wales: { label: "Wales" },
        scotland: { label: "Scotland" },
        "northern-ireland": { label: "Northern Ireland" },
      },
    },
    mdtDate: {
      label: "When did the team make its decision about treatment? (optional)",
      summary: "Team's decision",
      hint: "A team of specialists, called a multidisciplinary team (MDT), meets to agree a treatment plan. Give the date of that meeting if you know it. For example, 3 11 2026",
      errorLabel: "Date of the team's decision",
    },
    copy: {
      label: { self: "Can your GP send this team a copy of your letter?", helper: "Can the GP send this team a copy of the letter?" },
      summary: "Copy of the letter",
      hint: "Some people prefer to tell their team themselves.",
      required: "Select yes if the GP can send this team a copy of the letter",
      options: { yes: { label: "Yes" }, no: { label: "No, I would like to tell them myself" } },
    },
  },
};
