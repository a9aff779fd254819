import type { gpOncologySecondOpinion as en } from "../../en-GB/letters/gp-oncology-second-opinion";

/** Letter 1: the patient asks their GP for referral to another oncology team (letters.md). */
export const gpOncologySecondOpinion: typeof en = {
  title: "Llythyr at eich meddyg teulu yn gofyn am ail farn gan dîm oncoleg arall",
  userTitle: "Gofyn i'm meddyg teulu am oncolegydd arall",
  description:
    "Gall eich meddyg teulu eich atgyfeirio at oncolegydd neu dîm canser mewn ysbyty arall, yn lleol neu'n genedlaethol, i gael ail farn ar eich diagnosis neu eich cynllun triniaeth.",
  fileName: "llythyr-at-feddyg-teulu-ail-farn",
  documentTitle: "Cais am ail farn gan dîm oncoleg arall",
  documentSubject: "Atgyfeiriad am ail farn oncoleg",
  subjectLine: "Ail farn gan dîm canser arall",
  /** Follows "tîm" (masculine): "tîm canser addas arall". */
  teamKind: "canser",
  request: {
    self: "Hoffwn i gael ail farn gan dîm canser arall ar fy niagnosis a'm cynllun triniaeth.",
    she: "Hoffai hi gael ail farn gan dîm canser arall ar ei diagnosis a'i chynllun triniaeth.",
    he: "Hoffai ef gael ail farn gan dîm canser arall ar ei ddiagnosis a'i gynllun triniaeth.",
    they: "Hoffen nhw gael ail farn gan dîm canser arall ar eu diagnosis a'u cynllun triniaeth.",
    name: "Hoffai {patient} gael ail farn gan dîm canser arall ar y diagnosis a'r cynllun triniaeth.",
  },
  /** The oncologist is often the one who refers (letters.md): the GP may pass the request on. */
  oncologistRoute: {
    self: "Os yw'n well i'm meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydw i'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
    she: "Os yw'n well i'w meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydyn ni'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
    he: "Os yw'n well i'w feddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydyn ni'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
    they: "Os yw'n well i'w meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydyn ni'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
    name: "Os yw'n well i'r meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Mae {patient} a minnau'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
  },
  /** Someone acting for a patient who cannot agree: what they ask, in their own name (letterShared.representative). */
  representative: {
    request: {
      she: "Rydw i'n gofyn am ail farn iddi gan dîm canser arall, ar ei diagnosis a'i chynllun triniaeth.",
      he: "Rydw i'n gofyn am ail farn iddo gan dîm canser arall, ar ei ddiagnosis a'i gynllun triniaeth.",
      they: "Rydw i'n gofyn am ail farn iddyn nhw gan dîm canser arall, ar eu diagnosis a'u cynllun triniaeth.",
      name: "Rydw i'n gofyn am ail farn ar gyfer {patient} gan dîm canser arall, ar y diagnosis a'r cynllun triniaeth.",
    },
    oncologistRoute: {
      she: "Os yw'n well i'w meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydw i'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
      he: "Os yw'n well i'w feddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydw i'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
      they: "Os yw'n well i'w meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydw i'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
      name: "Os yw'n well i'r meddyg ymgynghorol, {consultant}, wneud yr atgyfeiriad hwn, a wnewch chi ofyn am hynny? Rydw i'n hapus i siarad am hyn dros y ffôn neu mewn apwyntiad.",
    },
  },
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Anfonwch y llythyr at eich practis meddyg teulu.",
  copyHint: "Gallwch gopïo'r llythyr a'i roi yn ffurflen ar-lein eich practis meddyg teulu, neu mewn e-bost.",
  nextSteps: {
    paragraphs: [
      "Anfonwch eich llythyr at eich practis meddyg teulu. Gallwch fynd ag ef i'r practis, ei bostio, ei e-bostio, neu ei roi yn ffurflen ar-lein y practis.",
      "Efallai y bydd eich meddyg teulu yn gofyn i chi ddod i mewn, neu'n eich ffonio i siarad am y peth. Os yw'n cytuno, bydd yn eich atgyfeirio at y tîm y gofynnoch chi amdano, neu at dîm addas arall. Efallai y bydd yn gofyn i'ch oncolegydd wneud hynny.",
      "Daliwch i fynd i'ch holl apwyntiadau yn y cyfamser. Nid yw gofyn am ail farn yn newid y gofal rydych chi'n ei gael nawr.",
      "Rhowch tua 2 wythnos iddyn nhw ateb, neu tan y dyddiad y gofynnoch chi amdano yn eich llythyr.",
    ],
    noReply: [
      "Ffoniwch y practis a gofynnwch a yw eich llythyr wedi cael ei ddarllen.",
      "Os na allwch chi gael ateb o hyd, gallwch godi pryder. Gall y gwasanaeth hwn ysgrifennu'r llythyr hwnnw hefyd.",
    ],
  },
};
