import type { concernWhatHappened as en } from "../../en-GB/steps/concern-what-happened";

export const concernWhatHappened: typeof en = {
  title: "Beth sydd wedi digwydd ers i chi ofyn?",
  /** The page's name on check answers. */
  summary: "Beth sydd wedi digwydd",
  fields: {
    whatHappened: {
      label: "Beth sydd wedi digwydd ers i chi ofyn?",
      summary: "Beth ddigwyddodd",
      required: "Dewiswch beth sydd wedi digwydd ers i chi ofyn",
      options: {
        "no-reply": { label: "Nid wyf wedi cael ateb" },
        "declined-no-reasons": { label: "Dywedon nhw na, heb roi rhesymau" },
        declined: { label: "Dywedon nhw na a rhoi rhesymau, ond nid wyf yn cytuno" },
        delayed: { label: "Cytunon nhw, ond nid oes dim wedi digwydd eto" },
        other: { label: "Rhywbeth arall" },
      },
    },
    details: {
      label: "Dywedwch wrthym beth ddigwyddodd (dewisol)",
      summary: "Yn eich geiriau chi",
      hint: {
        self: "Rhowch ddyddiadau os gallwch chi. Mae hyn yn mynd i'ch llythyr fel rydych chi'n ei ysgrifennu.",
        helper:
          "Rhowch ddyddiadau os gallwch chi. Mae hyn yn mynd i'r llythyr fel rydych chi'n ei ysgrifennu. Chi sy'n llofnodi'r llythyr, felly ysgrifennwch am y claf fel “hi”, “ef”, “nhw” neu wrth eu henw, nid “fi”.",
      },
    },
  },
};
