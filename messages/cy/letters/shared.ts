import type { letterShared as en } from "../../en-GB/letters/shared";
import type { Plural } from "../../types";

/**
 * Wording every letter shares, in Welsh. Each sentence is written out in five forms: `self` (the
 * patient writing: "fi"), and someone writing for the patient who names them "hi", "ef", "nhw" or
 * by name (`name`), since "ei" (her) aspirates, "ei" (his) soft-mutates and "eu" (their) puts an
 * h before a vowel, and no helper can do that to a word it has not seen.
 *
 * No placeholder follows a word that would mutate it: a name, hospital, team or consultant comes
 * after a colon, after "sef", "yw" or "mae", after a noun ("diagnosis {patient}"), or as the object
 * of a verb-noun ("atgyfeirio {patient}"), never after "i", "at", "am", "gan", "yn", "ei" or "fy".
 * Dates start with a digit, so "ar {date}" and "erbyn {date}" are safe.
 */

// Welsh has six plural forms (Intl.PluralRules("cy")); these read the same in each.
const outside: Plural = {
  zero: "Nid yw {hospitals} o fewn {nation}.",
  one: "Nid yw {hospitals} o fewn {nation}.",
  two: "Nid yw {hospitals} o fewn {nation}.",
  few: "Nid yw {hospitals} o fewn {nation}.",
  many: "Nid yw {hospitals} o fewn {nation}.",
  other: "Nid yw {hospitals} o fewn {nation}.",
};

const moreCharacters: Plural = {
  zero: "{count} arall",
  one: "{count} arall",
  two: "{count} arall",
  few: "{count} arall",
  many: "{count} arall",
  other: "{count} arall",
};

