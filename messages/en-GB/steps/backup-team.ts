import { hospitalNation } from "./hospital-nation";

export const backupTeam = {
  title: { self: "If your first choice cannot see you", helper: "If the first choice cannot see the patient" },
  /** The page's name on check answers. */
  summary: "If the first choice says no",
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
    hospital: {
      label: "Hospital",
      summary: "Hospital",
      hint: "Start typing its name or its town, then choose it from our list. If it is not in the list, type its name.",
      required: "Enter the hospital for your back-up choice",
    },
    team: { label: "Team (optional)", summary: "Team" },
    clinician: { label: "Specialist's name (optional)", summary: "Specialist" },
    hospitalNation: hospitalNation("Country"),
    privateCare: {
      label: { self: "Would you consider paying to see a specialist privately?", helper: "Would the patient consider paying to see a specialist privately?" },
      summary: "Would pay",
      intro: [
        "If an NHS referral is not possible or would take too long, your GP can write a letter for a private specialist.",
        "Your NHS or HSC care stays free. Seeing someone privately does not change your place on any waiting list.",
      ],
      required: "Select whether you would consider paying for a private consultation",
      options: {
        no: { label: "No" },
        "would-pay": { label: { self: "Yes, I would consider paying", helper: "Yes, they would consider paying" } },
        insured: {
          label: { self: "Yes, I have private medical insurance", helper: "Yes, they have private medical insurance" },
          hint: "Insurers usually need a letter from your GP.",
        },
      },
    },
  },
};
