import type { letterPage as en } from "../en-GB/letter-page";
import type { Plural } from "../types";

// Welsh has six plural forms (Intl.PluralRules("cy"): zero 0, one 1, two 2, few 3, many 6, other).
// A noun after a number stays singular ("{count} nod"); "rhan" (part) is feminine, so two is "ran".

const characters: Plural = {
  zero: "{count} nod",
  one: "{count} nod",
  two: "{count} nod",
  few: "{count} nod",
  many: "{count} nod",
  other: "{count} nod",
};

const staleOthers = (count: string) =>
  `Rydych chi wedi aileirio ${count} a gafodd eu hysgrifennu o atebion sydd wedi newid ers hynny. Efallai bod eich geiriau nawr yn dweud rhywbeth nad yw'n wir. Gwiriwch y rhannau hynny cyn i chi anfon eich llythyr.`;

const staleIntro: Plural = {
  zero: staleOthers("{count} rhan"),
  one: "Rydych chi wedi aileirio 1 rhan a gafodd ei hysgrifennu o atebion sydd wedi newid ers hynny. Efallai bod eich geiriau nawr yn dweud rhywbeth nad yw'n wir. Gwiriwch y rhan honno cyn i chi anfon eich llythyr.",
  two: staleOthers("{count} ran"),
  few: staleOthers("{count} rhan"),
  many: staleOthers("{count} rhan"),
  other: staleOthers("{count} rhan"),
};

