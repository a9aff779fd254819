export const concernRequest = {
  title: "Your request for a second opinion",
  intro: ["The team you write to needs to know what you asked for and when."],
  fields: {
    requestedOn: {
      label: "When did you ask for a second opinion?",
      hint: "For example, 20 10 2026. If you asked more than once, give the first date.",
      required: "Enter the date you asked for a second opinion",
      errorLabel: "The date you asked",
    },
    requestedFrom: {
      label: "Who did you ask?",
      required: "Select who you asked",
      options: {
        gp: { label: "My GP" },
        oncologist: { label: "My oncologist (cancer specialist)" },
        surgeon: { label: "My surgeon" },
        other: { label: "Someone else" },
      },
    },
    requestedFromName: { label: "Their name (optional)", summary: "Name of the person you asked", hint: "For example, Dr Paul Hughes" },
  },
};
