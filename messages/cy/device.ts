import type { device as en } from "../en-GB/device";
import type { Plural } from "../types";

// "rhan" (part) is feminine: it mutates after 2 ("dwy ran"), and "wedi'i" before it takes an h.
const rewordingCount: Plural = {
  zero: "{count} rhan wedi'u haileirio",
  one: "{count} rhan wedi'i haileirio",
  two: "{count} ran wedi'u haileirio",
  few: "{count} rhan wedi'u haileirio",
  many: "{count} rhan wedi'u haileirio",
  other: "{count} rhan wedi'u haileirio",
};

/**
 * Words about the answers on this device, in Welsh: whether it is the user's own, what the browser
 * keeps besides our draft and how to clear it, answers kept aside because they could not be read,
 * loading a file over the answers already here, deleting, and what leaves the device by email.
 */
export const device: typeof en = {
  question: {
    title: "Ai eich dyfais chi yw hon?",
    hint: "Gallwn gadw eich atebion ar y cyfrifiadur, y llechen neu'r ffôn hwn, fel y gallwch ddod yn ôl atyn nhw yn nes ymlaen.",
    own: "Ie, dim ond fi sy'n ei defnyddio",
    ownHint: "Byddwn yn cadw eich atebion yn y porwr hwn nes i chi eu dileu.",
    shared: "Na, mae pobl eraill yn ei defnyddio hefyd",
    sharedHint:
      "Er enghraifft, cyfrifiadur y teulu, neu gyfrifiadur mewn llyfrgell, yn y gwaith neu mewn ysbyty. Byddwn yn cadw eich atebion ar y dudalen hon yn unig tra bydd ar agor, a byddan nhw wedi mynd pan fyddwch chi'n ei chau neu'n ei hail-lwytho.",
    error: "Dewiswch ai eich dyfais chi yw hon",
  },
  sharedInfo: {
    title: "Defnyddio dyfais y mae pobl eraill yn ei defnyddio",
    kept: "Byddwn yn cadw eich atebion ar y dudalen hon yn unig, tra bydd ar agor, a byth yn storfa'r porwr. Pan fyddwch chi'n cau'r dudalen neu'n ei hail-lwytho, neu'n gadael y wefan hon yn yr un tab, byddan nhw wedi mynd: cadwch nhw mewn ffeil yn gyntaf os ydych chi eisiau eu cadw. Rydym yn gofyn i chi cyn i'r dudalen gau. Rydym yn gofyn i'r porwr beidio â chofio'r hyn rydych chi'n ei deipio yn y blychau.",
    rememberHeading: "Beth all y porwr ei gadw o hyd",
    remember: [
      "y llythyr ac unrhyw ffeiliau rydych chi'n eu lawrlwytho, yn eich ffolder lawrlwythiadau",
      "rhestr o'r tudalennau y gwnaethoch ymweld â nhw, yn ei hanes",
      "eich enw, eich cyfeiriad neu fanylion eraill, os yw'n cynnig eu cadw a'ch bod chi'n cytuno",
      "unrhyw beth rydych chi'n ei gopïo, nes bod rhywbeth arall yn cael ei gopïo",
      "cyfeiriadau'r tudalennau oedd gennych ar agor, os yw'n eu hagor eto pan fydd yn dechrau (maen nhw'n agor heb atebion ynddyn nhw)",
    ],
    clearHeading: "Pan fyddwch chi wedi gorffen",
    clear: [
      "caewch y tab hwn, fel bod eich atebion wedi mynd",
      "dilëwch y ffeiliau y gwnaethoch eu lawrlwytho, yna gwagiwch y bin ailgylchu neu'r bin sbwriel",
      "os gwnaethoch adael i'r porwr gadw eich manylion, dilëwch nhw yn ei osodiadau (fel arfer o dan ‘Autofill’, neu ‘Passwords and autofill’)",
      "cliriwch yr hanes pori, os nad ydych chi eisiau i bobl eraill weld pa dudalennau y gwnaethoch ymweld â nhw",
    ],
    privateWindow:
      "Mae ffenestr breifat neu ffenestr incognito yn cadw llai fyth: mae'r porwr yn anghofio ei hanes a'i restr lawrlwythiadau pan fyddwch chi'n ei chau.",
    continue: "Yn eich blaen",
  },
  settings: {
    heading: "Ai eich dyfais chi yw hon?",
    own: "Dywedoch chi wrthym mai eich dyfais chi yw hon. Rydym yn cadw eich atebion yn y porwr hwn nes i chi eu dileu.",
    shared:
      "Dywedoch chi wrthym fod pobl eraill yn defnyddio'r ddyfais hon. Rydym yn cadw eich atebion ar y dudalen hon yn unig tra bydd ar agor, byth yn storfa'r porwr, ac maen nhw wedi mynd pan fyddwch chi'n ei chau neu'n ei hail-lwytho.",
    change: "Newid hyn",
    save: "Cadw",
    nowOwn: "Mae eich atebion nawr wedi'u cadw yn y porwr hwn nes i chi eu dileu",
    nowShared: "Mae eich atebion nawr yn cael eu cadw ar y dudalen hon yn unig, tra bydd ar agor. Nid oes dim un ar ôl yn storfa'r porwr hwn",
  },
  stale: {
    heading: "Oes angen yr atebion hyn arnoch o hyd?",
    body: "Gwnaethoch gadw atebion ar y ddyfais hon ddiwethaf ar {when}, fwy na mis yn ôl. Os nad oes eu hangen arnoch mwyach, dilëwch nhw, fel na all pobl eraill sy'n defnyddio'r ddyfais hon eu gweld.",
    delete: "Dileu fy atebion",
    keep: "Cadw fy atebion",
  },
  deleted: {
    done: "Mae eich atebion wedi'u dileu o'r ddyfais hon",
    left: "Nid oedd modd i ni ddileu eich holl atebion. Mae rhai wedi'u cadw yn y porwr hwn o hyd.",
    unchecked:
      "Rydym wedi clirio eich atebion o'r dudalen hon. Ond nid yw'r porwr hwn yn gadael i ni edrych ar yr hyn y mae wedi'i gadw, felly efallai fod atebion a gadwyd yma o'r blaen yno o hyd.",
    howTo:
      "I'w dileu, cliriwch ddata'r wefan hon yng ngosodiadau eich porwr. Yn y rhan fwyaf o borwyr, ewch i'r gosodiadau (Settings), yna Preifatrwydd (Privacy), yna Cwcis a data gwefannau (Cookies and site data). Dewch o hyd i'r wefan hon a dilëwch ei data.",
    autofill:
      "Nid yw dileu eich atebion yn dileu'r hyn y mae'r porwr ei hun yn ei gofio: ffeiliau y gwnaethoch eu lawrlwytho, ei hanes, ac unrhyw fanylion y mae wedi'u cadw i'w llenwi'n awtomatig.",
  },
  kept: {
    heading: "Mae angen gwirio rhai o'ch atebion a gadwyd",
    body: "Nid oedd modd i ni ddarllen rhai o'r atebion a gadwyd ar y ddyfais hon. Rydym wedi'u cadw fel yr oeddent, ond wedi'u gadael allan o'ch llythyr. Gwiriwch y rhain a'u hateb eto:",
    letter: "Pa lythyr rydych chi'n ei ysgrifennu",
    rewording: "Eich newidiadau i eiriad eich llythyr",
    other: "Atebion eraill a gadwyd",
    more: "Gweld beth rydym wedi'i gadw ar y dudalen Eich atebion",
    sectionHeading: "Atebion nad oedd modd i ni eu darllen",
    sectionBody: "Rydym wedi cadw'r rhain fel yr oeddent. Gallwch eu lawrlwytho, er enghraifft i'w dangos i rywun sy'n eich helpu.",
    download: "Lawrlwytho'r hyn a gadwyd gennym",
    remove: "Dileu'r hyn a gadwyd gennym",
    removed: "Mae'r hyn a gadwyd gennym wedi'i ddileu",
    fileName: "ail-farn-atebion-annarllenadwy.json",
  },
  copies: {
    heading: "Copïau a gadwyd ar y ddyfais hon",
    intro: "Rydym yn cadw copi o'ch atebion pan na allwn eu darllen, a phan fyddwch chi'n rhoi'r atebion o ffeil yn eu lle.",
    unreadable: "Atebion nad oedd modd i ni eu darllen, a gadwyd ar {when}",
    replaced: "Yr atebion y gwnaethoch roi rhai eraill yn eu lle, a gadwyd ar {when}",
    download: "Lawrlwytho'r copi hwn",
    restore: "Rhoi'r atebion hyn yn ôl",
    cannotRestore: "Ni allwn roi'r atebion hyn yn ôl, oherwydd nid yw'r fersiwn hon o'r gwasanaeth yn gallu eu darllen. Gallwch lawrlwytho'r copi i'w gadw.",
    newer: "Cawsant eu cadw gan fersiwn fwy newydd o'r gwasanaeth hwn. Rhowch gynnig arall arni pan fydd y dudalen hon wedi'i diweddaru.",
    tooLarge: "Maent yn rhy fawr, neu wedi'u nythu'n rhy ddwfn, i fod yn atebion a gadwodd y gwasanaeth hwn.",
    restored: "Mae eich atebion wedi'u rhoi yn ôl",
    replaceBody: "Mae gennych atebion ar y ddyfais hon yn barod. Os byddwch chi'n rhoi'r copi hwn yn ôl, bydd y rhain yn newid:",
    inCopy: "Yn y copi",
    sameAnswers: "Mae gan y copi yr un atebion â'r ddyfais hon.",
    fileName: "ail-farn-copi-wedi-cadw.json",
    bannerHint: "Gallwch lawrlwytho'r copi, neu geisio ei roi yn ôl, ar y dudalen Eich atebion.",
  },
  load: {
    notUtf8Hint: "Os gwnaethoch newid y ffeil eich hun, cadwch hi fel testun UTF-8 (weithiau'n cael ei alw'n Unicode) a'i llwytho eto.",
    unknownHeading: "Mae atebion yn y ffeil hon nad ydym yn eu hadnabod",
    /** One key we do not know: where it is in the file, then what is wrong. */
    unknownKey: "{path}: {message}",
    unknownBody: "Byddwn yn eu cadw fel y maen nhw, ond ni fydd eich llythyr yn eu defnyddio. Os yw un yn gamgymeriad, cywirwch ef yn y ffeil a'i llwytho eto.",
    replaceHeading: "Rhoi'r atebion newydd yn lle'r atebion ar y ddyfais hon?",
    replaceBody: "Mae gennych atebion ar y ddyfais hon yn barod. Os byddwch chi'n llwytho'r ffeil hon, bydd y rhain yn newid:",
    loadHeading: "Llwytho'r atebion yn y ffeil hon?",
    sameAnswers: "Mae gan y ffeil yr un atebion â'r ddyfais hon.",
    answer: "Ateb",
    now: "Nawr",
    inFile: "Yn y ffeil",
    yourLetter: "Eich llythyr",
    notGiven: "Heb ei roi",
    letter: "Llythyr",
    rewording: "Newidiadau i eiriad eich llythyrau",
    rewordingCount,
    keepCopy: "Byddwn yn cadw copi o'r atebion sydd gennych nawr, fel y gallwch eu rhoi yn ôl.",
    replace: "Ie, rhoi'r atebion newydd yn lle fy atebion",
    load: "Llwytho'r atebion",
    cancel: "Na, cadw fy atebion",
    cancelled: "Nid yw'r atebion ar y ddyfais hon wedi newid",
    undo: "Rhoi'n ôl yr atebion oedd gennyf o'r blaen",
    undone: "Mae eich atebion wedi'u rhoi yn ôl fel yr oeddent cyn i chi lwytho'r ffeil",
  },
  email: {
    heading: "Cyn i chi anfon eich llythyr drwy e-bost",
    body: "Mae eich llythyr cyfan yn mynd i'ch ap e-bost, gyda phopeth sydd ynddo: eich enw a'ch cyfeiriad, eich {term} a manylion eich iechyd. Nid oes dim yn cael ei anfon nes i chi bwyso ‘Anfon’. Yna mae'n mynd i bwy bynnag rydych chi'n ei anfon ato, ac mae eich darparwr e-bost yn cadw copi.",
    open: "Agor fy ap e-bost",
    cancel: "Canslo",
  },
};
