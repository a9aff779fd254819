import type { journey as en } from "../en-GB/journey";
import type { Plural } from "../types";

// Welsh plural forms (Intl.PluralRules("cy")): "rhan" is feminine, so it mutates after 2 ("dwy ran").
// `one` keeps the English one's placeholders (it says "1", not {count}).
const staleBody: Plural = {
  zero: "Gwnaethoch aileirio {count} rhan o'ch llythyr cyn i chi newid {pages}. Pan fyddwch chi'n creu eich llythyr, gwiriwch y rhannau hynny, neu defnyddiwch ein geiriad ni.",
  one: "Gwnaethoch aileirio 1 rhan o'ch llythyr cyn i chi newid {pages}. Pan fyddwch chi'n creu eich llythyr, gwiriwch y rhan honno, neu defnyddiwch ein geiriad ni.",
  two: "Gwnaethoch aileirio {count} ran o'ch llythyr cyn i chi newid {pages}. Pan fyddwch chi'n creu eich llythyr, gwiriwch y rhannau hynny, neu defnyddiwch ein geiriad ni.",
  few: "Gwnaethoch aileirio {count} rhan o'ch llythyr cyn i chi newid {pages}. Pan fyddwch chi'n creu eich llythyr, gwiriwch y rhannau hynny, neu defnyddiwch ein geiriad ni.",
  many: "Gwnaethoch aileirio {count} rhan o'ch llythyr cyn i chi newid {pages}. Pan fyddwch chi'n creu eich llythyr, gwiriwch y rhannau hynny, neu defnyddiwch ein geiriad ni.",
  other:
    "Gwnaethoch aileirio {count} rhan o'ch llythyr cyn i chi newid {pages}. Pan fyddwch chi'n creu eich llythyr, gwiriwch y rhannau hynny, neu defnyddiwch ein geiriad ni.",
};

