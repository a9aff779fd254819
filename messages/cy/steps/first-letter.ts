import type { firstLetter as en } from "../../en-GB/steps/first-letter";
import { gpOncologySecondOpinion } from "../letters/gp-oncology-second-opinion";
import { gpSurgicalSecondOpinion } from "../letters/gp-surgical-second-opinion";
import { oncologistSurgicalReview } from "../letters/oncologist-surgical-review";

export const firstLetter: typeof en = {
  title: "Eich llythyr cyntaf",
  /** The page's name on check answers. */
  summary: "Eich llythyr cyntaf",
  intro: ["Mae eich llythyr dilynol yn mynd at yr un person, ac yn gofyn am yr un peth eto. Mae'n defnyddio'r atebion a roesoch chi o'r blaen."],
  fields: {
    letter: {
      label: "Pa lythyr ydych chi'n mynd ar ei ôl?",
      summary: "Y llythyr rydych chi'n mynd ar ei ôl",
      hint: "Os daethoch chi yma o'ch llythyr, mae wedi'i ddewis yn barod.",
      required: "Dewiswch y llythyr rydych chi'n mynd ar ei ôl",
      options: {
        "gp-oncology-second-opinion": { label: gpOncologySecondOpinion.userTitle },
        "oncologist-surgical-review": { label: oncologistSurgicalReview.userTitle },
        "gp-surgical-second-opinion": { label: gpSurgicalSecondOpinion.userTitle },
      },
    },
    sentOn: {
      label: "Pryd wnaethoch chi ei anfon?",
      summary: "Y dyddiad y gwnaethoch chi ei anfon",
      hint: "Er enghraifft, 25 11 2026.",
      required: "Rhowch y dyddiad y gwnaethoch chi anfon eich llythyr cyntaf",
      errorLabel: "Y dyddiad y gwnaethoch chi ei anfon",
    },
    sentBy: {
      label: "Sut wnaethoch chi ei anfon?",
      summary: "Sut y gwnaethoch chi ei anfon",
      required: "Dewiswch sut y gwnaethoch chi anfon eich llythyr cyntaf",
      options: {
        post: { label: "Drwy'r post" },
        email: { label: "Drwy e-bost" },
        "online-form": { label: "Drwy ffurflen ar-lein", hint: "Er enghraifft, ar wefan y practis meddyg teulu neu mewn ap." },
        "by-hand": { label: "Â llaw" },
      },
    },
  },
};
