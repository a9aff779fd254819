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
  },
};
