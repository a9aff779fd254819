export const diagnosis = {
  title: { self: "Your diagnosis", helper: "The patient's diagnosis" },
  /** The page's name on check answers. */
  summary: "Diagnosis",
  fields: {
    condition: {
      summary: "Diagnosis",
      label: { self: "What is your diagnosis?", helper: "What is the patient's diagnosis?" },
      hint: "In your own words, for example bowel cancer, or breast cancer that has spread to the liver",
      required: { self: "Enter your diagnosis, for example bowel cancer", helper: "Enter the patient's diagnosis, for example bowel cancer" },
    },
    stage: {
      summary: "Stage",
      label: { self: "Where are you in your treatment?", helper: "Where is the patient in their treatment?" },
      required: { self: "Select where you are in your treatment", helper: "Select where the patient is in their treatment" },
      options: {
        "diagnosed-awaiting-plan": {
          label: {
            self: "I have been diagnosed and I am waiting for a treatment plan",
            helper: "They have been diagnosed and are waiting for a treatment plan",
          },
        },
        "plan-agreed-not-started": {
          label: { self: "I have a treatment plan but have not started treatment", helper: "They have a treatment plan but have not started treatment" },
        },
        "in-treatment": { label: { self: "I am having treatment now", helper: "They are having treatment now" } },
        "treatment-finished": { label: { self: "I have finished treatment", helper: "They have finished treatment" } },
        "cancer-returned": { label: { self: "My cancer has come back", helper: "Their cancer has come back" } },
        "no-further-treatment-offered": {
          label: { self: "I have been told no more treatment can be offered", helper: "They have been told no more treatment can be offered" },
        },
      },
    },
  },
};
