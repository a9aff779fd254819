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
    informationFormat: {
      label: { self: "Do you need letters in a different format? (optional)", helper: "Does the patient need letters in a different format? (optional)" },
      summary: "Format needed",
      hint: "Health services should give information in a way the patient can read and understand. The letter will ask for this format.",
      options: {
        standard: { label: "No, the usual format is fine" },
        "large-print": { label: "Large print" },
        email: { label: "Email" },
        braille: { label: "Braille" },
        "easy-read": { label: "Easy read" },
        audio: { label: "Audio" },
        language: { label: "Another language" },
      },
    },
    informationLanguage: { label: "Which language?", summary: "Language" },
  },
};
