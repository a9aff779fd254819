import type { patientDetails as en } from "../../en-GB/steps/patient-details";

export const patientDetails: typeof en = {
  title: { self: "Eich manylion", helper: "Manylion y claf" },
  /** The page's name on check answers. */
  summary: { self: "Chi", helper: "Y claf" },
  fields: {
    fullName: {
      summary: "Enw",
      label: { self: "Eich enw llawn", helper: "Enw llawn y claf" },
      hint: "Fel y mae ar lythyrau gan yr ysbyty",
      required: { self: "Rhowch eich enw llawn", helper: "Rhowch enw llawn y claf" },
    },
    dateOfBirth: {
      summary: "Dyddiad geni",
      label: { self: "Eich dyddiad geni", helper: "Dyddiad geni'r claf" },
      hint: "Er enghraifft, 31 3 1958",
      required: { self: "Rhowch eich dyddiad geni", helper: "Rhowch ddyddiad geni'r claf" },
      errorLabel: "Dyddiad geni",
    },
    nhsNumber: {
      // {term} is "Rhif GIG" (or CHI, or Iechyd a Gofal): "eich {term}" and "y {term}" need no mutation.
      label: "{term}",
      hint: "Rhif 10 digid, fel 943 476 5919. Mae ar lythyrau gan y GIG, neu yn yr Ap GIG.",
      nationHint: {
        /** A CHI number starts with the date of birth (DDMMYY): so does the example, and it passes the check digit. */
        scotland: {
          self: "Rhif 10 digid sy'n dechrau gyda'ch dyddiad geni, fel 310 358 2706 ar gyfer rhywun a anwyd ar 31 Mawrth 1958. Mae ar lythyrau gan y GIG.",
          helper: "Rhif 10 digid sy'n dechrau gyda dyddiad geni'r claf, fel 310 358 2706 ar gyfer rhywun a anwyd ar 31 Mawrth 1958. Mae ar lythyrau gan y GIG.",
        },
        /** Health and Social Care (HSC) in Northern Ireland, whose people do not use the NHS App. */
        "northern-ireland": "Rhif 10 digid, fel 943 476 5919. Mae ar lythyrau gan eich meddyg teulu neu gan Iechyd a Gofal Cymdeithasol (HSC).",
      },
      required: { self: "Rhowch eich {term}", helper: "Rhowch y {term} sydd gan y claf" },
    },
    hospitalNumber: {
      label: "Rhif ysbyty (dewisol)",
      summary: "Rhif ysbyty",
      hint: "Mae ar lythyrau gan yr ysbyty. Efallai y caiff ei alw'n MRN neu'n rhif uned. Gadewch hwn yn wag os nad ydych chi'n ei wybod.",
    },
  },
};
