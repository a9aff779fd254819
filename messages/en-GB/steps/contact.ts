export const contact = {
  title: "How can a reply reach you?",
  /** The page's name on check answers. */
  summary: "How a reply reaches you",
  intro: [
    {
      self: "Give a phone number, an email address, or both. Or choose a reply by post.",
      helper: "The reply comes to you, as the person writing. Give a phone number, an email address, or both. Or choose a reply by post.",
    },
  ],
  fields: {
    phone: { label: "Phone number (optional)", summary: "Phone", hint: "For example, 07700 900 982" },
    email: { label: "Email address (optional)", summary: "Email" },
    preferredContact: {
      label: "How would you like a reply?",
      summary: "How to reply",
      required: "Select how you would like a reply",
      options: { phone: { label: "By phone" }, email: { label: "By email" }, post: { label: "By post" } },
    },
  },
};
