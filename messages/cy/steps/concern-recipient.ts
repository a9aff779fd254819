import type { concernRecipient as en } from "../../en-GB/steps/concern-recipient";

/** Where a concern goes, in Welsh: the body that can act, in each nation (letters.md, "Letter 4"). */
export const concernRecipient: typeof en = {
  title: "I ble mae eich llythyr yn mynd",
  /** The page's name on check answers. */
  summary: "Y llythyr yn mynd at",
  intro: [
    "Mae eich llythyr yn mynd at y tîm sy'n gallu gweithredu ar eich pryder. Os gwnaethoch chi ofyn i'ch meddyg teulu, eich practis meddyg teulu yw hwnnw. Fel arall, y sefydliad sy'n rhedeg eich ysbyty ydyw.",
    "Mae'r tîm yn dibynnu ar ba ran o'r DU y mae'r sefydliad ynddi, nid ble rydych chi'n byw. Dewiswch y sefydliad o'n rhestr a byddwn yn rhoi'r cyfeiriad ar eich llythyr i chi.",
  ],
  fields: {
    organisation: {
      label: "Enw'r sefydliad (dewisol)",
      summary: "Sefydliad",
      hint: "Yr ysbyty, yr ymddiriedolaeth, y bwrdd iechyd neu'r practis meddyg teulu. Dechreuwch deipio ei enw neu ei dref, yna dewiswch ef o'n rhestr. Os byddwch chi'n gadael hwn yn wag, bydd y llythyr yn mynd at eich ysbyty, neu at eich practis meddyg teulu os mai eich meddyg teulu y gwnaethoch chi ofyn iddo.",
    },
    organisationAddress: {
      label: "Eu cyfeiriad (dewisol)",
      summary: "Eu cyfeiriad",
      hint: "Mae ar eu gwefan, neu gall switsfwrdd yr ysbyty ddweud wrthych chi. Os byddwch chi'n ei adael yn wag, ychwanegwch ef cyn i chi bostio'r llythyr.",
    },
    line1: { label: "Llinell 1 y cyfeiriad", required: "Rhowch linell gyntaf y cyfeiriad" },
    line2: { label: "Llinell 2 y cyfeiriad (dewisol)" },
    town: { label: "Tref neu ddinas", required: "Rhowch y dref neu'r ddinas" },
    postcode: { label: "Cod post", required: "Rhowch y cod post" },
    organisationNation: {
      label: "Ym mha wlad yn y DU mae'r sefydliad hwn? (dewisol)",
      summary: "Gwlad",
      hint: "Rheolau'r wlad honno sy'n penderfynu sut mae eich pryder yn cael ei drin. Gadewch hwn yn wag os yw yn y rhan o'r DU lle rydych chi'n byw.",
      options: {
        england: { label: "Lloegr" },
        wales: { label: "Cymru" },
        scotland: { label: "Yr Alban" },
        "northern-ireland": { label: "Gogledd Iwerddon" },
      },
    },
  },
};
