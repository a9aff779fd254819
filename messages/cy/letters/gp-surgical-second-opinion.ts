import type { gpSurgicalSecondOpinion as en } from "../../en-GB/letters/gp-surgical-second-opinion";

/** Letter 3: the same request as letter 2, made through the GP (letters.md). */
export const gpSurgicalSecondOpinion: typeof en = {
  title: "Llythyr at eich meddyg teulu yn gofyn am ail farn lawfeddygol",
  userTitle: "Gofyn i'm meddyg teulu am ail farn lawfeddygol",
  description:
    "Mae'n fwy arferol i'ch oncolegydd ofyn am farn lawfeddygol, ond efallai y bydd eich meddyg teulu yn gallu eich atgyfeirio at dîm llawfeddygol arall hefyd.",
  fileName: "llythyr-at-feddyg-teulu-ail-farn-lawfeddygol",
  documentTitle: "Cais am ail farn lawfeddygol",
  documentSubject: "Atgyfeiriad am ail farn lawfeddygol",
  subjectLine: "Ail farn gan dîm llawfeddygol arall",
  /** Follows "tîm" (masculine): "tîm llawfeddygol addas arall". */
  teamKind: "llawfeddygol",
  request: {
    self: "Hoffwn i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl i mi.",
    she: "Hoffai hi i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl iddi.",
    he: "Hoffai ef i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl iddo.",
    they: "Hoffen nhw i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl iddyn nhw.",
    name: "Hoffai {patient} i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl yn achos {patient}.",
  },
  usualRoute: {
    self: "Os yw'n well i'm meddyg ymgynghorol wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny?",
    she: "Os yw'n well i'w meddyg ymgynghorol wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny?",
    he: "Os yw'n well i'w feddyg ymgynghorol wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny?",
    they: "Os yw'n well i'w meddyg ymgynghorol wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny?",
    name: "Os yw'n well i'r meddyg ymgynghorol wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny?",
  },
  /** Someone acting for a patient who cannot agree: what they ask, in their own name (letterShared.representative). */
  representative: {
    request: {
      she: "Hoffwn i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl iddi.",
      he: "Hoffwn i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl iddo.",
      they: "Hoffwn i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl iddyn nhw.",
      name: "Hoffwn i dîm llawfeddygol arall weld a yw llawdriniaeth yn bosibl yn achos {patient}.",
    },
  },
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Anfonwch y llythyr at eich practis meddyg teulu.",
  copyHint: "Gallwch gopïo'r llythyr a'i roi yn ffurflen ar-lein eich practis meddyg teulu, neu mewn e-bost.",
  nextSteps: {
    paragraphs: [
      "Anfonwch eich llythyr at eich practis meddyg teulu. Gallwch fynd ag ef i'r practis, ei bostio, ei e-bostio, neu ei roi yn ffurflen ar-lein y practis.",
      "Efallai y bydd eich meddyg teulu yn eich atgyfeirio at y tîm llawfeddygol y gofynnoch chi amdano, neu'n gofyn i'ch oncolegydd wneud hynny. Mae'n fwy arferol i'ch oncolegydd eich atgyfeirio am lawdriniaeth.",
      "Daliwch i fynd i'ch holl apwyntiadau yn y cyfamser. Nid yw gofyn am ail farn yn newid y gofal rydych chi'n ei gael nawr.",
      "Rhowch tua 2 wythnos iddyn nhw ateb, neu tan y dyddiad y gofynnoch chi amdano yn eich llythyr.",
    ],
    noReply: [
      "Ffoniwch y practis a gofynnwch a yw eich llythyr wedi cael ei ddarllen.",
      "Os na allwch chi gael ateb o hyd, gallwch godi pryder. Gall y gwasanaeth hwn ysgrifennu'r llythyr hwnnw hefyd.",
    ],
  },
};
