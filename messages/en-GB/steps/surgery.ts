export const surgery = {
  title: { self: "What you were told about surgery", helper: "What the patient was told about surgery" },
  /** The page's name on check answers. */
  summary: "What was said about surgery",
  fields: {
    toldWhat: {
      summary: "Told",
      label: { self: "What were you told about surgery?", helper: "What was the patient told about surgery?" },
      required: { self: "Select what you were told about surgery", helper: "Select what the patient was told about surgery" },
      options: {
        "not-suitable": { label: { self: "That I am not suitable for surgery", helper: "That they are not suitable for surgery" } },
        "not-possible": { label: "That surgery is not possible" },
        "not-recommended": { label: { self: "That surgery is not recommended for me", helper: "That surgery is not recommended for them" } },
        "not-yet": { label: "That surgery is not possible yet" },
        "not-discussed": { label: "Surgery has not been talked about" },
      },
    },
    reasonGiven: {
      label: "What reason were you given? (optional)",
      summary: "Reason given",
      hint: "For example, the cancer is too close to a blood vessel",
    },
    toldOn: {
      summary: "When",
      label: { self: "When were you told?", helper: "When was the patient told?" },
      hint: "For example, 10 11 2026. If you do not know the exact day, give your best guess.",
      required: { self: "Enter the date you were told", helper: "Enter the date the patient was told" },
      errorLabel: "The date you were told",
    },
  },
};
