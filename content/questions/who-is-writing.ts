/** The words of the "who-is-writing" question page. See ./index.ts for how the wording is written. */
export const WRITER = {
  title: "Are you the patient?",
  hint: "You can write this letter for someone else, such as a parent or partner, if they have agreed.",
  patient: "Yes, I am the patient",
  helper: "No, I am helping someone with their agreement",
  helperHint: "The letter will say that you are writing for them, and that they agree.",
  fullName: "Your full name",
  relationship: "How do you know the patient?",
  relationshipHint: "For example, daughter, husband or friend",
  consent: "The patient has agreed that I can write this letter for them",
  consentHint: "If they can, ask them to sign the letter too.",
  errors: {
    role: "Select yes if you are the patient",
    fullName: "Enter your full name",
    relationship: "Enter how you know the patient, for example daughter or friend",
    consent: "You can only write this letter if the patient has agreed. Tick the box to confirm they have",
  },
};
