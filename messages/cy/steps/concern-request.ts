import type { concernRequest as en } from "../../en-GB/steps/concern-request";

export const concernRequest: typeof en = {
  title: "Eich cais am ail farn",
  /** The page's name on check answers. */
  summary: "Beth y gwnaethoch chi ofyn amdano",
  intro: ["Mae angen i'r tîm rydych chi'n ysgrifennu ato wybod beth y gwnaethoch chi ofyn amdano a phryd."],
  fields: {
    requestedOn: {
      summary: "Pryd",
      label: "Pryd wnaethoch chi ofyn am ail farn?",
      hint: "Er enghraifft, 20 10 2026. Os gwnaethoch chi ofyn fwy nag unwaith, rhowch y dyddiad cyntaf.",
      required: "Rhowch y dyddiad y gwnaethoch chi ofyn am ail farn",
      errorLabel: "Y dyddiad y gwnaethoch chi ofyn",
    },
    requestedFrom: {
      summary: "Pwy",
      label: "I bwy wnaethoch chi ofyn?",
      required: "Dewiswch i bwy y gwnaethoch chi ofyn",
      options: {
        gp: { label: "Fy meddyg teulu" },
        oncologist: { label: "Fy oncolegydd (arbenigwr canser)" },
        surgeon: { label: "Fy llawfeddyg" },
        other: { label: "Rhywun arall" },
      },
    },
    requestedFromName: { label: "Eu henw (dewisol)", summary: "Enw", hint: "Er enghraifft, Dr Paul Hughes" },
  },
};
