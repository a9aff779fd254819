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
  },
};
