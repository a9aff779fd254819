/** The words of the "private-care" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const PRIVATE_CARE = {
  title: (v: Voice) => v.pick("Would you consider paying to see a specialist privately?", "Would the patient consider paying to see a specialist privately?"),
  hint: [
    "If an NHS referral is not possible or would take too long, your GP can write a letter for a private specialist.",
    "Your NHS care stays free. Seeing someone privately does not change your place on any NHS waiting list.",
  ],
  options: (v: Voice) => ({
    no: "No",
    "would-pay": v.pick("Yes, I would consider paying", "Yes, they would consider paying"),
    insured: v.pick("Yes, I have private medical insurance", "Yes, they have private medical insurance"),
  }),
  insuredHint: "Insurers usually need a letter from your GP.",
  error: "Select whether you would consider paying for a private consultation",
};
