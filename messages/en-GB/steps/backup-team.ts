import { hospitalNation } from "./hospital-nation";

export const backupTeam = {
  title: "Do you have a back-up choice?",
  fields: {
    has: {
      label: "Do you have a back-up choice?",
      summary: "Back-up choice",
      intro: [
        "Some national specialist centres only see people who cannot be treated closer to home.",
        "If your first choice says no, a back-up choice means your request does not stop there. Your letter also asks for another suitable team if neither can help.",
      ],
      required: "Select yes if you have a back-up choice",
      options: { yes: { label: "Yes, I have a back-up choice" }, no: { label: "No, I do not have a back-up" } },
    },
    hospital: { label: "Hospital", summary: "Back-up hospital", required: "Enter the hospital for your back-up choice" },
    team: { label: "Team (optional)", summary: "Back-up team" },
    clinician: { label: "Specialist's name (optional)", summary: "Back-up specialist" },
    hospitalNation: hospitalNation("Country of the back-up hospital"),
  },
};
