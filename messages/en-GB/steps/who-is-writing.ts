/** How someone writing for the patient is asked about themselves: the same for a helper and for someone acting for the patient. */
const aboutYou = {
  fullName: { summary: "Your name", label: "Your full name", required: "Enter your full name" },
  relationship: {
    label: "How do you know the patient?",
    summary: "Relationship",
    hint: "For example, daughter, husband or friend",
    required: "Enter how you know the patient, for example daughter or friend",
  },
  refersTo: {
    label: "How should the letter talk about the patient?",
    summary: "The patient is called",
    hint: "The letter is from you, and talks about the patient. Choose what they would want.",
    required: "Select how the letter should talk about the patient",
    options: {
      she: { label: "She and her" },
      he: { label: "He and him" },
      they: { label: "They and them" },
      name: { label: "By their name each time" },
    },
  },
};

/**
 * Who is writing (letters.md, "Family or carers" and "When the patient cannot agree"). Someone
 * acting for a patient who cannot agree is offered a way that is true: the letter says on what
 * basis they act, and never that the patient agreed.
 */
export const whoIsWriting = {
  title: "Are you the patient?",
  /** The page's name on check answers. */
  summary: "Who is writing",
  guide: { text: "If the patient cannot decide for themselves", href: "/guide/how/#cannot-decide" },
  fields: {
    role: {
      label: "Are you the patient?",
      summary: "Who is writing",
      hint: "You can write this letter for someone else, such as a parent or partner.",
      required: "Select yes if you are the patient",
      options: {
        patient: { label: "Yes, I am the patient" },
        helper: { label: "No, I am helping someone with their agreement", hint: "The letter will say that you are writing for them, and that they agree." },
        representative: {
          label: "No, I am acting for someone who cannot decide for themselves",
          hint: "For example, they are too unwell or confused to agree. The letter will say how you act for them.",
        },
      },
    },
    ...aboutYou,
    consent: {
      label: "The patient has agreed that I can write this letter for them",
      summary: "The patient's agreement",
      summaryValue: "The patient has agreed",
      hint: "If they can, ask them to sign the letter too.",
      required: "You can only write this letter if the patient has agreed. Tick the box to confirm they have",
    },
    basis: {
      label: "How do you act for them?",
      summary: "How you act for them",
      hint: "Choose the one that is true. The letter says it, and offers a copy of any legal paper.",
      /** Once the nation is known (coming back to the page): what its law gives. */
      nationHint: {
        england: "In England, this can be a lasting power of attorney for health and welfare, or a deputy made by the Court of Protection.",
        wales: "In Wales, this can be a lasting power of attorney for health and welfare, or a deputy made by the Court of Protection.",
        scotland: "In Scotland, this can be a welfare power of attorney, or a welfare guardian made by a sheriff.",
        "northern-ireland": "In Northern Ireland, nobody can yet have a power of attorney for someone's health. You can still ask as a relative or carer.",
      },
      required: "Select how you act for the patient",
      options: {
        attorney: {
          label: "I have a power of attorney for their health and welfare",
          hint: "A lasting power of attorney for health and welfare (England and Wales), or a welfare power of attorney (Scotland). It must be registered.",
        },
        deputy: { label: "The Court of Protection made me their deputy for health and welfare", hint: "England and Wales only." },
        guardian: { label: "A sheriff made me their welfare guardian", hint: "Scotland only." },
        family: {
          label: "I am a relative or carer, with no legal power to decide for them",
          hint: "You can still ask, in their best interests. Their doctors decide with the people close to them. In Northern Ireland, this is the only choice.",
        },
      },
    },
    actingFullName: aboutYou.fullName,
    actingRelationship: aboutYou.relationship,
    actingRefersTo: aboutYou.refersTo,
  },
};
