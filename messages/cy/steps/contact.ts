import type { contact as en } from "../../en-GB/steps/contact";

export const contact: typeof en = {
  title: "Sut gall ateb eich cyrraedd chi?",
  /** The page's name on check answers. */
  summary: "Sut mae ateb yn eich cyrraedd",
  intro: [
    {
      self: "Rhowch rif ffôn, cyfeiriad e-bost, neu'r ddau. Neu dewiswch gael ateb drwy'r post.",
      helper: "Mae'r ateb yn dod atoch chi, fel y person sy'n ysgrifennu. Rhowch rif ffôn, cyfeiriad e-bost, neu'r ddau. Neu dewiswch gael ateb drwy'r post.",
    },
  ],
  fields: {
    phone: { label: "Rhif ffôn (dewisol)", summary: "Ffôn", hint: "Er enghraifft, 07700 900 982" },
    email: { label: "Cyfeiriad e-bost (dewisol)", summary: "E-bost" },
    preferredContact: {
      label: "Sut yr hoffech chi gael ateb?",
      summary: "Sut i ateb",
      required: "Dewiswch sut yr hoffech chi gael ateb",
      options: { phone: { label: "Dros y ffôn" }, email: { label: "Drwy e-bost" }, post: { label: "Drwy'r post" } },
    },
    informationFormat: {
      label: {
        self: "Oes angen llythyrau arnoch chi mewn fformat gwahanol? (dewisol)",
        helper: "Oes angen llythyrau ar y claf mewn fformat gwahanol? (dewisol)",
      },
      summary: "Y fformat sydd ei angen",
      hint: "Dylai gwasanaethau iechyd roi gwybodaeth mewn ffordd y gall y claf ei darllen a'i deall. Bydd y llythyr yn gofyn am y fformat hwn.",
      options: {
        standard: { label: "Na, mae'r fformat arferol yn iawn" },
        "large-print": { label: "Print bras" },
        email: { label: "E-bost" },
        braille: { label: "Braille" },
        "easy-read": { label: "Hawdd ei ddeall" },
        audio: { label: "Sain" },
        language: { label: "Iaith arall" },
      },
    },
    informationLanguage: { label: "Pa iaith?", summary: "Iaith" },
  },
};
