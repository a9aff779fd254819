import type { preferredTeam as en } from "../../en-GB/steps/preferred-team";
import { hospitalNation } from "./hospital-nation";

export const preferredTeam: typeof en = {
  title: { self: "Pwy yr hoffech chi ei weld?", helper: "Pwy yr hoffai'r claf ei weld?" },
  /** The page's name on check answers. */
  summary: "Dewis cyntaf",
  intro: ["Gallwch ofyn am ysbyty, tîm neu arbenigwr penodol. Bydd eich meddyg yn ceisio, ond ni all addo."],
  surgicalIntro: ["Gall fod yn ganolfan lawfeddygol arbenigol, er enghraifft ar gyfer llawdriniaeth ar y pancreas neu'r iau."],
  guide: { text: "Sut i ddewis tîm", href: "/guide/choosing-a-team/" },
  fields: {
    hospital: {
      label: "Ysbyty",
      summary: "Ysbyty",
      hint: "Er enghraifft, The Royal Marsden. Dechreuwch deipio ei enw neu ei dref, yna dewiswch ef o'n rhestr. Os nad yw yn y rhestr, teipiwch ei enw.",
      required: "Rhowch yr ysbyty yr hoffech gael eich atgyfeirio ato",
    },
    team: { label: "Tîm (dewisol)", summary: "Tîm", hint: "Er enghraifft, Uned Oncoleg Gynaecolegol" },
    clinician: { label: "Enw'r arbenigwr (dewisol)", summary: "Arbenigwr", hint: "Er enghraifft, yr Athro Sarah Blake" },
    hospitalNation: hospitalNation("Gwlad"),
    why: {
      label: "Pam y tîm hwn? (dewisol)",
      summary: "Pam",
      hint: {
        self: "Er enghraifft, maen nhw'n gweld llawer o bobl â'ch math chi o ganser, neu'n cynnal treialon clinigol.",
        helper:
          "Er enghraifft, maen nhw'n gweld llawer o bobl â'r math hwn o ganser, neu'n cynnal treialon clinigol. Chi sy'n llofnodi'r llythyr, felly ysgrifennwch am y claf fel “hi”, “ef”, “nhw” neu wrth eu henw, nid “fi”.",
      },
    },
  },
};
