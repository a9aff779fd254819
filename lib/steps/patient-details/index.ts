import { defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "patient-details",
  asked: "always",
  section: "details",
  heading: "title",
  // A Scottish CHI number that does not start with the date of birth: checked, never refused.
  warns: true,
  fields: [
    { kind: "text", name: "fullName", path: "patient.fullName", autoComplete: "name", personal: true, spellCheck: false },
    { kind: "date", name: "dateOfBirth", path: "patient.dateOfBirth", autoComplete: "bday", personal: true },
    { kind: "text", name: "nhsNumber", path: "patient.nhsNumber", width: 10, inputMode: "numeric", spellCheck: false, display: "nhs-number" },
    { kind: "text", name: "hospitalNumber", path: "patient.hospitalNumber", optional: true, width: 10, spellCheck: false },
  ],
});