/** Words on the journey's pages that are not questions, in Welsh: choosing a letter, check answers, drafts. */
export const journey: typeof en = {
  /** The parts of the journey (steps/kit.ts JOURNEY_SECTIONS), above each question and on check answers. */
  sections: {
    about: "Am y llythyr hwn",
    details: { self: "Eich manylion", helper: "Manylion" },
    care: { self: "Eich gofal", helper: "Gofal y claf" },
    request: "Eich cais",
    concern: "Eich pryder",
    finish: "Gorffen eich llythyr",
  },
  /** Where a question page is in the letter's journey. */
  progress: "{section}: tudalen {page} o {total}",
  noScript:
    "Mae angen JavaScript ar y gwasanaeth hwn. Mae'n gwneud eich llythyr ar eich dyfais eich hun, felly nid oes dim byd rydych chi'n ei deipio yn cael ei anfon atom ni. Trowch JavaScript ymlaen yng ngosodiadau eich porwr, yna ail-lwythwch y dudalen hon.",
  noLetter: {
    heading: "Dewiswch lythyr yn gyntaf",
    body: "Rydym yn gofyn cwestiynau gwahanol ar gyfer pob llythyr.",
    link: "Dewiswch pa lythyr rydych chi eisiau ei ysgrifennu",
  },
  chooseLetter: {
    title: "Pa lythyr ydych chi eisiau ei ysgrifennu?",
    hint: "Gallwch ysgrifennu llythyr arall yn nes ymlaen. Mae eich atebion yn aros ar y ddyfais hon, felly ni fydd angen i chi eu teipio eto.",
    error: "Dewiswch pa lythyr rydych chi eisiau ei ysgrifennu",
    returning: {
      title: "Mae gennych atebion wedi'u cadw ar y ddyfais hon",
      savedAt: "Gwnaethoch gadw eich atebion ddiwethaf ar {when}.",
      earlierVisit: "ymweliad cynharach",
      writing: "Roeddech chi'n ysgrifennu:",
      continue: "Parhau o'r man lle gwnaethoch chi adael",
      startAgain: "Dechrau eto",
      other: "Ysgrifennu llythyr gwahanol gyda'r un atebion",
    },
    confirm: {
      title: "Ydych chi'n siŵr eich bod eisiau dechrau eto?",
      body: "Mae hyn yn dileu'r holl atebion sydd wedi'u cadw ar y ddyfais hon. Ni allwch eu cael yn ôl, oni bai eich bod wedi'u cadw mewn ffeil.",
      yes: "Ydw, dileu fy atebion a dechrau eto",
      no: "Nac ydw, cadw fy atebion",
    },
    started: "Mae eich atebion wedi'u dileu. Gallwch ddechrau eto.",
    deleteFailed: "Nid oedd modd i ni ddileu eich holl atebion. Rhowch gynnig arall arni, neu cliriwch ddata'r wefan hon yng ngosodiadau eich porwr.",
  },
  checkAnswers: {
    checksFailed:
      "Nid oedd modd i'r dudalen hon orffen llwytho. Gwiriwch eich cysylltiad â'r rhyngrwyd, yna ail-lwythwch y dudalen. Mae eich atebion wedi'u cadw ar y ddyfais hon o hyd.",
    title: "Gwiriwch eich atebion cyn i ni greu eich llythyr",
    letter: "Llythyr",
    change: "Newid",
    notProvided: "Heb ei roi",
    notAnswered: "Heb ei ateb eto",
    /** One answer on a page that asks several: "Dyddiad geni: 12 Ebrill 1958". */
    line: "{label}: {value}",
    create: "Creu fy llythyr",
    incompleteHeading: "Nid ydych wedi ateb pob cwestiwn eto",
    incompleteBody: "Atebwch y cwestiynau sydd wedi'u marcio “Heb ei ateb eto” cyn i ni allu creu eich llythyr.",
    incompleteLink: "Ateb y cwestiwn nesaf",
    problemsIntro: "Ni allwn greu eich llythyr eto. Newidiwch yr atebion hyn:",
    privacy: "Mae eich llythyr yn cael ei greu ar y ddyfais hon. Nid oes dim byd rydych chi wedi'i ddweud wrthym yn cael ei anfon i unrhyw le.",
    /** A question page's name in a sentence ("you changed “Preferred team”"). */
    pageName: "“{name}”",
    /** Parts of the letter reworded before answers they were written from changed (lib/letter/stale.ts). */
    stale: {
      heading: "Gwiriwch eich geiriad",
      body: staleBody,
    },
    yourAnswers: "Cadw, llwytho neu ddileu eich atebion",
  },
  drafts: {
    notSaving: {
      heading: "Nid yw eich atebion yn cael eu cadw ar y ddyfais hon",
      body: "Gallwch greu eich llythyr o hyd. Ond os byddwch chi'n cau neu'n ail-lwytho'r dudalen hon, bydd eich atebion yn cael eu colli.",
      full: "Mae hyn oherwydd bod storfa eich porwr yn llawn.",
      unavailable: "Efallai fod hyn oherwydd bod eich porwr wedi'i osod i rwystro gwefannau rhag cadw data, neu eich bod mewn ffenestr breifat.",
      link: "Cadwch eich atebion mewn ffeil yn lle hynny",
    },
    unreadable: {
      heading: "Nid oedd modd i ni ddarllen eich atebion a gadwyd",
      body: "Rydym wedi cadw copi o'r neilltu ar y ddyfais hon, ac wedi dechrau eto heb atebion.",
      noCopy: "Nid oedd lle i gadw copi, felly bydd yr ateb nesaf a roddwch chi'n cymryd eu lle.",
      newer: "Cawsant eu cadw gan fersiwn fwy newydd o'r gwasanaeth hwn.",
      tooLarge: "Roeddent yn rhy fawr, neu wedi'u nythu'n rhy ddwfn, i fod yn atebion a gadwodd y gwasanaeth hwn, felly ni wnaethom eu hagor.",
      fileHint: "Os gwnaethoch gadw eich atebion mewn ffeil, gallwch eu llwytho o'r ffeil honno.",
      link: "Llwytho atebion o ffeil",
    },
    dismiss: "Cuddio'r neges hon",
    otherTab: "Cafodd eich atebion eu newid mewn tab neu ffenestr arall. Mae'r dudalen hon nawr yn dangos yr atebion diweddaraf.",
    /** Above every journey page on a shared device while there are answers, with "Save my answers to a file". */
    sharedKept:
      "Dywedoch wrthym fod pobl eraill yn defnyddio'r ddyfais hon, felly dim ond ar y dudalen hon rydym yn cadw eich atebion, tra bydd ar agor. Os byddwch yn ei chau neu'n ei hail-lwytho, byddant wedi mynd. I'w cadw, cadwch nhw mewn ffeil.",
    /** The same button and message as on Your answers. */
    saveToFile: "Cadw fy atebion mewn ffeil",
    savedToFile: "Mae eich atebion wedi'u cadw mewn ffeil o'r enw {file}.",
    /** A page this tab had changed, when another tab saved different answers to the same questions. */
    otherTabAnswers: {
      heading: "Mae tab arall wedi cadw atebion gwahanol",
      body: "Gwnaethoch newid atebion ar y dudalen hon, ac ers hynny mae tab neu ffenestr arall wedi cadw rhai gwahanol. Mae'r dudalen hon yn dal i ddangos yr hyn a deipiwyd gennych yma. Cadwodd y tab arall:",
      /** An answer the other tab left empty. */
      blank: "dim byd",
      /** One answer the other tab saved: "Name: Margaret Ellis". */
      line: "{label}: {value}",
      choose: "Dewiswch ‘Yn eich blaen’ i gadw'r hyn y mae'r dudalen hon yn ei ddangos, neu defnyddiwch atebion y tab arall yn lle hynny.",
      use: "Defnyddio atebion y tab arall",
    },
  },
  yourAnswers: {
    title: "Eich atebion",
    intro: "Mae eich atebion wedi'u cadw yn y porwr hwn, ar y ddyfais hon yn unig. Nid ydym byth yn eu gweld.",
    shared: {
      heading: "Defnyddio cyfrifiadur y mae pobl eraill yn ei ddefnyddio?",
      body: "Gallai unrhyw un sy'n defnyddio'r porwr hwn weld eich atebion. Pan fyddwch chi wedi gorffen, dilëwch eich atebion.",
    },
    none: "Nid oes atebion wedi'u cadw ar y ddyfais hon.",
    save: {
      heading: "Cadw eich atebion mewn ffeil",
      body: "Gallwch gadw copi o'ch atebion, neu eu defnyddio ar ddyfais arall. Cadwch y ffeil yn rhywle preifat: mae manylion eich iechyd ynddi.",
      button: "Cadw fy atebion mewn ffeil",
      done: "Mae eich atebion wedi'u cadw mewn ffeil o'r enw {file}.",
    },
    load: {
      heading: "Llwytho atebion o ffeil",
      label: "Dewiswch ffeil o atebion a gadwyd",
      hint: "Fel arfer, enw'r ffeil yw {file}. Mae'n cynnwys eich atebion, y llythyr a ddewisoch chi ac unrhyw newidiadau a wnaethoch i'w eiriad. Os oes atebion ar y ddyfais hon yn barod, byddwn yn gofyn cyn i ni gymryd eu lle.",
      button: "Llwytho atebion",
      missing: "Dewiswch ffeil o atebion a gadwyd",
      cannotRead: "Nid oedd modd darllen y ffeil a ddewiswyd",
      problemsIntro: "Nid oedd modd i ni lwytho atebion o'r ffeil hon. Nid yw'r atebion ar y ddyfais hon wedi newid.",
      inline: "Nid oedd modd llwytho'r ffeil a ddewiswyd. Gweler y problemau uchod",
      /** One problem in a loaded file: the page that asks for it, then the problem. */
      problemOnPage: "{page}: {message}",
      done: "Mae eich atebion wedi'u llwytho",
      continue: "Parhau gyda'ch llythyr",
    },
    remove: {
      heading: "Dileu eich atebion",
      body: "Mae hyn yn dileu eich holl atebion, ac unrhyw newidiadau a wnaethoch i'ch llythyr, o'r ddyfais hon.",
      button: "Dileu fy atebion",
      confirmHeading: "Ydych chi'n siŵr eich bod eisiau dileu eich atebion?",
      confirmBody: "Ni allwch eu cael yn ôl, oni bai eich bod wedi'u cadw mewn ffeil.",
      yes: "Ydw, dileu fy atebion",
      no: "Nac ydw, cadw fy atebion",
      done: "Mae eich atebion wedi'u dileu o'r ddyfais hon",
      failed: "Nid oedd modd i ni ddileu eich holl atebion. Rhowch gynnig arall arni, neu cliriwch ddata'r wefan hon yng ngosodiadau eich porwr.",
    },
    success: "Llwyddiant",
    startAgain: "Dechrau llythyr newydd",
  },
};
