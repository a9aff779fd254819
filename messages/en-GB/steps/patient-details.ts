export const patientDetails = {
  title: { self: "Your details", helper: "The patient's details" },
  /** The page's name on check answers. */
  summary: { self: "You", helper: "The patient" },
  fields: {
    fullName: {
      summary: "Name",
      label: { self: "Your full name", helper: "The patient's full name" },
      hint: "As it appears on letters from the hospital",
      required: { self: "Enter your full name", helper: "Enter the patient's full name" },
    },
    dateOfBirth: {
      summary: "Date of birth",
      label: { self: "Your date of birth", helper: "The patient's date of birth" },
      hint: "For example, 31 3 1958",
      required: { self: "Enter your date of birth", helper: "Enter the patient's date of birth" },
      errorLabel: "Date of birth",
    },
    nhsNumber: {
      label: "{term}",
      hint: "A 10-digit number, like 943 476 5919. It is on letters from the NHS, or in the NHS App.",
      nationHint: {
        /** A CHI number starts with the date of birth (DDMMYY): so does the example, and it passes the check digit. */
        scotland: {
          self: "A 10-digit number that starts with your date of birth, like 310 358 2706 for someone born on 31 March 1958. It is on letters from the NHS.",
          helper:
            "A 10-digit number that starts with the patient's date of birth, like 310 358 2706 for someone born on 31 March 1958. It is on letters from the NHS.",
        },
        /** Health and Social Care (HSC) in Northern Ireland, whose people do not use the NHS App. */
        "northern-ireland": "A 10-digit number, like 943 476 5919. It is on letters from your GP or from Health and Social Care (HSC).",
      },
      required: { self: "Enter your {term}", helper: "Enter the patient's {term}" },
    },
    hospitalNumber: {
      label: "Hospital number (optional)",
      summary: "Hospital number",
      hint: "It is on letters from the hospital. It may be called an MRN or unit number. Leave this blank if you do not know it.",
    },
  },
};
