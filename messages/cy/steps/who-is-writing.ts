import type { whoIsWriting as en } from "../../en-GB/steps/who-is-writing";

export const whoIsWriting: typeof en = {
  title: "Ai chi yw'r claf?",
  /** The page's name on check answers. */
  summary: "Pwy sy'n ysgrifennu",
  fields: {
    role: {
      label: "Ai chi yw'r claf?",
      summary: "Pwy sy'n ysgrifennu",
      hint: "Gallwch ysgrifennu'r llythyr hwn ar ran rhywun arall, fel rhiant neu bartner, os ydyn nhw wedi cytuno.",
      required: "Dewiswch ‘Ie’ os mai chi yw'r claf",
      options: {
        patient: { label: "Ie, fi yw'r claf" },
        helper: {
          label: "Na, rwy'n helpu rhywun sydd wedi cytuno",
          hint: "Bydd y llythyr yn dweud eich bod chi'n ysgrifennu ar ran y claf, a bod y claf yn cytuno.",
        },
      },
    },
    fullName: { summary: "Eich enw", label: "Eich enw llawn", required: "Rhowch eich enw llawn" },
    relationship: {
      label: "Sut rydych chi'n adnabod y claf?",
      summary: "Perthynas",
      hint: "Er enghraifft, merch, gŵr neu ffrind",
      required: "Rhowch sut rydych chi'n adnabod y claf, er enghraifft merch neu ffrind",
    },
    refersTo: {
      label: "Sut dylai'r llythyr sôn am y claf?",
      summary: "Y llythyr yn sôn am y claf fel",
      hint: "Mae'r llythyr oddi wrthych chi, ac mae'n sôn am y claf. Dewiswch beth fyddai'r claf ei eisiau.",
      required: "Dewiswch sut dylai'r llythyr sôn am y claf",
      options: {
        she: { label: "Hi" },
        he: { label: "Ef" },
        they: { label: "Nhw" },
        name: { label: "Wrth eu henw bob tro" },
      },
    },
    consent: {
      label: "Mae'r claf wedi cytuno y caf i ysgrifennu'r llythyr hwn ar eu rhan",
      summary: "Cytundeb y claf",
      summaryValue: "Mae'r claf wedi cytuno",
      hint: "Os gall y claf, gofynnwch iddyn nhw lofnodi'r llythyr hefyd.",
      required: "Dim ond os yw'r claf wedi cytuno y gallwch ysgrifennu'r llythyr hwn. Ticiwch y blwch i gadarnhau bod y claf wedi cytuno",
    },
  },
};
