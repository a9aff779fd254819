/** The words of the "enclosures" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const ENCLOSURES = {
  title: "Copies to send with your letter",
  items: "Which copies will you send with your letter? (optional)",
  itemsHint: "Only tick what you will really send. Your doctor can also ask the hospital for these.",
  options: {
    "clinic-letters": "Clinic letters",
    "scan-reports": "Scan reports",
    histology: "Histology (tissue test) reports",
    "mdt-outcome": "Letter with the decision of the multidisciplinary team (MDT)",
    "treatment-summary": "Treatment summary",
  },
  other: "Anything else you will send (optional)",
  otherHint: "For example, a list of your medicines",
  copy: (v: Voice) => v.pick("Can your GP send a copy of this letter to your current team?", "Can the GP send a copy of this letter to the patient's current team?"),
  copyHint: "Some people prefer to tell their team themselves.",
  copyYes: "Yes",
  copyNo: "No, I would like to tell them myself",
  errors: {
    copy: "Select yes if the GP can send a copy to your current team",
  },
};
