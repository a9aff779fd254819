import type { reasons as en } from "../../en-GB/steps/reasons";

export const reasons: typeof en = {
  title: { self: "Pam ydych chi eisiau ail farn?", helper: "Pam mae'r claf eisiau ail farn?" },
  /** The page's name on check answers. */
  summary: "Rhesymau",
  fields: {
    selected: {
      label: { self: "Pam ydych chi eisiau ail farn?", helper: "Pam mae'r claf eisiau ail farn?" },
      summary: "Rhesymau",
      hint: "Dewiswch bob un sy'n berthnasol. Cadwch hi'n fyr: dim ond y prif resymau sydd eu hangen ar y llythyr.",
      options: {
        "turning-point": {
          label: { self: "Rwyf ar drobwynt yn fy nhriniaeth", helper: "Mae'r claf ar drobwynt yn y driniaeth" },
          hint: "Er enghraifft, penderfynu beth i'w wneud ar ôl y driniaeth gyntaf",
        },
        "disagree-next-step": {
          label: { self: "Nid wyf yn cytuno â fy nhîm am beth i'w wneud nesaf", helper: "Nid yw'r claf yn cytuno â'r tîm am beth i'w wneud nesaf" },
        },
        "confirm-plan": {
          label: {
            self: "Rwyf eisiau i arbenigwr arall gadarnhau fy nghynllun triniaeth",
            helper: "Mae'r claf eisiau i arbenigwr arall gadarnhau'r cynllun triniaeth",
          },
        },
        "particular-expertise": {
          label: {
            self: "Rwyf eisiau gweld rhywun sydd â phrofiad arbennig o'm math i o ganser",
            helper: "Mae'r claf eisiau gweld rhywun sydd â phrofiad arbennig o'r math hwn o ganser",
          },
        },
        "options-not-explored": {
          label: {
            self: "Rwy'n credu y gallai fod opsiynau nad oes neb wedi edrych arnyn nhw",
            helper: "Rydym yn credu y gallai fod opsiynau nad oes neb wedi edrych arnyn nhw",
          },
        },
      },
    },
    ownWords: {
      label: "Unrhyw beth arall am y rheswm (dewisol)",
      summary: "Yn eich geiriau chi",
      hint: {
        self: "Mae hyn yn mynd i'ch llythyr fel rydych chi'n ei ysgrifennu.",
        helper:
          "Mae hyn yn mynd i'r llythyr fel rydych chi'n ei ysgrifennu. Chi sy'n llofnodi'r llythyr, felly ysgrifennwch am y claf fel “hi”, “ef”, “nhw” neu wrth eu henw, nid “fi”.",
      },
    },
    askAboutTreatmentFirst: {
      label: "Ydych chi eisiau gofyn a allai triniaeth cyn llawdriniaeth wneud llawdriniaeth yn bosibl?",
      summary: "Gofyn am driniaeth yn gyntaf",
      hint: "Weithiau gall cemotherapi neu radiotherapi grebachu canser fel bod llawdriniaeth yn dod yn bosibl.",
      required: "Dewiswch a ydych chi eisiau gofyn am driniaeth cyn llawdriniaeth",
      options: { yes: { label: "Ydw, gofyn am hyn", summary: "Ydw" }, no: { label: "Nac ydw" } },
    },
  },
};
