export const enclosures = {
  title: "Copies to send with your letter",
  /** The page's name on check answers. */
  summary: "Copies",
  fields: {
    items: {
      label: "Which copies will you send with your letter? (optional)",
      summary: "Copies",
      summaryNone: "None",
      hint: "Only tick what you will really send. Your doctor can also ask the hospital for these.",
      options: {
        "clinic-letters": { label: "Clinic letters" },
        "scan-reports": { label: "Scan reports" },
        histology: { label: "Histology (tissue test) reports" },
        "mdt-outcome": { label: "Letter with the decision of the multidisciplinary team (MDT)" },
        "treatment-summary": { label: "Treatment summary" },
      },
    },
    other: { label: "Anything else you will send (optional)", summary: "Also", hint: "For example, a list of your medicines" },
    copy: {
      label: {
        self: "Can your GP send a copy of this letter to your current team?",
        helper: "Can the GP send a copy of this letter to the patient's current team?",
      },
      summary: "Copy to current team",
      hint: "Some people prefer to tell their team themselves.",
      required: "Select yes if the GP can send a copy to your current team",
      options: { yes: { label: "Yes" }, no: { label: "No, I would like to tell them myself" } },
    },
  },
};
