import type { records as en } from "../../en-GB/steps/records";

/** A subject access request (cais gwrthrych am wybodaeth: ICO Cymru), in Welsh. */
export const records: typeof en = {
  title: "Gofyn am gopïau o'ch cofnodion",
  /** The page's name on check answers. */
  summary: "Y cofnodion rydych chi'n gofyn amdanyn nhw",
  intro: [
    "Mae gennych hawl i ofyn am gopïau o'ch cofnodion iechyd. Cais gwrthrych am wybodaeth yw'r enw ar hyn. Fel arfer mae am ddim, a rhaid iddyn nhw ateb o fewn mis.",
    "Bydd angen eich llythyrau, eich adroddiadau a'ch sganiau ar y tîm sy'n rhoi ail farn.",
  ],
  fields: {
    holder: {
      label: "Gan bwy yr hoffech chi gael copïau?",
      summary: "Copïau gan",
      required: "Dewiswch gan bwy yr hoffech chi gael copïau",
      options: {
        hospital: {
          label: "Yr ysbyty lle rydych chi'n cael triniaeth",
          hint: "Ar gyfer llythyrau clinig, canlyniadau cyfarfodydd y tîm, adroddiadau sganiau a phrofion meinwe, a'r sganiau eu hunain.",
        },
        gp: {
          label: "Eich practis meddyg teulu",
          hint: "Ar gyfer y llythyrau a'r adroddiadau a anfonwyd at y practis. Nid yw practis meddyg teulu yn cadw sganiau.",
        },
      },
    },
    images: {
      label: "Ydych chi eisiau copïau o'ch sganiau?",
      summary: "Copïau o'r sganiau",
      hint: "Mae eich llythyr atgyfeirio eisoes yn gofyn i'ch tîm anfon eich sganiau at yr ysbyty newydd. Mae hyn ar gyfer eich copïau eich hun.",
      required: "Dewiswch a ydych chi eisiau copïau o'ch sganiau",
      options: {
        disc: { label: "Ydw, ar ddisg wedi'i hanfon ataf", hint: "Yna gallwch roi'r ddisg i'r tîm newydd." },
        download: { label: "Ydw, drwy ddolen lawrlwytho", hint: "Gall rhai ysbytai anfon dolen i'w lawrlwytho." },
        none: { label: "Nac ydw, nid oes angen copïau o'r sganiau arnaf" },
      },
    },
    organisation: {
      label: "Enw'r sefydliad (dewisol)",
      summary: "Sefydliad",
      hint: "Ymddiriedolaeth yr ysbyty, y bwrdd iechyd neu'r practis meddyg teulu. Dechreuwch deipio ei enw neu ei dref, yna dewiswch ef o'n rhestr. Os byddwch chi'n gadael hwn yn wag, bydd y llythyr yn enwi eich ysbyty neu eich practis meddyg teulu.",
    },
    organisationAddress: {
      label: "Eu cyfeiriad (dewisol)",
      summary: "Eu cyfeiriad",
      hint: "Mae ar eu gwefan, neu ar lythyr ganddyn nhw. Os byddwch chi'n ei adael yn wag, ychwanegwch ef cyn i chi bostio'r llythyr.",
    },
    line1: { label: "Llinell 1 y cyfeiriad", required: "Rhowch linell gyntaf y cyfeiriad" },
    line2: { label: "Llinell 2 y cyfeiriad (dewisol)" },
    town: { label: "Tref neu ddinas", required: "Rhowch y dref neu'r ddinas" },
    postcode: { label: "Cod post", required: "Rhowch y cod post" },
  },
};
