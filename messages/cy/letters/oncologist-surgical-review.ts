import type { oncologistSurgicalReview as en } from "../../en-GB/letters/oncologist-surgical-review";

/** Letter 2: the patient asks their own oncologist for review by another surgical team. */
export const oncologistSurgicalReview: typeof en = {
  title: "Llythyr at eich oncolegydd yn gofyn am adolygiad llawfeddygol gan dîm arall",
  userTitle: "Gofyn i'm oncolegydd am dîm llawfeddygol arall",
  description:
    "Os ydych chi wedi cael gwybod nad oes modd cael llawdriniaeth, gall eich oncolegydd eich atgyfeirio at dîm llawfeddygol arall neu at ganolfan arbenigol i gael eu barn nhw.",
  fileName: "llythyr-at-feddyg-ymgynghorol-adolygiad-llawfeddygol",
  documentTitle: "Cais am adolygiad llawfeddygol gan dîm arall",
  documentSubject: "Atgyfeiriad am ail farn lawfeddygol",
  subjectLine: "Barn lawfeddygol gan dîm arall",
  /** Follows "tîm" (masculine): "tîm llawfeddygol addas arall". */
  teamKind: "llawfeddygol",
  /** The condition follows "sef": after "fy" or "ei" it would need a mutation. */
  thanksSoFar: {
    self: "Diolch am fy ngofal hyd yma. Rydw i'n ysgrifennu i ofyn a allai llawdriniaeth fod yn bosibl i drin fy nghyflwr, sef {condition}.",
    she: "Diolch am ei gofal hyd yma. Rydw i'n ysgrifennu i ofyn a allai llawdriniaeth fod yn bosibl i drin ei chyflwr, sef {condition}.",
    he: "Diolch am ei ofal hyd yma. Rydw i'n ysgrifennu i ofyn a allai llawdriniaeth fod yn bosibl i drin ei gyflwr, sef {condition}.",
    they: "Diolch am eu gofal hyd yma. Rydw i'n ysgrifennu i ofyn a allai llawdriniaeth fod yn bosibl i drin eu cyflwr, sef {condition}.",
    name: "Diolch am y gofal hyd yma. Rydw i'n ysgrifennu i ofyn a allai llawdriniaeth fod yn bosibl i drin y cyflwr, sef {condition}.",
  },
  referForReview: {
    self: "A wnewch chi fy atgyfeirio at fy newis cyntaf, sef {team}, am adolygiad llawfeddygol, mewn clinig neu yng nghyfarfod eu tîm?",
    she: "A wnewch chi ei hatgyfeirio at ei dewis cyntaf, sef {team}, am adolygiad llawfeddygol, mewn clinig neu yng nghyfarfod eu tîm?",
    he: "A wnewch chi ei atgyfeirio at ei ddewis cyntaf, sef {team}, am adolygiad llawfeddygol, mewn clinig neu yng nghyfarfod eu tîm?",
    they: "A wnewch chi eu hatgyfeirio at eu dewis cyntaf, sef {team}, am adolygiad llawfeddygol, mewn clinig neu yng nghyfarfod eu tîm?",
    name: "A wnewch chi atgyfeirio {patient} at y dewis cyntaf, sef {team}, am adolygiad llawfeddygol, mewn clinig neu yng nghyfarfod eu tîm?",
  },
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Anfonwch y llythyr at eich oncolegydd, neu at ysgrifennydd yr oncolegydd.",
  copyHint: "Gallwch gopïo'r llythyr a'i roi mewn e-bost at ysgrifennydd eich oncolegydd.",
  nextSteps: {
    paragraphs: [
      "Anfonwch eich llythyr at eich oncolegydd. Gallwch ei bostio i'r ysbyty, ei e-bostio at ysgrifennydd yr oncolegydd, neu fynd ag ef i'ch apwyntiad nesaf.",
      "Efallai y bydd eich oncolegydd yn siarad â chi am y peth, neu'n ei drafod gyda'r tîm o arbenigwyr sy'n cynllunio eich gofal. Os yw'n cytuno, bydd yn eich atgyfeirio at y tîm llawfeddygol y gofynnoch chi amdano, neu at dîm addas arall.",
      "Daliwch i fynd i'ch holl apwyntiadau yn y cyfamser. Nid yw gofyn am ail farn yn newid y gofal rydych chi'n ei gael nawr.",
      "Rhowch tua 2 wythnos iddyn nhw ateb, neu tan y dyddiad y gofynnoch chi amdano yn eich llythyr.",
    ],
    noReply: [
      "Ffoniwch ysgrifennydd eich oncolegydd neu eich nyrs arbenigol, a gofynnwch a yw eich llythyr wedi cael ei ddarllen.",
      "Gallwch hefyd ofyn i'ch meddyg teulu am help.",
      "Os na allwch chi gael ateb o hyd, gallwch godi pryder. Gall y gwasanaeth hwn ysgrifennu'r llythyr hwnnw hefyd.",
    ],
  },
};
