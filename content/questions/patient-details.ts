/** The words of the "patient-details" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const PATIENT_DETAILS = {
  title: (v: Voice) => v.pick("Your details", "The patient's details"),
  fullName: (v: Voice) => v.pick("Your full name", "The patient's full name"),
  fullNameHint: "As it appears on letters from the hospital",
  dateOfBirth: (v: Voice) => v.pick("Your date of birth", "The patient's date of birth"),
  dateOfBirthHint: "For example, 31 3 1958",
  nhsNumberHint: (term: string, v: Voice) =>
    term === "CHI number"
      ? `A 10-digit number, like 943 476 5919. It is on letters from the NHS. It starts with ${v.your} date of birth.`
      : `A 10-digit number, like 943 476 5919. It is on letters from the NHS, or in the NHS App.`,
  hospitalNumber: "Hospital number (optional)",
  hospitalNumberHint: "It is on letters from the hospital. It may be called an MRN or unit number. Leave this blank if you do not know it.",
  errors: {
    fullName: (v: Voice) => v.pick("Enter your full name", "Enter the patient's full name"),
    dateOfBirth: (v: Voice) => v.pick("Enter your date of birth", "Enter the patient's date of birth"),
    dateOfBirthLabel: "Date of birth",
    nhsNumber: (term: string, v: Voice) => `Enter ${v.your} ${term}`,
  },
};
