export const contact = {
  title: "How can a reply reach you?",
  intro: [
    {
      self: "Give a phone number, an email address, or both. Or choose a reply by post.",
      helper: "The reply comes to you, as the person writing. Give a phone number, an email address, or both. Or choose a reply by post.",
    },
  ],
  fields: {
    phone: { label: "Phone number (optional)", summary: "Phone number", hint: "For example, 07700 900 982" },
    email: { label: "Email address (optional)", summary: "Email address" },
    preferredContact: {
      label: "How would you like a reply?",
      summary: "How you would like a reply",
      required: "Select how you would like a reply",
      options: { phone: { label: "By phone" }, email: { label: "By email" }, post: { label: "By post" } },
    },
    ownAddress: {
      label: "Is your address different from the patient's?",
      summary: "Your address",
      hint: "The letter shows your address at the top, so a reply can reach you.",
      required: "Select yes if your address is different from the patient's",
      options: { yes: { label: "Yes, my address is different" }, no: { label: "No, it is the same", summary: "The same as the patient's" } },
    },
    writerAddress: { label: "Your address" },
    line1: { label: "Address line 1", required: "Enter the first line of your address" },
    line2: { label: "Address line 2 (optional)" },
    town: { label: "Town or city", required: "Enter the town or city" },
    postcode: { label: "Postcode", required: "Enter the postcode" },
  },
};
