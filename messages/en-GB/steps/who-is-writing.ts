export const whoIsWriting = {
  title: "Are you the patient?",
  fields: {
    role: {
      label: "Are you the patient?",
      summary: "Who is writing",
      hint: "You can write this letter for someone else, such as a parent or partner, if they have agreed.",
      required: "Select yes if you are the patient",
      options: {
        patient: { label: "Yes, I am the patient" },
        helper: { label: "No, I am helping someone with their agreement", hint: "The letter will say that you are writing for them, and that they agree." },
      },
    },
    fullName: { label: "Your full name", required: "Enter your full name" },
    relationship: {
      label: "How do you know the patient?",
      summary: "How you know the patient",
      hint: "For example, daughter, husband or friend",
      required: "Enter how you know the patient, for example daughter or friend",
    },
    refersTo: {
      label: "How should the letter talk about the patient?",
      summary: "How the letter talks about the patient",
      hint: "The letter is from you, and talks about the patient. Choose what they would want.",
      required: "Select how the letter should talk about the patient",
      options: {
        she: { label: "She and her" },
        he: { label: "He and him" },
        they: { label: "They and them" },
        name: { label: "By their name each time" },
      },
    },
    consent: {
      label: "The patient has agreed that I can write this letter for them",
      summary: "The patient's agreement",
      summaryValue: "The patient has agreed",
      hint: "If they can, ask them to sign the letter too.",
      required: "You can only write this letter if the patient has agreed. Tick the box to confirm they have",
    },
  },
};
