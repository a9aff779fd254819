export const contact = {
  title: { self: "How can a reply reach you?", helper: "How can a reply reach the patient?" },
  intro: ["Give a phone number, an email address or both."],
  fields: {
    phone: { label: "Phone number (optional)", summary: "Phone number", hint: "For example, 07700 900 982" },
    email: { label: "Email address (optional)", summary: "Email address" },
    preferredContact: {
      label: { self: "How would you like to be contacted?", helper: "How would the patient like to be contacted?" },
      required: { self: "Select how you would like to be contacted", helper: "Select how the patient would like to be contacted" },
      options: { phone: { label: "By phone" }, email: { label: "By email" }, post: { label: "By post" } },
    },
  },
};
