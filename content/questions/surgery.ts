/** The words of the "surgery" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const SURGERY = {
  title: (v: Voice) => v.pick("What you were told about surgery", "What the patient was told about surgery"),
  toldWhat: (v: Voice) => v.pick("What were you told about surgery?", "What was the patient told about surgery?"),
  outcomes: (v: Voice) => ({
    "not-suitable": v.pick("That I am not suitable for surgery", "That they are not suitable for surgery"),
    "not-recommended": v.pick("That surgery is not recommended for me", "That surgery is not recommended for them"),
    "not-yet": "That surgery is not possible yet",
    "not-discussed": "Surgery has not been talked about",
  }),
  reasonGiven: "What reason were you given? (optional)",
  reasonGivenHint: "For example, the cancer is too close to a blood vessel",
  toldOn: (v: Voice) => v.pick("When were you told?", "When was the patient told?"),
  toldOnHint: "For example, 10 11 2026. If you do not know the exact day, give your best guess.",
  askFirst: "Do you want to ask whether treatment before surgery could make surgery possible?",
  askFirstHint: "Sometimes chemotherapy or radiotherapy can shrink a cancer so that surgery becomes possible.",
  askFirstYes: "Yes, ask about this",
  askFirstNo: "No",
  errors: {
    toldWhat: (v: Voice) => v.pick("Select what you were told about surgery", "Select what the patient was told about surgery"),
    toldOn: (v: Voice) => v.pick("Enter the date you were told", "Enter the date the patient was told"),
    toldOnLabel: "The date you were told",
    askFirst: "Select yes if you want to ask about treatment before surgery",
  },
};