export const letterShared: typeof en = {
  /** Ends a sentence the user typed that has no closing punctuation. */
  fullStop: ".",
  /** Two sentences side by side in one paragraph. */
  twoSentences: "{first} {second}",
  confidential: "Preifat a chyfrinachol",
  /** A letter's file title unless the person chooses one that says what it is about: nothing of health. */
  neutralTitle: "Llythyr",
  phone: "Ffôn: {phone}",
  email: "E-bost: {email}",
  dear: "Annwyl {name},",
  patient: "Claf: {name}",
  dateOfBirth: "Dyddiad geni: {date}",
  identifier: "{term}: {number}",
  hospitalNumber: "Rhif ysbyty: {number}",
  /** Two lines of a recipient's address on one, so the address fits a window envelope's window. */
  addressLines: "{first}, {second}",
  patientAddress: "Cyfeiriad: {address}",
  /** Someone writing for the patient says who they are, and that the patient agrees, first. "Fi yw mab Gwen Pritchard." */
  helperIntro: {
    she: "Fi yw {relationship} {patient}. Mae hi wedi gofyn i mi ysgrifennu'r llythyr hwn. Mae hi'n fodlon i chi siarad â mi amdano.",
    he: "Fi yw {relationship} {patient}. Mae ef wedi gofyn i mi ysgrifennu'r llythyr hwn. Mae ef yn fodlon i chi siarad â mi amdano.",
    they: "Fi yw {relationship} {patient}. Maen nhw wedi gofyn i mi ysgrifennu'r llythyr hwn. Maen nhw'n fodlon i chi siarad â mi amdano.",
    name: "Fi yw {relationship} {patient}. Mae {patient} wedi gofyn i mi ysgrifennu'r llythyr hwn. Mae {patient} yn fodlon i chi siarad â mi amdano.",
  },
  /**
   * Someone acting for a patient who cannot agree says so first, and on what basis (letters.md,
   * "When the patient cannot agree"); never that the patient agreed or asked.
   */
  representative: {
    intro: {
      attorney: {
        she: "Fi yw {relationship} {patient}. Ni all hi wneud y penderfyniad hwn. Rydw i'n gweithredu ar ei rhan dan atwrneiaeth arhosol ar gyfer iechyd a lles. Gallaf anfon copi ohoni atoch chi.",
        he: "Fi yw {relationship} {patient}. Ni all ef wneud y penderfyniad hwn. Rydw i'n gweithredu ar ei ran dan atwrneiaeth arhosol ar gyfer iechyd a lles. Gallaf anfon copi ohoni atoch chi.",
        they: "Fi yw {relationship} {patient}. Ni allan nhw wneud y penderfyniad hwn. Rydw i'n gweithredu ar eu rhan dan atwrneiaeth arhosol ar gyfer iechyd a lles. Gallaf anfon copi ohoni atoch chi.",
        name: "Fi yw {relationship} {patient}. Ni all {patient} wneud y penderfyniad hwn. Rydw i'n gweithredu ar ran {patient} dan atwrneiaeth arhosol ar gyfer iechyd a lles. Gallaf anfon copi ohoni atoch chi.",
      },
      attorneyScotland: {
        she: "Fi yw {relationship} {patient}. Ni all hi wneud y penderfyniad hwn. Rydw i'n gweithredu ar ei rhan dan atwrneiaeth les. Gallaf anfon copi ohoni atoch chi.",
        he: "Fi yw {relationship} {patient}. Ni all ef wneud y penderfyniad hwn. Rydw i'n gweithredu ar ei ran dan atwrneiaeth les. Gallaf anfon copi ohoni atoch chi.",
        they: "Fi yw {relationship} {patient}. Ni allan nhw wneud y penderfyniad hwn. Rydw i'n gweithredu ar eu rhan dan atwrneiaeth les. Gallaf anfon copi ohoni atoch chi.",
        name: "Fi yw {relationship} {patient}. Ni all {patient} wneud y penderfyniad hwn. Rydw i'n gweithredu ar ran {patient} dan atwrneiaeth les. Gallaf anfon copi ohoni atoch chi.",
      },
      deputy: {
        she: "Fi yw {relationship} {patient}. Ni all hi wneud y penderfyniad hwn. Mae'r Llys Gwarchod wedi fy mhenodi'n ddirprwy iechyd a lles iddi. Gallaf anfon copi o orchymyn y llys atoch chi.",
        he: "Fi yw {relationship} {patient}. Ni all ef wneud y penderfyniad hwn. Mae'r Llys Gwarchod wedi fy mhenodi'n ddirprwy iechyd a lles iddo. Gallaf anfon copi o orchymyn y llys atoch chi.",
        they: "Fi yw {relationship} {patient}. Ni allan nhw wneud y penderfyniad hwn. Mae'r Llys Gwarchod wedi fy mhenodi'n ddirprwy iechyd a lles iddyn nhw. Gallaf anfon copi o orchymyn y llys atoch chi.",
        name: "Fi yw {relationship} {patient}. Ni all {patient} wneud y penderfyniad hwn. Mae'r Llys Gwarchod wedi fy mhenodi'n ddirprwy iechyd a lles ar gyfer {patient}. Gallaf anfon copi o orchymyn y llys atoch chi.",
      },
      guardian: {
        she: "Fi yw {relationship} {patient}. Ni all hi wneud y penderfyniad hwn. Mae siryf wedi fy mhenodi'n warcheidwad lles iddi. Gallaf anfon copi o'r gorchymyn gwarcheidiaeth atoch chi.",
        he: "Fi yw {relationship} {patient}. Ni all ef wneud y penderfyniad hwn. Mae siryf wedi fy mhenodi'n warcheidwad lles iddo. Gallaf anfon copi o'r gorchymyn gwarcheidiaeth atoch chi.",
        they: "Fi yw {relationship} {patient}. Ni allan nhw wneud y penderfyniad hwn. Mae siryf wedi fy mhenodi'n warcheidwad lles iddyn nhw. Gallaf anfon copi o'r gorchymyn gwarcheidiaeth atoch chi.",
        name: "Fi yw {relationship} {patient}. Ni all {patient} wneud y penderfyniad hwn. Mae siryf wedi fy mhenodi'n warcheidwad lles ar gyfer {patient}. Gallaf anfon copi o'r gorchymyn gwarcheidiaeth atoch chi.",
      },
      family: {
        she: "Fi yw {relationship} {patient}. Ni all hi wneud y penderfyniad hwn. Does gen i ddim pŵer cyfreithiol i benderfynu drosti. Rydw i'n gofyn am hyn er ei lles pennaf.",
        he: "Fi yw {relationship} {patient}. Ni all ef wneud y penderfyniad hwn. Does gen i ddim pŵer cyfreithiol i benderfynu drosto. Rydw i'n gofyn am hyn er ei les pennaf.",
        they: "Fi yw {relationship} {patient}. Ni allan nhw wneud y penderfyniad hwn. Does gen i ddim pŵer cyfreithiol i benderfynu drostyn nhw. Rydw i'n gofyn am hyn er eu lles pennaf.",
        name: "Fi yw {relationship} {patient}. Ni all {patient} wneud y penderfyniad hwn. Does gen i ddim pŵer cyfreithiol i benderfynu ar ran {patient}. Rydw i'n gofyn am hyn er lles pennaf {patient}.",
      },
    },
    /** Under the signature, what the writer is: nothing more for a relative or carer, whose basis the letter has said. */
    signedAs: {
      attorney: "Atwrnai iechyd a lles",
      attorneyScotland: "Atwrnai lles",
      deputy: "Dirprwy iechyd a lles",
      guardian: "Gwarcheidwad lles",
    },
    reasonsIntro: {
      she: "Rydw i'n gofyn am ail farn iddi oherwydd:",
      he: "Rydw i'n gofyn am ail farn iddo oherwydd:",
      they: "Rydw i'n gofyn am ail farn iddyn nhw oherwydd:",
      name: "Rydw i'n gofyn am ail farn ar gyfer {patient} oherwydd:",
    },
    reasons: {
      "turning-point": {
        she: "Mae ei thriniaeth ar drobwynt, ac rydw i eisiau bod yn siŵr am y cam nesaf",
        he: "Mae ei driniaeth ar drobwynt, ac rydw i eisiau bod yn siŵr am y cam nesaf",
        they: "Mae eu triniaeth ar drobwynt, ac rydw i eisiau bod yn siŵr am y cam nesaf",
        name: "Mae'r driniaeth ar drobwynt, ac rydw i eisiau bod yn siŵr am y cam nesaf",
      },
      "disagree-next-step": {
        she: "Dydw i ddim yn cytuno â'i thîm am y cam nesaf",
        he: "Dydw i ddim yn cytuno â'i dîm am y cam nesaf",
        they: "Dydw i ddim yn cytuno â'u tîm am y cam nesaf",
        name: "Dydw i ddim yn cytuno â'r tîm am y cam nesaf",
      },
      "confirm-plan": {
        she: "Hoffwn i arbenigwr arall wirio ei chynllun triniaeth",
        he: "Hoffwn i arbenigwr arall wirio ei gynllun triniaeth",
        they: "Hoffwn i arbenigwr arall wirio eu cynllun triniaeth",
        name: "Hoffwn i arbenigwr arall wirio'r cynllun triniaeth",
      },
      "particular-expertise": {
        she: "Hoffwn iddi weld arbenigwr sy'n gwybod llawer am ei math o ganser",
        he: "Hoffwn iddo weld arbenigwr sy'n gwybod llawer am ei fath o ganser",
        they: "Hoffwn iddyn nhw weld arbenigwr sy'n gwybod llawer am eu math o ganser",
        name: "Hoffwn i'r claf, {patient}, weld arbenigwr sy'n gwybod llawer am y math hwn o ganser",
      },
      "options-not-explored": {
        she: "Hoffwn wybod a oes dewisiadau eraill iddi, fel triniaethau eraill neu dreialon clinigol",
        he: "Hoffwn wybod a oes dewisiadau eraill iddo, fel triniaethau eraill neu dreialon clinigol",
        they: "Hoffwn wybod a oes dewisiadau eraill iddyn nhw, fel triniaethau eraill neu dreialon clinigol",
        name: "Hoffwn wybod a oes dewisiadau eraill ar gyfer {patient}, fel triniaethau eraill neu dreialon clinigol",
      },
    },
    copyNo: {
      she: "Peidiwch ag anfon copi o'r llythyr hwn at ei thîm presennol eto, os gwelwch yn dda. Hoffwn i ddweud wrth y tîm yn gyntaf.",
      he: "Peidiwch ag anfon copi o'r llythyr hwn at ei dîm presennol eto, os gwelwch yn dda. Hoffwn i ddweud wrth y tîm yn gyntaf.",
      they: "Peidiwch ag anfon copi o'r llythyr hwn at eu tîm presennol eto, os gwelwch yn dda. Hoffwn i ddweud wrth y tîm yn gyntaf.",
      name: "Peidiwch ag anfon copi o'r llythyr hwn at y tîm presennol eto, os gwelwch yn dda. Hoffwn i ddweud wrth y tîm yn gyntaf.",
    },
  },
  asking: "Beth rydw i'n gofyn i chi ei wneud:",
  stages: {
    "diagnosed-awaiting-plan": {
      self: "Rydw i'n aros am gynllun triniaeth.",
      she: "Mae hi'n aros am gynllun triniaeth.",
      he: "Mae ef yn aros am gynllun triniaeth.",
      they: "Maen nhw'n aros am gynllun triniaeth.",
      name: "Mae {patient} yn aros am gynllun triniaeth.",
    },
    "plan-agreed-not-started": {
      self: "Rydw i wedi cael cynllun triniaeth, ond nid yw wedi dechrau eto.",
      she: "Mae hi wedi cael cynllun triniaeth, ond nid yw wedi dechrau eto.",
      he: "Mae ef wedi cael cynllun triniaeth, ond nid yw wedi dechrau eto.",
      they: "Maen nhw wedi cael cynllun triniaeth, ond nid yw wedi dechrau eto.",
      name: "Mae {patient} wedi cael cynllun triniaeth, ond nid yw wedi dechrau eto.",
    },
    "in-treatment": {
      self: "Rydw i'n cael triniaeth nawr.",
      she: "Mae hi'n cael triniaeth nawr.",
      he: "Mae ef yn cael triniaeth nawr.",
      they: "Maen nhw'n cael triniaeth nawr.",
      name: "Mae {patient} yn cael triniaeth nawr.",
    },
    "treatment-finished": {
      self: "Rydw i wedi gorffen fy nhriniaeth.",
      she: "Mae hi wedi gorffen ei thriniaeth.",
      he: "Mae ef wedi gorffen ei driniaeth.",
      they: "Maen nhw wedi gorffen eu triniaeth.",
      name: "Mae {patient} wedi gorffen y driniaeth.",
    },
    "cancer-returned": {
      self: "Mae fy nghanser wedi dod yn ôl.",
      she: "Mae ei chanser wedi dod yn ôl.",
      he: "Mae ei ganser wedi dod yn ôl.",
      they: "Mae eu canser wedi dod yn ôl.",
      name: "Mae'r canser wedi dod yn ôl.",
    },
    "no-further-treatment-offered": {
      self: "Rydw i wedi cael gwybod nad oes modd cynnig rhagor o driniaeth.",
      she: "Mae hi wedi cael gwybod nad oes modd cynnig rhagor o driniaeth.",
      he: "Mae ef wedi cael gwybod nad oes modd cynnig rhagor o driniaeth.",
      they: "Maen nhw wedi cael gwybod nad oes modd cynnig rhagor o driniaeth.",
      name: "Mae {patient} wedi cael gwybod nad oes modd cynnig rhagor o driniaeth.",
    },
  },
  /** The hospital follows the consultant after a comma, as in an address: "yn" would mutate it. */
  currentCare: {
    self: "Fy niagnosis yw {condition}. Fy meddyg ymgynghorol yw {consultant} ({specialty}), {hospital}.",
    she: "Ei diagnosis yw {condition}. Ei meddyg ymgynghorol yw {consultant} ({specialty}), {hospital}.",
    he: "Ei ddiagnosis yw {condition}. Ei feddyg ymgynghorol yw {consultant} ({specialty}), {hospital}.",
    they: "Eu diagnosis yw {condition}. Eu meddyg ymgynghorol yw {consultant} ({specialty}), {hospital}.",
    name: "Diagnosis {patient} yw {condition}. Y meddyg ymgynghorol yw {consultant} ({specialty}), {hospital}.",
  },
  mdtDecision: {
    self: "Gwnaeth fy nhîm ei benderfyniad ar {date}.",
    she: "Gwnaeth ei thîm ei benderfyniad ar {date}.",
    he: "Gwnaeth ei dîm ei benderfyniad ar {date}.",
    they: "Gwnaeth eu tîm ei benderfyniad ar {date}.",
    name: "Gwnaeth y tîm ei benderfyniad ar {date}.",
  },
  /**
   * A team, as the letters name it after "sef" or a colon: "Yr Athro Jane Smith (Uned Sarcoma), The
   * Royal Marsden". The hospital follows a comma, as in an address, so no "yn" mutates it.
   */
  team: {
    clinicianAndTeam: "{clinician} ({team}), {hospital}",
    clinician: "{clinician}, {hospital}",
    /** A team the user named: "the Sarcoma Unit at …" when its name says what it is, else "the Haematology team at …". */
    team: "{team}, {hospital}",
    teamOf: "tîm {team}, {hospital}",
    /**
     * The last words of a team's name that already say it is a team (case aside). Kept in English:
     * a Welsh name says it first ("Uned Sarcoma"), and only the last word is looked at.
     */
    // The English words, for names written in English, and the Welsh: tîm, uned, gwasanaeth, canolfan, clinig, adran.
    teamWords: ["team", "unit", "service", "centre", "center", "clinic", "department", "mdt", "tîm", "uned", "gwasanaeth", "canolfan", "clinig", "adran"],
    hospital: "tîm arbenigol, {hospital}",
  },
  referTo: {
    self: "A wnewch chi fy atgyfeirio at fy newis cyntaf, sef {team}?",
    she: "A wnewch chi ei hatgyfeirio at ei dewis cyntaf, sef {team}?",
    he: "A wnewch chi ei atgyfeirio at ei ddewis cyntaf, sef {team}?",
    they: "A wnewch chi eu hatgyfeirio at eu dewis cyntaf, sef {team}?",
    name: "A wnewch chi atgyfeirio {patient} at y dewis cyntaf, sef {team}?",
  },
  backup: {
    self: "Os na all y tîm hwnnw fy ngweld, a wnewch chi fy atgyfeirio at fy ail ddewis, sef {team}, neu at dîm {kind} addas arall?",
    she: "Os na all y tîm hwnnw ei gweld, a wnewch chi ei hatgyfeirio at ei hail ddewis, sef {team}, neu at dîm {kind} addas arall?",
    he: "Os na all y tîm hwnnw ei weld, a wnewch chi ei atgyfeirio at ei ail ddewis, sef {team}, neu at dîm {kind} addas arall?",
    they: "Os na all y tîm hwnnw eu gweld, a wnewch chi eu hatgyfeirio at eu hail ddewis, sef {team}, neu at dîm {kind} addas arall?",
    name: "Os na all y tîm hwnnw weld {patient}, a wnewch chi atgyfeirio {patient} at yr ail ddewis, sef {team}, neu at dîm {kind} addas arall?",
  },
  /**
   * From Northern Ireland a GP cannot refer to a team outside it: a consultant asks for an Extra
   * Contractual Referral (letters.md, "Referral routes and borders"). So a GP letter asks for that,
   * or for a consultant in Northern Ireland who can.
   */
  extraContractual: {
    self: "A wnewch chi ofyn i'm meddyg ymgynghorol, {consultant}, wneud cais am atgyfeiriad at fy newis cyntaf, sef {team}? Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn. Neu a wnewch chi fy atgyfeirio at feddyg ymgynghorol yng Ngogledd Iwerddon sy'n gallu gwneud cais amdano?",
    she: "A wnewch chi ofyn i'w meddyg ymgynghorol, {consultant}, wneud cais am atgyfeiriad at ei dewis cyntaf, sef {team}? Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn. Neu a wnewch chi ei hatgyfeirio at feddyg ymgynghorol yng Ngogledd Iwerddon sy'n gallu gwneud cais amdano?",
    he: "A wnewch chi ofyn i'w feddyg ymgynghorol, {consultant}, wneud cais am atgyfeiriad at ei ddewis cyntaf, sef {team}? Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn. Neu a wnewch chi ei atgyfeirio at feddyg ymgynghorol yng Ngogledd Iwerddon sy'n gallu gwneud cais amdano?",
    they: "A wnewch chi ofyn i'w meddyg ymgynghorol, {consultant}, wneud cais am atgyfeiriad at eu dewis cyntaf, sef {team}? Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn. Neu a wnewch chi eu hatgyfeirio at feddyg ymgynghorol yng Ngogledd Iwerddon sy'n gallu gwneud cais amdano?",
    name: "A wnewch chi ofyn i'r meddyg ymgynghorol, {consultant}, wneud cais am atgyfeiriad at y dewis cyntaf, sef {team}? Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn. Neu a wnewch chi atgyfeirio {patient} at feddyg ymgynghorol yng Ngogledd Iwerddon sy'n gallu gwneud cais amdano?",
  },
  /** A back-up outside Northern Ireland, asked for the same way. */
  extraContractualBackup: {
    self: "Os na all y tîm hwnnw fy ngweld, a wnewch chi ofyn am atgyfeiriad at fy ail ddewis, sef {team}, yn yr un ffordd, neu fy atgyfeirio at dîm {kind} addas arall?",
    she: "Os na all y tîm hwnnw ei gweld, a wnewch chi ofyn am atgyfeiriad at ei hail ddewis, sef {team}, yn yr un ffordd, neu ei hatgyfeirio at dîm {kind} addas arall?",
    he: "Os na all y tîm hwnnw ei weld, a wnewch chi ofyn am atgyfeiriad at ei ail ddewis, sef {team}, yn yr un ffordd, neu ei atgyfeirio at dîm {kind} addas arall?",
    they: "Os na all y tîm hwnnw eu gweld, a wnewch chi ofyn am atgyfeiriad at eu hail ddewis, sef {team}, yn yr un ffordd, neu eu hatgyfeirio at dîm {kind} addas arall?",
    name: "Os na all y tîm hwnnw weld {patient}, a wnewch chi ofyn am atgyfeiriad at yr ail ddewis, sef {team}, yn yr un ffordd, neu atgyfeirio {patient} at dîm {kind} addas arall?",
  },
  noBackup: {
    self: "Os na all y tîm hwnnw fy ngweld, a wnewch chi fy atgyfeirio at dîm {kind} addas arall?",
    she: "Os na all y tîm hwnnw ei gweld, a wnewch chi ei hatgyfeirio at dîm {kind} addas arall?",
    he: "Os na all y tîm hwnnw ei weld, a wnewch chi ei atgyfeirio at dîm {kind} addas arall?",
    they: "Os na all y tîm hwnnw eu gweld, a wnewch chi eu hatgyfeirio at dîm {kind} addas arall?",
    name: "Os na all y tîm hwnnw weld {patient}, a wnewch chi atgyfeirio {patient} at dîm {kind} addas arall?",
  },
  /** A GP does not hold scans: they ask the hospital to share them (letters.md). */
  gpRecords: {
    self: "A wnewch chi anfon fy llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad, a gofyn i'r ysbyty rannu fy sganiau gyda'r tîm newydd?",
    she: "A wnewch chi anfon ei llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad, a gofyn i'r ysbyty rannu ei sganiau gyda'r tîm newydd?",
    he: "A wnewch chi anfon ei lythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad, a gofyn i'r ysbyty rannu ei sganiau gyda'r tîm newydd?",
    they: "A wnewch chi anfon eu llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad, a gofyn i'r ysbyty rannu eu sganiau gyda'r tîm newydd?",
    name: "A wnewch chi anfon y llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad, a gofyn i'r ysbyty rannu'r sganiau gyda'r tîm newydd?",
  },
  hospitalRecords: {
    self: "A wnewch chi anfon fy sganiau, fy llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad?",
    she: "A wnewch chi anfon ei sganiau, ei llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad?",
    he: "A wnewch chi anfon ei sganiau, ei lythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad?",
    they: "A wnewch chi anfon eu sganiau, eu llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad?",
    name: "A wnewch chi anfon y sganiau, y llythyrau clinig a chanlyniadau cyfarfodydd tîm gyda'r atgyfeiriad?",
  },
  replyByItem: "A wnewch chi roi gwybod i mi erbyn {date} a allwch chi wneud yr atgyfeiriad hwn?",
  whyPreferred: "Pam y tîm hwn: {why}",
  reasonsIntro: {
    self: "Hoffwn i gael ail farn oherwydd:",
    she: "Hoffai hi gael ail farn oherwydd:",
    he: "Hoffai ef gael ail farn oherwydd:",
    they: "Hoffen nhw gael ail farn oherwydd:",
    name: "Hoffai {patient} gael ail farn oherwydd:",
  },
  reasons: {
    "turning-point": {
      self: "Rydw i ar drobwynt yn fy nhriniaeth, ac rydw i eisiau bod yn siŵr am y cam nesaf",
      she: "Mae hi ar drobwynt yn ei thriniaeth, ac mae hi eisiau bod yn siŵr am y cam nesaf",
      he: "Mae ef ar drobwynt yn ei driniaeth, ac mae ef eisiau bod yn siŵr am y cam nesaf",
      they: "Maen nhw ar drobwynt yn eu triniaeth, ac maen nhw eisiau bod yn siŵr am y cam nesaf",
      name: "Mae {patient} ar drobwynt yn y driniaeth, ac eisiau bod yn siŵr am y cam nesaf",
    },
    "disagree-next-step": {
      self: "Dydw i ddim yn cytuno â'm tîm am y cam nesaf",
      she: "Dydy hi ddim yn cytuno â'i thîm am y cam nesaf",
      he: "Dydy ef ddim yn cytuno â'i dîm am y cam nesaf",
      they: "Dydyn nhw ddim yn cytuno â'u tîm am y cam nesaf",
      name: "Dydy {patient} ddim yn cytuno â'r tîm am y cam nesaf",
    },
    "confirm-plan": {
      self: "Hoffwn i arbenigwr arall wirio fy nghynllun triniaeth",
      she: "Hoffai hi i arbenigwr arall wirio ei chynllun triniaeth",
      he: "Hoffai ef i arbenigwr arall wirio ei gynllun triniaeth",
      they: "Hoffen nhw i arbenigwr arall wirio eu cynllun triniaeth",
      name: "Hoffai {patient} i arbenigwr arall wirio'r cynllun triniaeth",
    },
    "particular-expertise": {
      self: "Hoffwn i weld arbenigwr sy'n gwybod llawer am fy math i o ganser",
      she: "Hoffai hi weld arbenigwr sy'n gwybod llawer am ei math hi o ganser",
      he: "Hoffai ef weld arbenigwr sy'n gwybod llawer am ei fath ef o ganser",
      they: "Hoffen nhw weld arbenigwr sy'n gwybod llawer am eu math nhw o ganser",
      name: "Hoffai {patient} weld arbenigwr sy'n gwybod llawer am y math hwn o ganser",
    },
    "options-not-explored": {
      self: "Hoffwn i wybod a oes dewisiadau eraill, fel triniaethau eraill neu dreialon clinigol",
      she: "Hoffai hi wybod a oes dewisiadau eraill, fel triniaethau eraill neu dreialon clinigol",
      he: "Hoffai ef wybod a oes dewisiadau eraill, fel triniaethau eraill neu dreialon clinigol",
      they: "Hoffen nhw wybod a oes dewisiadau eraill, fel triniaethau eraill neu dreialon clinigol",
      name: "Hoffai {patient} wybod a oes dewisiadau eraill, fel triniaethau eraill neu dreialon clinigol",
    },
  },
  /**
   * A team outside the patient's nation is referred to another way (letters.md, "Referral routes
   * and borders"). "o fewn" (within) mutates nothing, so the nation's name can follow it.
   */
  crossBorder: {
    outside,
    "northern-ireland": {
      gp: "Rydw i'n gwybod bod rhaid i feddyg ymgynghorol wneud cais am atgyfeiriad yno. Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn.",
      consultant:
        "Rydw i'n gwybod y byddai angen i chi wneud cais am atgyfeiriad yno. Atgyfeiriad Allgontractiol (Extra Contractual Referral) yw'r enw ar hyn.",
    },
    other: {
      self: "Rydw i'n gwybod y gallai fod angen i'm bwrdd iechyd gytuno i atgyfeiriad yno.",
      she: "Rydw i'n gwybod y gallai fod angen i'w bwrdd iechyd gytuno i atgyfeiriad yno.",
      he: "Rydw i'n gwybod y gallai fod angen i'w fwrdd iechyd gytuno i atgyfeiriad yno.",
      they: "Rydw i'n gwybod y gallai fod angen i'w bwrdd iechyd gytuno i atgyfeiriad yno.",
      name: "Rydw i'n gwybod y gallai fod angen i'r bwrdd iechyd gytuno i atgyfeiriad yno.",
    },
    england: "Rydw i'n gwybod y gallai fod angen i'r bwrdd gofal integredig gytuno i atgyfeiriad yno.",
  },
  nations: { england: "Lloegr", wales: "Cymru", scotland: "yr Alban", "northern-ireland": "Gogledd Iwerddon" },
  copyYes: "Cewch anfon copi o'r llythyr hwn at y meddyg ymgynghorol, {consultant}.",
  copyNo: {
    self: "Peidiwch ag anfon copi o'r llythyr hwn at fy nhîm presennol eto, os gwelwch yn dda. Hoffwn i ddweud wrthyn nhw fy hun.",
    she: "Peidiwch ag anfon copi o'r llythyr hwn at ei thîm presennol eto, os gwelwch yn dda. Hoffai hi ddweud wrth y tîm yn gyntaf.",
    he: "Peidiwch ag anfon copi o'r llythyr hwn at ei dîm presennol eto, os gwelwch yn dda. Hoffai ef ddweud wrth y tîm yn gyntaf.",
    they: "Peidiwch ag anfon copi o'r llythyr hwn at eu tîm presennol eto, os gwelwch yn dda. Hoffen nhw ddweud wrth y tîm yn gyntaf.",
    name: "Peidiwch ag anfon copi o'r llythyr hwn at y tîm presennol eto, os gwelwch yn dda. Hoffai {patient} ddweud wrth y tîm yn gyntaf.",
  },
  /** What the patient will do while they wait: only what is true at their stage (letters.md). */
  keepCare: {
    treatment: {
      self: "Byddaf yn parhau â'm triniaeth wrth aros, a bydd fy nhîm presennol yn dal i ofalu amdanaf.",
      she: "Bydd hi'n parhau â'i thriniaeth wrth aros, a bydd ei thîm presennol yn dal i ofalu amdani.",
      he: "Bydd ef yn parhau â'i driniaeth wrth aros, a bydd ei dîm presennol yn dal i ofalu amdano.",
      they: "Byddan nhw'n parhau â'u triniaeth wrth aros, a bydd eu tîm presennol yn dal i ofalu amdanyn nhw.",
      name: "Bydd {patient} yn parhau â'r driniaeth tra bydd {patient} yn aros, a bydd y tîm presennol yn dal yn gyfrifol am ofal {patient}.",
    },
    appointments: {
      self: "Byddaf yn mynd i'm hapwyntiadau wrth aros, a bydd fy nhîm presennol yn dal i ofalu amdanaf.",
      she: "Bydd hi'n mynd i'w hapwyntiadau wrth aros, a bydd ei thîm presennol yn dal i ofalu amdani.",
      he: "Bydd ef yn mynd i'w apwyntiadau wrth aros, a bydd ei dîm presennol yn dal i ofalu amdano.",
      they: "Byddan nhw'n mynd i'w hapwyntiadau wrth aros, a bydd eu tîm presennol yn dal i ofalu amdanyn nhw.",
      name: "Bydd {patient} yn mynd i'r apwyntiadau tra bydd {patient} yn aros, a bydd y tîm presennol yn dal yn gyfrifol am ofal {patient}.",
    },
    checkUps: {
      self: "Byddaf yn mynd i'm hapwyntiadau dilynol wrth aros, a bydd fy nhîm presennol yn dal i ofalu amdanaf.",
      she: "Bydd hi'n mynd i'w hapwyntiadau dilynol wrth aros, a bydd ei thîm presennol yn dal i ofalu amdani.",
      he: "Bydd ef yn mynd i'w apwyntiadau dilynol wrth aros, a bydd ei dîm presennol yn dal i ofalu amdano.",
      they: "Byddan nhw'n mynd i'w hapwyntiadau dilynol wrth aros, a bydd eu tîm presennol yn dal i ofalu amdanyn nhw.",
      name: "Bydd {patient} yn mynd i'r apwyntiadau dilynol tra bydd {patient} yn aros, a bydd y tîm presennol yn dal yn gyfrifol am ofal {patient}.",
    },
  },
  unsafeDelay: {
    self: "Rhowch wybod i mi os gallai aros fod yn anniogel i mi.",
    she: "Rhowch wybod i mi os gallai aros fod yn anniogel iddi.",
    he: "Rhowch wybod i mi os gallai aros fod yn anniogel iddo.",
    they: "Rhowch wybod i mi os gallai aros fod yn anniogel iddyn nhw.",
    name: "Rhowch wybod i mi os gallai aros fod yn anniogel yn achos {patient}.",
  },
  /** To non-clinical staff (a concerns team): they ask the care team, who can answer a clinical question (letters.md, "Letter 4"). */
  unsafeDelayAskTeam: {
    self: "Gofynnwch i'm tîm gofal roi gwybod i mi os gallai aros fod yn anniogel i mi.",
    she: "Gofynnwch i'w thîm gofal roi gwybod i mi os gallai aros fod yn anniogel iddi.",
    he: "Gofynnwch i'w dîm gofal roi gwybod i mi os gallai aros fod yn anniogel iddo.",
    they: "Gofynnwch i'w tîm gofal roi gwybod i mi os gallai aros fod yn anniogel iddyn nhw.",
    name: "Gofynnwch i'r tîm gofal roi gwybod i mi os gallai aros fod yn anniogel yn achos {patient}.",
  },
  /** Paying privately, said accurately (letters.md, "Paying privately"). */
  private: {
    "would-pay": {
      self: "Efallai y byddaf hefyd yn talu i weld arbenigwr yn breifat, a byddai llythyr gennych chi yn help. Rydw i'n gwybod y gallai fod ffi. Ni fyddai fy lle ar restrau aros y GIG yn newid.",
      she: "Efallai y bydd hi hefyd yn talu i weld arbenigwr yn breifat, a byddai llythyr gennych chi yn help. Rydw i'n gwybod y gallai fod ffi. Ni fyddai ei lle ar restrau aros y GIG yn newid.",
      he: "Efallai y bydd ef hefyd yn talu i weld arbenigwr yn breifat, a byddai llythyr gennych chi yn help. Rydw i'n gwybod y gallai fod ffi. Ni fyddai ei le ar restrau aros y GIG yn newid.",
      they: "Efallai y byddan nhw hefyd yn talu i weld arbenigwr yn breifat, a byddai llythyr gennych chi yn help. Rydw i'n gwybod y gallai fod ffi. Ni fyddai eu lle ar restrau aros y GIG yn newid.",
      name: "Efallai y bydd {patient} hefyd yn talu i weld arbenigwr yn breifat, a byddai llythyr gennych chi yn help. Rydw i'n gwybod y gallai fod ffi. Ni fyddai'r lle ar restrau aros y GIG yn newid.",
    },
    insured: {
      self: "Mae gen i yswiriant meddygol preifat, ac mae angen llythyr atgyfeirio ar fy nghwmni yswiriant. A wnewch chi ysgrifennu un? Rydw i'n gwybod y gallai fod ffi. Ni fyddai fy lle ar restrau aros y GIG yn newid.",
      she: "Mae ganddi yswiriant meddygol preifat, ac mae angen llythyr atgyfeirio ar y cwmni yswiriant. A wnewch chi ysgrifennu un? Rydw i'n gwybod y gallai fod ffi. Ni fyddai ei lle ar restrau aros y GIG yn newid.",
      he: "Mae ganddo yswiriant meddygol preifat, ac mae angen llythyr atgyfeirio ar y cwmni yswiriant. A wnewch chi ysgrifennu un? Rydw i'n gwybod y gallai fod ffi. Ni fyddai ei le ar restrau aros y GIG yn newid.",
      they: "Mae ganddyn nhw yswiriant meddygol preifat, ac mae angen llythyr atgyfeirio ar y cwmni yswiriant. A wnewch chi ysgrifennu un? Rydw i'n gwybod y gallai fod ffi. Ni fyddai eu lle ar restrau aros y GIG yn newid.",
      name: "Mae gan y claf, {patient}, yswiriant meddygol preifat, ac mae angen llythyr atgyfeirio ar y cwmni yswiriant. A wnewch chi ysgrifennu un? Rydw i'n gwybod y gallai fod ffi. Ni fyddai'r lle ar restrau aros y GIG yn newid.",
    },
  },
  enclosureNames: {
    "clinic-letters": "llythyrau clinig",
    "scan-reports": "adroddiadau sgan",
    histology: "adroddiadau prawf meinwe (histoleg)",
    "mdt-outcome": "llythyr canlyniad cyfarfod tîm",
    "treatment-summary": "crynodeb o'r driniaeth",
  },
  /**
   * The enclosures named without "my" or "her": "fy", "ei" and "eu" would mutate the first of them
   * ("fy nghrynodeb", "ei lythyrau"), which code cannot do. Whose they are is plain from the letter.
   */
  enclosuresListed: { self: "{items}", she: "{items}", he: "{items}", they: "{items}", name: "{items}" },
  enclosed: "Rydw i wedi rhoi copïau o'r canlynol gyda'r llythyr hwn: {items}.",
  /** One way to reply, the one the writer chose: the others are not mentioned, so nothing contradicts it. */
  /** A letter in English from someone whose care is in Wales and who wants replies in Welsh (issue 24). */
  repliesInWelsh: "Atebwch yn Gymraeg, os gwelwch yn dda.",
  reply: {
    self: "Atebwch {how}, os gwelwch yn dda.",
    she: "Atebwch fi {how}, os gwelwch yn dda.",
    he: "Atebwch fi {how}, os gwelwch yn dda.",
    they: "Atebwch fi {how}, os gwelwch yn dda.",
    name: "Atebwch fi {how}, os gwelwch yn dda.",
  },
  contactBy: { phone: "dros y ffôn ar {phone}", email: "drwy e-bost i {email}", post: "drwy'r post i'r cyfeiriad uchod" },
  /** {format} ends both sentences: "yn" before a language's name would mutate it, so that is "yn yr iaith hon: …". */
  informationFormat: {
    self: "Mae angen gwybodaeth arnaf {format}. Os gwelwch yn dda, anfonwch eich ateb, ac unrhyw lythyrau ataf, {format}.",
    she: "Mae angen gwybodaeth arni {format}. Os gwelwch yn dda, anfonwch eich ateb, ac unrhyw lythyrau ati, {format}.",
    he: "Mae angen gwybodaeth arno {format}. Os gwelwch yn dda, anfonwch eich ateb, ac unrhyw lythyrau ato, {format}.",
    they: "Mae angen gwybodaeth arnyn nhw {format}. Os gwelwch yn dda, anfonwch eich ateb, ac unrhyw lythyrau atyn nhw, {format}.",
    name: "Mae angen gwybodaeth ar {patient} {format}. Os gwelwch yn dda, anfonwch eich ateb, ac unrhyw lythyrau at {patient}, {format}.",
  },
  formats: {
    "large-print": "mewn print bras",
    email: "drwy e-bost",
    braille: "mewn Braille",
    "easy-read": "mewn fformat hawdd ei ddeall",
    audio: "ar ffurf sain",
    language: "yn yr iaith hon: {language}",
  },
  thanks: "Diolch am eich help.",
  closing: "Yn gywir,",
  /** A helper signs as themselves: "Owen Pritchard, mab Gwen Pritchard". */
  signedAs: "{writer}, {relationship} {patient}",
  patientAgrees: "Mae {patient} yn cytuno â'r llythyr hwn: ____________________",
  replyByAfterDate: "Rhaid i'r dyddiad ateb erbyn fod ar ôl dyddiad y llythyr ({date})",
  /**
   * The letter's files: the footer on every page of a long letter, the header on every page after
   * the first, and the file properties.
   */
  pageOf: "Tudalen {page} o {total}",
  continuation: "{patient} – {identifier}",
  producer: "Llythyrau ail farn",
  madeWith: "Gwnaed gan ddefnyddio {producer}",
  /** What the command line and the letter page say of characters the PDF's lettering lacks. */
  moreCharacters,
};