/** Words on the letter page, in Welsh: the preview, the ways to send it, rewording, and what happens next. */
export const letterPage: typeof en = {
  title: "Mae eich llythyr yn barod",
  /** Under the heading; each letter's `ready` words say where it goes. */
  intro: "Darllenwch drwyddo. Gallwch newid unrhyw un o'r geiriau. Yna lawrlwythwch ef, argraffwch ef neu copïwch ef.",
  nextBelow: "O dan eich llythyr: sut i'w anfon, a beth i'w wneud os na chewch chi ateb.",
  /** While the words for a letter in the other language come (issue 24), and if they cannot. */
  letterLanguage: {
    loading: "Wrthi'n paratoi eich llythyr.",
    failed: "Nid oedd modd gwneud eich llythyr yn yr iaith a ddewisoch chi. Gwiriwch eich signal, yna ail-lwythwch y dudalen hon.",
  },
  notReady: {
    title: "Nid yw eich llythyr yn barod eto",
    body: "Mae rhai atebion ar goll neu mae angen eu newid.",
    link: "Mynd i wirio eich atebion",
  },
  actionsHeading: "Anfon neu gadw eich llythyr",
  pdf: "Lawrlwytho PDF",
  word: "Lawrlwytho dogfen Word",
  print: "Argraffu",
  largePrint: {
    postHint: "Mae'r PDF yn barod i'w bostio: mae'r cyfeiriad i'w weld drwy ffenestr amlen ffenestr DL neu C5, wedi'i phlygu'n dair.",
    button: "Lawrlwytho copi print bras (PDF)",
    hint: "I'r claf ei ddarllen: yr un llythyr mewn testun 16 pwynt. Postiwch y PDF arferol.",
    fileSuffix: "-print-bras",
  },
  copy: "Copïo fel testun",
  /** {hint}: where this letter can be pasted (each letter's copyHint). */
  copied: "Mae eich llythyr wedi'i gopïo. {hint}",
  copyFailed: "Doedd dim modd i ni gopïo eich llythyr. Dewiswch yr holl destun yn y blwch isod, yna copïwch ef.",
  copyBoxLabel: "Eich llythyr fel testun",
  characters,
  charactersHint: "Yn aml, mae terfyn ar faint y gallwch ei ysgrifennu mewn ffurflen ar-lein.",
  email: "Ei anfon ataf fy hun drwy e-bost",
  emailHint: "Mae hyn yn agor eich ap e-bost gyda'ch llythyr ynddo. Does dim yn cael ei anfon nes i chi bwyso anfon.",
  /** The email's subject: nothing of the patient's health in an inbox's preview. */
  emailSubject: "Llythyr am fy ngofal",
  webmailHint:
    "Os ydych chi'n defnyddio e-bost ar wefan (fel Gmail neu Outlook ar-lein), efallai na fydd hyn yn ei agor. Lawrlwythwch y PDF a'i atodi i e-bost newydd yn lle hynny.",
  /** Where the phone can hand a file to another app (the Web Share API): only then is the button shown. */
  share: {
    button: "Anfon neu rannu'r PDF",
    hint: "Mae hyn yn rhoi'r PDF i ap ar eich ffôn, fel e-bost neu negeseuon, neu'n ei gadw yn eich ffeiliau. Does dim yn cael ei anfon nes i chi ei anfon yn yr ap hwnnw.",
    shared: "Cafodd eich PDF ei roi i'r ap a ddewisoch chi.",
    failed: "Ni weithiodd rhannu. Lawrlwythwch y PDF yn lle hynny, yna ei atodi i e-bost neu neges.",
  },
  preparing: "Yn paratoi eich ffeil…",
  downloaded: "Mae eich ffeil {name} wedi'i lawrlwytho.",
  downloadFailed: "Doedd dim modd i ni greu eich ffeil. Rhowch gynnig arall arni, neu defnyddiwch Argraffu neu Copïo fel testun yn lle hynny.",
  pdfMissing: {
    heading: "Ni fydd rhai nodau'n dangos yn y PDF",
    body: "Nid oes gan lythrennau'r PDF y nodau hyn: {characters}. Yn y PDF, bydden nhw'n dangos fel blychau gwag.",
    advice: "Mae'r ddogfen Word, Argraffu a Copïo fel testun yn eu cadw. Neu newidiwch y geiriad i ddefnyddio nodau eraill.",
  },
  yourAnswers: "Cadw, llwytho neu ddileu eich atebion",
  another: "Ysgrifennu llythyr arall gyda'r un atebion",
  nextHeading: "Beth sy'n digwydd nesaf",
  noReplyHeading: "Os na chewch chi ateb",
  concernLink: "Codi pryder, gan ddefnyddio'r atebion rydych chi wedi'u rhoi yn barod",
  freeHelpHeading: "Help am ddim",
  editing: {
    start: "Newid y geiriad",
    finish: "Gorffen newid y geiriad",
    heading: "Newid y geiriad",
    intro: "Dewiswch Golygu wrth ymyl y rhan rydych chi eisiau ei newid. Bydd eich newidiadau ym mhob fersiwn o'ch llythyr: PDF, Word, argraffu a thestun.",
    edit: "Golygu",
    save: "Cadw",
    cancel: "Canslo",
    reset: "Mynd yn ôl at ein geiriad ni",
    /** Visually hidden words after Edit and Reset, naming the part: "paragraff 3". */
    part: "{kind} {number}",
    /** Visually hidden after Edit: the part and its first words, so each button says which words it changes. */
    partStarting: "{part}, sy'n dechrau “{start}”",
    resetFor: "ar gyfer {part}",
    /** Beside the patient's name, date of birth and number, which only the answers write. */
    fixed: "Mae'r rhan hon yn dod o'ch atebion, felly mae bob amser yn cyfateb iddyn nhw a gall y sawl sy'n ei darllen ddod o hyd i'ch cofnodion.",
    fixedLink: "Newid eich atebion",
    changed: "Rydych chi wedi newid hyn",
    /** Shown instead of "You changed this" on a reworded part whose own wording has moved on. */
    checkThis: "Gwiriwch hyn",
    removed: "Rydych chi wedi tynnu'r rhan hon. Ni fydd yn eich llythyr.",
    /** After "y" and "'r": none of these mutates there ("y rhestr"). */
    kinds: { address: "cyfeiriad", heading: "pennawd", paragraph: "paragraff", list: "rhestr", signature: "diweddglo" },
    label: "Newid y {kind}",
    tooLong: "Rhaid i'r {kind} fod yn {max} nod neu lai",
    hints: {
      address: "Rhowch bob llinell o'r cyfeiriad ar ei llinell ei hun.",
      heading: "",
      paragraph: "Dilëwch yr holl eiriau i adael y paragraff hwn allan.",
      list: "Rhowch bob pwynt ar ei linell ei hun.",
      signature: "Y llinell gyntaf yw'r diweddglo, fel “Yn gywir,”. Yna rhowch bob llinell o'r enw ar ei llinell ei hun.",
    },
  },
  /** Reworded parts written from answers (or dates) that have changed since (lib/letter/stale.ts). */
  stale: {
    heading: "Gwiriwch y rhannau rydych chi wedi'u haileirio",
    intro: staleIntro,
    /** {part}: "paragraff 3", in brackets: after "yn" it would need a mutation ("ym mharagraff 3"). {pages}: the answers' page names, quoted. */
    item: "Yn y rhan hon ({part}), fe wnaethoch chi newid {pages} ar ôl ei haileirio.",
    itemOther: "Yn y rhan hon ({part}), mae ein geiriad ni wedi newid ers i chi ei haileirio, er enghraifft dyddiad.",
    check: "Gwirio {part}",
    inPart: "Fe wnaethoch chi newid {pages} ar ôl aileirio'r rhan hon ({kind}): gwiriwch hi, neu defnyddiwch ein geiriad ni.",
    inPartOther:
      "Mae ein geiriad ni ar gyfer y rhan hon ({kind}) wedi newid ers i chi ei haileirio, er enghraifft dyddiad: gwiriwch hi, neu defnyddiwch ein geiriad ni.",
    oursNow: "Ein geiriad ni nawr:",
    useOurs: "Defnyddio ein geiriad ni",
    keep: "Cadw fy ngeiriad i",
  },
};
