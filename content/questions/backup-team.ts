/** The words of the "backup-team" question page. See ./index.ts for how the wording is written. */
export const BACKUP = {
  title: "Do you have a back-up choice?",
  body: [
    "Some national specialist centres only see people who cannot be treated closer to home.",
    "If your first choice says no, a back-up choice means your request does not stop there. Your letter also asks for another suitable team if neither can help.",
  ],
  yes: "Yes, I have a back-up choice",
  no: "No, I do not have a back-up",
  hospital: "Hospital",
  team: "Team (optional)",
  clinician: "Specialist's name (optional)",
  errors: {
    has: "Select yes if you have a back-up choice",
    hospital: "Enter the hospital for your back-up choice",
  },
};
