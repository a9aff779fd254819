import type { recordsRequest as en } from "../../en-GB/letters/records-request";

/**
 * Letter 6: a subject access request (cais gwrthrych am wybodaeth, as the ICO's Welsh pages call
 * it) for copies of the records a second team needs. Free, answered within one month, two more for
 * a complex request (ICO guidance; letters.md, "After the letter"). "MDT" and "histoleg" are explained.
 */
export const recordsRequest: typeof en = {
  title: "Llythyr yn gofyn am gopïau o'ch cofnodion iechyd (cais gwrthrych am wybodaeth)",
  userTitle: "Gofyn am gopïau o'm cofnodion iechyd",
  description:
    "Bydd angen eich llythyrau clinig, eich adroddiadau a'ch sganiau ar y tîm sy'n rhoi ail farn. Mae'r llythyr hwn yn gofyn i'ch ysbyty neu eich practis meddyg teulu am gopïau. Fel arfer, mae am ddim.",
  fileName: "cais-gwrthrych-am-wybodaeth",
  documentTitle: "Cais gwrthrych am wybodaeth: cofnodion iechyd",
  documentSubject: "Cais gwrthrych am wybodaeth: copïau o gofnodion iechyd",
  subjectLine: {
    self: "Cais gwrthrych am wybodaeth: copïau o'm cofnodion iechyd",
    she: "Cais gwrthrych am wybodaeth: copïau o gofnodion iechyd {patient}",
    he: "Cais gwrthrych am wybodaeth: copïau o gofnodion iechyd {patient}",
    they: "Cais gwrthrych am wybodaeth: copïau o gofnodion iechyd {patient}",
    name: "Cais gwrthrych am wybodaeth: copïau o gofnodion iechyd {patient}",
  },
  recipient: { hospital: "Adran Cofnodion Iechyd", gp: "Rheolwr y Practis" },
  salutation: { hospital: "Annwyl Dîm Cofnodion Iechyd,", gp: "Annwyl Reolwr y Practis," },
  request: {
    self: "Rydw i'n gwneud cais gwrthrych am wybodaeth am gopïau o'm cofnodion iechyd. Mae eu hangen arnaf ar gyfer ail farn am fy ngofal canser.",
    she: "Hoffai hi gael copïau o'i chofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen arni ar gyfer ail farn am ei gofal canser.",
    he: "Hoffai ef gael copïau o'i gofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen arno ar gyfer ail farn am ei ofal canser.",
    they: "Hoffen nhw gael copïau o'u cofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen arnyn nhw ar gyfer ail farn am eu gofal canser.",
    name: "Hoffai {patient} gael copïau o'r cofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Bydd {patient} yn eu defnyddio ar gyfer ail farn am y gofal canser.",
  },
  /**
   * Someone acting for a patient who cannot agree asks in their own name; their introduction has
   * said on what basis, and offered a copy of any power of attorney or order (letterShared.representative).
   */
  representative: {
    request: {
      she: "Rydw i'n gofyn am gopïau o'i chofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen ar gyfer ail farn am ei gofal canser.",
      he: "Rydw i'n gofyn am gopïau o'i gofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen ar gyfer ail farn am ei ofal canser.",
      they: "Rydw i'n gofyn am gopïau o'u cofnodion iechyd. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen ar gyfer ail farn am eu gofal canser.",
      name: "Rydw i'n gofyn am gopïau o gofnodion iechyd {patient}. Cais gwrthrych am wybodaeth yw hwn. Mae eu hangen ar gyfer ail farn am y gofal canser.",
    },
  },
  /** Someone writing for the patient has the patient's signed consent with the letter (the consent form). */
  consent: {
    she: "Mae hi wedi llofnodi ffurflen ganiatâd sy'n dweud y caf i ofyn am y cofnodion hyn. Mae'r ffurflen gyda'r llythyr hwn.",
    he: "Mae ef wedi llofnodi ffurflen ganiatâd sy'n dweud y caf i ofyn am y cofnodion hyn. Mae'r ffurflen gyda'r llythyr hwn.",
    they: "Maen nhw wedi llofnodi ffurflen ganiatâd sy'n dweud y caf i ofyn am y cofnodion hyn. Mae'r ffurflen gyda'r llythyr hwn.",
    name: "Mae {patient} wedi llofnodi ffurflen ganiatâd sy'n dweud y caf i ofyn am y cofnodion hyn. Mae'r ffurflen gyda'r llythyr hwn.",
  },
  patientOf: {
    self: "Rydw i'n un o gleifion {consultant} ({specialty}), {hospital}.",
    she: "Mae hi'n un o gleifion {consultant} ({specialty}), {hospital}.",
    he: "Mae ef yn un o gleifion {consultant} ({specialty}), {hospital}.",
    they: "Maen nhw'n un o gleifion {consultant} ({specialty}), {hospital}.",
    name: "Mae {patient} yn un o gleifion {consultant} ({specialty}), {hospital}.",
  },
  sendCopies: "A wnewch chi anfon copïau ataf o'r cofnodion sydd wedi'u rhestru isod?",
  /** Copies of the images themselves: a subject access request asks for copies only (letters.md). */
  images: {
    disc: {
      self: "A wnewch chi anfon copïau o'm sganiau ataf ar ddisg?",
      she: "A wnewch chi anfon copïau o'i sganiau ataf ar ddisg?",
      he: "A wnewch chi anfon copïau o'i sganiau ataf ar ddisg?",
      they: "A wnewch chi anfon copïau o'u sganiau ataf ar ddisg?",
      name: "A wnewch chi anfon copïau o'r sganiau ataf ar ddisg?",
    },
    download: {
      self: "A wnewch chi anfon copïau o'm sganiau ataf drwy ddolen lawrlwytho?",
      she: "A wnewch chi anfon copïau o'i sganiau ataf drwy ddolen lawrlwytho?",
      he: "A wnewch chi anfon copïau o'i sganiau ataf drwy ddolen lawrlwytho?",
      they: "A wnewch chi anfon copïau o'u sganiau ataf drwy ddolen lawrlwytho?",
      name: "A wnewch chi anfon copïau o'r sganiau ataf drwy ddolen lawrlwytho?",
    },
  },
  within: "A wnewch chi anfon y copïau o fewn 1 mis i chi gael y llythyr hwn?",
  listIntro: {
    self: "Y cofnodion sydd eu hangen arnaf yw:",
    she: "Y cofnodion sydd eu hangen arni yw:",
    he: "Y cofnodion sydd eu hangen arno yw:",
    they: "Y cofnodion sydd eu hangen arnyn nhw yw:",
    name: "Y cofnodion sydd eu hangen ar gyfer {patient} yw:",
  },
  items: {
    clinicLetters: {
      self: "llythyrau clinig am fy ngofal canser",
      she: "llythyrau clinig am ei gofal canser",
      he: "llythyrau clinig am ei ofal canser",
      they: "llythyrau clinig am eu gofal canser",
      name: "llythyrau clinig am y gofal canser",
    },
    mdt: {
      self: "canlyniadau cyfarfodydd tîm am fy ngofal (canlyniadau MDT: MDT yw'r tîm amlddisgyblaethol, sef y tîm o arbenigwyr sy'n cynllunio fy ngofal)",
      she: "canlyniadau cyfarfodydd tîm am ei gofal (canlyniadau MDT: MDT yw'r tîm amlddisgyblaethol, sef y tîm o arbenigwyr sy'n cynllunio ei gofal)",
      he: "canlyniadau cyfarfodydd tîm am ei ofal (canlyniadau MDT: MDT yw'r tîm amlddisgyblaethol, sef y tîm o arbenigwyr sy'n cynllunio ei ofal)",
      they: "canlyniadau cyfarfodydd tîm am eu gofal (canlyniadau MDT: MDT yw'r tîm amlddisgyblaethol, sef y tîm o arbenigwyr sy'n cynllunio eu gofal)",
      name: "canlyniadau cyfarfodydd tîm am y gofal (canlyniadau MDT: MDT yw'r tîm amlddisgyblaethol, sef y tîm o arbenigwyr sy'n cynllunio'r gofal)",
    },
    imagingReports: {
      self: "adroddiadau ar fy sganiau (adroddiadau delweddu)",
      she: "adroddiadau ar ei sganiau (adroddiadau delweddu)",
      he: "adroddiadau ar ei sganiau (adroddiadau delweddu)",
      they: "adroddiadau ar eu sganiau (adroddiadau delweddu)",
      name: "adroddiadau ar y sganiau (adroddiadau delweddu)",
    },
    histology: {
      self: "adroddiadau ar brofion ar fy samplau meinwe (adroddiadau histoleg)",
      she: "adroddiadau ar brofion ar ei samplau meinwe (adroddiadau histoleg)",
      he: "adroddiadau ar brofion ar ei samplau meinwe (adroddiadau histoleg)",
      they: "adroddiadau ar brofion ar eu samplau meinwe (adroddiadau histoleg)",
      name: "adroddiadau ar brofion ar y samplau meinwe (adroddiadau histoleg)",
    },
    images: {
      self: "copïau o'm sganiau eu hunain (y delweddau)",
      she: "copïau o'i sganiau eu hunain (y delweddau)",
      he: "copïau o'i sganiau eu hunain (y delweddau)",
      they: "copïau o'u sganiau eu hunain (y delweddau)",
      name: "copïau o'r sganiau eu hunain (y delweddau)",
    },
  },
  /** The ICO's guidance on a subject access request (letters.md, "After the letter"). */
  law: "Rydw i'n gwybod bod cais fel hwn am ddim fel arfer, a bod gennych chi 1 mis i ateb. Os yw'n gymhleth, gallwch gymryd 2 fis arall, ond mae angen i chi ddweud wrthyf o fewn y mis cyntaf.",
  proof: "Os oes angen prawf o bwy ydw i, rhowch wybod i mi beth i'w anfon.",
  needsGp: "Mae eich llythyr yn mynd at eich practis meddyg teulu: rhowch fanylion eich meddyg teulu",
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Anfonwch y llythyr at y tîm cofnodion iechyd neu at eich practis meddyg teulu.",
  copyHint: "Gallwch gopïo'r llythyr a'i roi mewn e-bost at y tîm cofnodion iechyd neu at y practis.",
  nextSteps: {
    paragraphs: [
      "Anfonwch eich llythyr at y tîm cofnodion iechyd yn yr ysbyty, neu at eich practis meddyg teulu. Mae eu cyfeiriad e-bost neu bost ar eu gwefan. Mae gan lawer o ysbytai ffurflen ar gyfer hyn ar eu gwefan hefyd.",
      "Efallai y byddan nhw'n gofyn am brawf o bwy ydych chi, fel copi o'ch pasbort neu fil diweddar.",
      "Mae ganddyn nhw 1 mis o'r diwrnod maen nhw'n cael eich llythyr i ateb. Fel arfer, mae am ddim.",
    ],
    noReply: [
      "Ffoniwch nhw a gofynnwch a yw eich llythyr wedi cyrraedd. Cadwch gopi o'ch llythyr wrth law pan fyddwch chi'n ffonio.",
      "Os nad ydych chi'n cael ateb o hyd, ysgrifennwch at eu swyddog diogelu data. Mae'r manylion ar wefan y sefydliad, yn ei hysbysiad preifatrwydd.",
      "Os nad yw hynny'n gweithio, gallwch gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ICO). Mae'r ICO yn gofalu am y gyfraith ar gael copïau o'ch gwybodaeth.",
    ],
  },
};
