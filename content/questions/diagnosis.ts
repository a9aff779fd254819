/** The words of the "diagnosis" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const DIAGNOSIS = {
  title: (v: Voice) => v.pick("Your diagnosis", "The patient's diagnosis"),
  condition: (v: Voice) => v.pick("What is your diagnosis?", "What is the patient's diagnosis?"),
  conditionHint: "In your own words, for example bowel cancer, or breast cancer that has spread to the liver",
  stage: (v: Voice) => v.pick("Where are you in your treatment?", "Where is the patient in their treatment?"),
  stages: (v: Voice) => ({
    "diagnosed-awaiting-plan": v.pick("I have been diagnosed and I am waiting for a treatment plan", "They have been diagnosed and are waiting for a treatment plan"),
    "plan-agreed-not-started": v.pick("I have a treatment plan but have not started treatment", "They have a treatment plan but have not started treatment"),
    "in-treatment": v.pick("I am having treatment now", "They are having treatment now"),
    "treatment-finished": v.pick("I have finished treatment", "They have finished treatment"),
    "cancer-returned": v.pick("My cancer has come back", "Their cancer has come back"),
    "no-further-treatment-offered": v.pick("I have been told no more treatment can be offered", "They have been told no more treatment can be offered"),
  }),
  errors: {
    condition: (v: Voice) => v.pick("Enter your diagnosis, for example bowel cancer", "Enter the patient's diagnosis, for example bowel cancer"),
    stage: (v: Voice) => v.pick("Select where you are in your treatment", "Select where the patient is in their treatment"),
  },
};
