import type { currentTeam as en } from "../../en-GB/steps/current-team";

export const currentTeam: typeof en = {
  title: { self: "Y tîm sy'n eich trin nawr", helper: "Y tîm sy'n trin y claf nawr" },
  /** The page's name on check answers. */
  summary: "Y tîm sy'n trin nawr",
  intro: ["Gallwch ddod o hyd i'r manylion hyn ar lythyrau gan yr ysbyty."],
  fields: {
    consultantName: {
      summary: "Meddyg ymgynghorol",
      label: { self: "Enw'r meddyg ymgynghorol sy'n gyfrifol am eich gofal", helper: "Enw'r meddyg ymgynghorol sy'n gyfrifol am ofal y claf" },
      hint: "Er enghraifft, Dr Paul Hughes",
      required: {
        self: "Rhowch enw'r meddyg ymgynghorol sy'n gyfrifol am eich gofal",
        helper: "Rhowch enw'r meddyg ymgynghorol sy'n gyfrifol am ofal y claf",
      },
    },
    greeting: {
      label: "Sut dylai'r llythyr eu cyfarch? (dewisol)",
      summary: "Cyfarchiad",
      hint: "Byddwn yn defnyddio eu teitl a'u cyfenw, er enghraifft “Annwyl Dr Hughes,”.",
      suggestion: "Byddwn yn ysgrifennu “Annwyl {greeting},”. Newidiwch hyn yma os yw'n well ganddyn nhw rywbeth arall.",
    },
    specialty: {
      label: "Beth yw eu harbenigedd?",
      summary: "Arbenigedd",
      hint: "Er enghraifft, oncoleg feddygol, oncoleg glinigol neu lawdriniaeth",
      required: "Rhowch arbenigedd y meddyg ymgynghorol, er enghraifft oncoleg feddygol",
    },
    department: {
      label: "Eu hadran (dewisol)",
      summary: "Adran",
      hint: "Er enghraifft, Adran Oncoleg. Mae ar lythyrau gan yr ysbyty.",
    },
    hospital: {
      label: "Ysbyty",
      hint: "Dechreuwch deipio ei enw neu ei dref, yna dewiswch ef o'n rhestr. Os nad yw yn y rhestr, teipiwch ei enw.",
      required: "Rhowch enw'r ysbyty",
    },
    hospitalAddress: {
      label: "Cyfeiriad yr ysbyty (dewisol)",
      summary: "Cyfeiriad",
      hint: "Mae eich llythyr yn mynd i'r cyfeiriad hwn. Mae ar lythyrau gan yr ysbyty.",
    },
    line1: { label: "Llinell 1 y cyfeiriad", required: "Rhowch linell gyntaf cyfeiriad yr ysbyty" },
    line2: { label: "Llinell 2 y cyfeiriad (dewisol)" },
    town: { label: "Tref neu ddinas", required: "Rhowch dref neu ddinas cyfeiriad yr ysbyty" },
    postcode: { label: "Cod post", required: "Rhowch god post cyfeiriad yr ysbyty" },
    hospitalNation: {
      label: "Ym mha wlad yn y DU mae'r ysbyty hwn? (dewisol)",
      summary: "Gwlad",
      hint: "Mae pryder am yr ysbyty yn dilyn rheolau'r wlad y mae ynddi. Gadewch hwn yn wag os yw yn y rhan o'r DU lle rydych chi'n byw.",
      options: {
        england: { label: "Lloegr" },
        wales: { label: "Cymru" },
        scotland: { label: "Yr Alban" },
        "northern-ireland": { label: "Gogledd Iwerddon" },
      },
    },
    mdtDate: {
      label: "Pryd gwnaeth y tîm ei benderfyniad am driniaeth? (dewisol)",
      summary: "Penderfyniad y tîm",
      hint: "Mae tîm o arbenigwyr, o'r enw tîm amlddisgyblaethol (MDT), yn cyfarfod i gytuno ar gynllun triniaeth. Rhowch ddyddiad y cyfarfod hwnnw os ydych chi'n ei wybod. Er enghraifft, 3 11 2026",
      errorLabel: "Dyddiad penderfyniad y tîm",
    },
    copy: {
      label: {
        self: "A gaiff eich meddyg teulu anfon copi o'ch llythyr at y tîm hwn?",
        helper: "A gaiff y meddyg teulu anfon copi o'r llythyr at y tîm hwn?",
      },
      summary: "Copi o'r llythyr",
      hint: "Mae'n well gan rai pobl ddweud wrth eu tîm eu hunain.",
      required: "Dewiswch a gaiff y meddyg teulu anfon copi o'r llythyr at y tîm hwn",
      options: { yes: { label: "Caiff" }, no: { label: "Na chaiff, hoffwn ddweud wrthyn nhw fy hun" } },
    },
  },
};
