import { gpOncologySecondOpinion } from "../letters/gp-oncology-second-opinion";
import { gpSurgicalSecondOpinion } from "../letters/gp-surgical-second-opinion";
import { oncologistSurgicalReview } from "../letters/oncologist-surgical-review";

export const firstLetter = {
  title: "Your first letter",
  /** The page\'s name on check answers. */
  summary: "Your first letter",
  intro: ["Your follow-up letter goes to the same person, and asks for the same thing again. It uses the answers you gave before."],
  fields: {
    letter: {
      label: "Which letter are you following up?",
      summary: "Letter you are following up",
      hint: "If you came here from your letter, it is chosen already.",
      required: "Select the letter you are following up",
      options: {
        "gp-oncology-second-opinion": { label: gpOncologySecondOpinion.userTitle },
        "oncologist-surgical-review": { label: oncologistSurgicalReview.userTitle },
        "gp-surgical-second-opinion": { label: gpSurgicalSecondOpinion.userTitle },
      },
    },
    sentOn: {
      label: "When did you send it?",
      summary: "Date you sent it",
      hint: "For example, 25 11 2026.",
      required: "Enter the date you sent your first letter",
      errorLabel: "The date you sent it",
    },
    sentBy: {
      label: "How did you send it?",
      summary: "How you sent it",
      required: "Select how you sent your first letter",
      options: {
        post: { label: "By post" },
        email: { label: "By email" },
        "online-form": { label: "Through an online form", hint: "For example, on the GP practice’s website or in an app." },
        "by-hand": { label: "By hand" },
      },
    },
  },
};
