import type { start as en } from "../en-GB/start";
import { URGENT_HELP } from "./urgent-help";

/** The start page, in Welsh. */
export const start: typeof en = {
  lead: "Gwnewch lythyr clir a chwrtais sy'n gofyn am ail farn ar ddiagnosis neu driniaeth eich canser.",
  /** Before Start now, on the first phone screen: safety in a sentence, then the full box further down. */
  urgentShort: [
    "Os ydych chi'n sâl iawn, peidiwch ag aros am lythyr. Ffoniwch eich ",
    { strong: "llinell gymorth triniaeth canser 24 awr" },
    " neu ffoniwch ",
    { strong: "999" },
    ". ",
    { text: "Ble i gael help nawr", href: "#get-help-now" },
  ],
  /** {minutes}: the time a first GP letter takes, measured by `npm run bench:time` (scripts/bench/journey-time.ts). */
  duration:
    "Mae llythyr cyntaf yn cymryd tua {minutes} munud. Mae ail lythyr yn cymryd llai o amser, oherwydd bod eich atebion yn cael eu cadw. Gallwch stopio unrhyw bryd: mae eich atebion yn aros ar y ddyfais hon.",
  offline: "Ar ôl eich ymweliad cyntaf, mae'r wefan hon yn gweithio heb signal ffôn na Wi-Fi.",
  /** Safety first (letters.md, "Safety, before anything else"): the cancer helpline, then 999, then urgent advice in each nation. */
  urgent: {
    heading: "Os ydych chi'n sâl iawn, mynnwch help nawr",
    intro: "Mae llythyr yn rhy araf ar gyfer problemau brys.",
    items: URGENT_HELP,
  },
  whoFor: {
    heading: "Ar gyfer pwy mae'r gwasanaeth hwn",
    intro: "Mae'r gwasanaeth hwn ar gyfer:",
    items: ["pobl â chanser yn y DU", "rhywun sy'n helpu person â chanser, os yw'r person hwnnw'n cytuno"],
  },
  letters: {
    heading: "Llythyrau y gallwch eu gwneud",
    items: [
      "gofyn i'ch meddyg teulu eich atgyfeirio at oncolegydd arall (meddyg canser)",
      "gofyn i'ch oncolegydd eich atgyfeirio at dîm llawfeddygol arall",
      "gofyn i'ch meddyg teulu eich atgyfeirio am farn lawfeddygol",
      "codi pryder pan na allwch gael atgyfeiriad, ateb neu reswm",
    ],
    after: "Rydych chi'n ateb rhai cwestiynau. Rydym ni'n gwneud y llythyr. Yna gallwch ei argraffu, ei lawrlwytho neu gopïo'r geiriau.",
  },
  beforeYouStart: {
    heading: "Cyn i chi ddechrau",
    intro: "Mae'n help cael y rhain wrth law:",
    items: [
      "eich rhif GIG (eich rhif CHI yn yr Alban, neu eich rhif Iechyd a Gofal yng Ngogledd Iwerddon)",
      "enw eich meddyg teulu ac enw'r practis",
      "enw eich meddyg ymgynghorol a'r ysbyty",
      "eich diagnosis",
      "y tîm yr hoffech ei weld",
    ],
  },
  privacy: {
    heading: "Mae eich atebion yn breifat",
    body: [
      "Nid yw dim byd rydych chi'n ei deipio yn cael ei anfon atom ni nac at neb arall. ",
      { text: "Darllenwch sut rydym yn cadw eich atebion yn breifat", href: "/privacy/" },
      ".",
    ],
  },
  startNow: "Dechrau nawr",
  about: {
    heading: "Am y gwasanaeth hwn",
    advice:
      "Nid yw'n rhoi cyngor meddygol. Mae'n eich helpu i ofyn am ail farn yn ysgrifenedig. Nid oes cyfraith sy'n rhoi ail farn i chi, ond anaml y bydd meddygon yn dweud na.",
    guides: "Darllenwch ein canllawiau am ail farn",
  },
};
