import type { concernHelp as en } from "../../en-GB/steps/concern-help";

export const concernHelp: typeof en = {
  title: "Pa help ydych chi ei eisiau?",
  /** The page's name on check answers. */
  summary: "Yr help rydych chi ei eisiau",
  fields: {
    outcomes: {
      label: "Gyda beth yr hoffech chi iddyn nhw helpu?",
      summary: "Help",
      hint: "Dewiswch bob un sy'n berthnasol.",
      required: "Dewiswch gyda beth yr hoffech chi iddyn nhw helpu",
      options: {
        reply: { label: "Cael ateb i fy nghais" },
        "decision-with-reasons": { label: "Cael penderfyniad, gyda'r rhesymau wedi'u hysgrifennu" },
        referral: { label: "Cael yr atgyfeiriad am ail farn wedi'i wneud" },
        meeting: { label: "Trefnu cyfarfod gyda fy nhîm i siarad am y peth" },
      },
    },
    permission: {
      label: "Ydyn nhw'n cael siarad â'r tîm sy'n eich trin am hyn?",
      summary: "Cael cysylltu â'ch tîm",
      hint: "Ni fyddan nhw'n siarad â neb amdanoch chi heb eich caniatâd.",
      required: "Dewiswch a ydyn nhw'n cael siarad â'r tîm sy'n eich trin",
      options: { yes: { label: "Ydyn" }, no: { label: "Nac ydyn" } },
    },
    extraHelp: {
      label: "Oes angen unrhyw help ychwanegol arnoch chi? (dewisol)",
      summary: "Help ychwanegol",
      hint: "Er enghraifft, print bras, dehonglydd Iaith Arwyddion Prydain, neu help oherwydd anabledd.",
    },
  },
};
