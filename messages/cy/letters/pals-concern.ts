import type { palsConcern as en } from "../../en-GB/letters/pals-concern";

/**
 * Letter 4: a concern, to the body that can act on it in the patient's nation, with the free help
 * the patient can get named (letters.md, "Letter 4"). In Welsh, who was asked ends its sentence
 * ("Y person y gofynnais iddo oedd fy oncolegydd, Dr Paul Hughes."), after "oedd", which mutates
 * nothing: so `askedWhoNamed` needs no comma after the name.
 */
export const palsConcern: typeof en = {
  title: "Llythyr yn codi pryder am gais am ail farn",
  userTitle: "Codi pryder am fy nghais",
  description:
    "Os ydych chi wedi gofyn am ail farn ond heb gael ateb, heb gael rheswm, neu wedi cael “na” nad ydych chi'n cytuno ag ef, gallwch godi pryder gyda'r bobl sy'n gallu gweithredu. Nid cwyn ffurfiol yw hyn.",
  fileName: "llythyr-codi-pryder",
  documentTitle: "Pryder am gais am ail farn",
  documentSubject: "Pryder am gais am ail farn",
  subjectLine: "Pryder am gais am ail farn",
  /** What happened, said plainly: no "we cannot agree" when there was no reply. */
  happened: {
    "no-reply": {
      self: "Gofynnais am ail farn, a dydw i ddim wedi cael ateb.",
      she: "Gofynnodd hi am ail farn, a dydy hi ddim wedi cael ateb.",
      he: "Gofynnodd ef am ail farn, a dydy ef ddim wedi cael ateb.",
      they: "Gofynnon nhw am ail farn, a dydyn nhw ddim wedi cael ateb.",
      name: "Gofynnodd {patient} am ail farn, a does dim ateb wedi dod eto.",
    },
    "declined-no-reasons": {
      self: "Gofynnais am ail farn. Cafodd fy nghais ei wrthod, ac ni chefais wybod pam.",
      she: "Gofynnodd hi am ail farn. Cafodd y cais ei wrthod, ac ni chafodd hi wybod pam.",
      he: "Gofynnodd ef am ail farn. Cafodd y cais ei wrthod, ac ni chafodd ef wybod pam.",
      they: "Gofynnon nhw am ail farn. Cafodd y cais ei wrthod, ac ni chawson nhw wybod pam.",
      name: "Gofynnodd {patient} am ail farn. Cafodd y cais ei wrthod, ac ni chafodd {patient} wybod pam.",
    },
    declined: {
      self: "Gofynnais am ail farn. Cafodd fy nghais ei wrthod, a dydw i ddim yn cytuno â'r penderfyniad.",
      she: "Gofynnodd hi am ail farn. Cafodd y cais ei wrthod, a dydy hi ddim yn cytuno â'r penderfyniad.",
      he: "Gofynnodd ef am ail farn. Cafodd y cais ei wrthod, a dydy ef ddim yn cytuno â'r penderfyniad.",
      they: "Gofynnon nhw am ail farn. Cafodd y cais ei wrthod, a dydyn nhw ddim yn cytuno â'r penderfyniad.",
      name: "Gofynnodd {patient} am ail farn. Cafodd y cais ei wrthod, a dydy {patient} ddim yn cytuno â'r penderfyniad.",
    },
    delayed: {
      self: "Gofynnais am ail farn. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
      she: "Gofynnodd hi am ail farn. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
      he: "Gofynnodd ef am ail farn. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
      they: "Gofynnon nhw am ail farn. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
      name: "Gofynnodd {patient} am ail farn. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
    },
    other: {
      self: "Gofynnais am ail farn, ac mae angen help arnaf gyda'r hyn sydd wedi digwydd ers hynny.",
      she: "Gofynnodd hi am ail farn, ac mae angen help arnom ni gyda'r hyn sydd wedi digwydd ers hynny.",
      he: "Gofynnodd ef am ail farn, ac mae angen help arnom ni gyda'r hyn sydd wedi digwydd ers hynny.",
      they: "Gofynnon nhw am ail farn, ac mae angen help arnom ni gyda'r hyn sydd wedi digwydd ers hynny.",
      name: "Gofynnodd {patient} am ail farn, ac mae angen help arnom ni gyda'r hyn sydd wedi digwydd ers hynny.",
    },
  },
  /** Someone acting for a patient who cannot agree: the request was theirs, and so is the disagreement (letterShared.representative). */
  representative: {
    happened: {
      "no-reply": {
        she: "Gofynnais am ail farn iddi, a dydw i ddim wedi cael ateb.",
        he: "Gofynnais am ail farn iddo, a dydw i ddim wedi cael ateb.",
        they: "Gofynnais am ail farn iddyn nhw, a dydw i ddim wedi cael ateb.",
        name: "Gofynnais am ail farn ar gyfer {patient}, a dydw i ddim wedi cael ateb.",
      },
      "declined-no-reasons": {
        she: "Gofynnais am ail farn iddi. Cafodd y cais ei wrthod, ac ni chefais wybod pam.",
        he: "Gofynnais am ail farn iddo. Cafodd y cais ei wrthod, ac ni chefais wybod pam.",
        they: "Gofynnais am ail farn iddyn nhw. Cafodd y cais ei wrthod, ac ni chefais wybod pam.",
        name: "Gofynnais am ail farn ar gyfer {patient}. Cafodd y cais ei wrthod, ac ni chefais wybod pam.",
      },
      declined: {
        she: "Gofynnais am ail farn iddi. Cafodd y cais ei wrthod, a dydw i ddim yn cytuno â'r penderfyniad.",
        he: "Gofynnais am ail farn iddo. Cafodd y cais ei wrthod, a dydw i ddim yn cytuno â'r penderfyniad.",
        they: "Gofynnais am ail farn iddyn nhw. Cafodd y cais ei wrthod, a dydw i ddim yn cytuno â'r penderfyniad.",
        name: "Gofynnais am ail farn ar gyfer {patient}. Cafodd y cais ei wrthod, a dydw i ddim yn cytuno â'r penderfyniad.",
      },
      delayed: {
        she: "Gofynnais am ail farn iddi. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
        he: "Gofynnais am ail farn iddo. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
        they: "Gofynnais am ail farn iddyn nhw. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
        name: "Gofynnais am ail farn ar gyfer {patient}. Cytunwyd i hynny, ond does dim byd wedi digwydd eto.",
      },
      other: {
        she: "Gofynnais am ail farn iddi, ac mae angen help arnaf gyda'r hyn sydd wedi digwydd ers hynny.",
        he: "Gofynnais am ail farn iddo, ac mae angen help arnaf gyda'r hyn sydd wedi digwydd ers hynny.",
        they: "Gofynnais am ail farn iddyn nhw, ac mae angen help arnaf gyda'r hyn sydd wedi digwydd ers hynny.",
        name: "Gofynnais am ail farn ar gyfer {patient}, ac mae angen help arnaf gyda'r hyn sydd wedi digwydd ers hynny.",
      },
    },
    earlierRequest: {
      she: "Ar {date}, gofynnais am ail farn iddi. Y person y gofynnais iddo oedd {who}.",
      he: "Ar {date}, gofynnais am ail farn iddo. Y person y gofynnais iddo oedd {who}.",
      they: "Ar {date}, gofynnais am ail farn iddyn nhw. Y person y gofynnais iddo oedd {who}.",
      name: "Ar {date}, gofynnais am ail farn ar gyfer {patient}. Y person y gofynnais iddo oedd {who}.",
    },
    earlierRequestFrom: {
      she: "Ar {date}, gofynnais am ei hatgyfeirio at dîm arall, sef {team}. Y person y gofynnais iddo oedd {who}.",
      he: "Ar {date}, gofynnais am ei atgyfeirio at dîm arall, sef {team}. Y person y gofynnais iddo oedd {who}.",
      they: "Ar {date}, gofynnais am eu hatgyfeirio at dîm arall, sef {team}. Y person y gofynnais iddo oedd {who}.",
      name: "Ar {date}, gofynnais am atgyfeirio {patient} at dîm arall, sef {team}. Y person y gofynnais iddo oedd {who}.",
    },
    permissionYes: {
      she: "A wnewch chi gysylltu â'i meddyg ymgynghorol, {consultant}, a'i thîm gofal, {hospital}, am hyn, os gwelwch yn dda.",
      he: "A wnewch chi gysylltu â'i feddyg ymgynghorol, {consultant}, a'i dîm gofal, {hospital}, am hyn, os gwelwch yn dda.",
      they: "A wnewch chi gysylltu â'u meddyg ymgynghorol, {consultant}, a'u tîm gofal, {hospital}, am hyn, os gwelwch yn dda.",
      name: "A wnewch chi gysylltu â'r meddyg ymgynghorol, {consultant}, a'r tîm gofal, {hospital}, am hyn, os gwelwch yn dda.",
    },
  },
  earlierRequest: {
    self: "Ar {date}, gofynnais am ail farn. Y person y gofynnais iddo oedd {who}.",
    she: "Ar {date}, gofynnodd hi am ail farn. Y person y gofynnodd hi iddo oedd {who}.",
    he: "Ar {date}, gofynnodd ef am ail farn. Y person y gofynnodd ef iddo oedd {who}.",
    they: "Ar {date}, gofynnon nhw am ail farn. Y person y gofynnon nhw iddo oedd {who}.",
    name: "Ar {date}, gofynnodd {patient} am ail farn. Y person y gofynnwyd iddo oedd {who}.",
  },
  earlierRequestFrom: {
    self: "Ar {date}, gofynnais am atgyfeiriad at dîm arall, sef {team}. Y person y gofynnais iddo oedd {who}.",
    she: "Ar {date}, gofynnodd hi am atgyfeiriad at dîm arall, sef {team}. Y person y gofynnodd hi iddo oedd {who}.",
    he: "Ar {date}, gofynnodd ef am atgyfeiriad at dîm arall, sef {team}. Y person y gofynnodd ef iddo oedd {who}.",
    they: "Ar {date}, gofynnon nhw am atgyfeiriad at dîm arall, sef {team}. Y person y gofynnon nhw iddo oedd {who}.",
    name: "Ar {date}, gofynnodd {patient} am atgyfeiriad at dîm arall, sef {team}. Y person y gofynnwyd iddo oedd {who}.",
  },
  askedWho: {
    gp: { self: "fy meddyg teulu", she: "ei meddyg teulu", he: "ei feddyg teulu", they: "eu meddyg teulu", name: "y meddyg teulu" },
    oncologist: { self: "fy oncolegydd", she: "ei honcolegydd", he: "ei oncolegydd", they: "eu honcolegydd", name: "yr oncolegydd" },
    surgeon: { self: "fy llawfeddyg", she: "ei llawfeddyg", he: "ei lawfeddyg", they: "eu llawfeddyg", name: "y llawfeddyg" },
    other: { self: "fy nhîm gofal", she: "ei thîm gofal", he: "ei dîm gofal", they: "eu tîm gofal", name: "y tîm gofal" },
  },
  /** "fy meddyg teulu, Dr Shah": it ends the sentence in Welsh, so no comma follows the name. */
  askedWhoNamed: "{who}, {name}",
  patientOf: {
    self: "Rydw i'n un o gleifion {consultant} ({specialty}), {hospital}.",
    she: "Mae hi'n un o gleifion {consultant} ({specialty}), {hospital}.",
    he: "Mae ef yn un o gleifion {consultant} ({specialty}), {hospital}.",
    they: "Maen nhw'n un o gleifion {consultant} ({specialty}), {hospital}.",
    name: "Mae {patient} yn un o gleifion {consultant} ({specialty}), {hospital}.",
  },
  outcomes: {
    reply: {
      self: "A wnewch chi fy helpu i gael ateb i'r cais?",
      she: "A wnewch chi ein helpu i gael ateb i'r cais?",
      he: "A wnewch chi ein helpu i gael ateb i'r cais?",
      they: "A wnewch chi ein helpu i gael ateb i'r cais?",
      name: "A wnewch chi ein helpu i gael ateb i'r cais?",
    },
    "decision-with-reasons": {
      self: "A wnewch chi fy helpu i gael penderfyniad yn ysgrifenedig, gyda'r rhesymau drosto?",
      she: "A wnewch chi ein helpu i gael penderfyniad yn ysgrifenedig, gyda'r rhesymau drosto?",
      he: "A wnewch chi ein helpu i gael penderfyniad yn ysgrifenedig, gyda'r rhesymau drosto?",
      they: "A wnewch chi ein helpu i gael penderfyniad yn ysgrifenedig, gyda'r rhesymau drosto?",
      name: "A wnewch chi ein helpu i gael penderfyniad yn ysgrifenedig, gyda'r rhesymau drosto?",
    },
    referral: {
      self: "A wnewch chi fy helpu i sicrhau bod yr atgyfeiriad am ail farn yn cael ei wneud?",
      she: "A wnewch chi ein helpu i sicrhau bod yr atgyfeiriad am ail farn yn cael ei wneud?",
      he: "A wnewch chi ein helpu i sicrhau bod yr atgyfeiriad am ail farn yn cael ei wneud?",
      they: "A wnewch chi ein helpu i sicrhau bod yr atgyfeiriad am ail farn yn cael ei wneud?",
      name: "A wnewch chi ein helpu i sicrhau bod yr atgyfeiriad am ail farn yn cael ei wneud?",
    },
    meeting: "A wnewch chi drefnu cyfarfod gyda'r tîm i siarad am y peth?",
  },
  replyByItem: "A wnewch chi fy ateb erbyn {date}?",
  /** The consultant follows a comma, after "â'm meddyg ymgynghorol": "â" would aspirate a name ("â Phrofessor"). */
  permissionYes: {
    self: "Mae gennych chi fy nghaniatâd i gysylltu â'm meddyg ymgynghorol, {consultant}, a'm tîm gofal, {hospital}, am hyn.",
    she: "Mae hi'n fodlon i chi gysylltu â'i meddyg ymgynghorol, {consultant}, a'i thîm gofal, {hospital}, am hyn.",
    he: "Mae ef yn fodlon i chi gysylltu â'i feddyg ymgynghorol, {consultant}, a'i dîm gofal, {hospital}, am hyn.",
    they: "Maen nhw'n fodlon i chi gysylltu â'u meddyg ymgynghorol, {consultant}, a'u tîm gofal, {hospital}, am hyn.",
    name: "Mae {patient} yn fodlon i chi gysylltu â'r meddyg ymgynghorol, {consultant}, a'r tîm gofal, {hospital}, am hyn.",
  },
  permissionNo: {
    self: "Peidiwch â chysylltu â'm tîm gofal heb siarad â mi yn gyntaf, os gwelwch yn dda.",
    she: "Peidiwch â chysylltu â'i thîm gofal heb siarad â mi yn gyntaf, os gwelwch yn dda.",
    he: "Peidiwch â chysylltu â'i dîm gofal heb siarad â mi yn gyntaf, os gwelwch yn dda.",
    they: "Peidiwch â chysylltu â'u tîm gofal heb siarad â mi yn gyntaf, os gwelwch yn dda.",
    name: "Peidiwch â chysylltu â'r tîm gofal heb siarad â mi yn gyntaf, os gwelwch yn dda.",
  },
  extraHelp: {
    self: "Mae angen ychydig o help ychwanegol arnaf. {help}",
    she: "Mae angen ychydig o help ychwanegol arni. {help}",
    he: "Mae angen ychydig o help ychwanegol arno. {help}",
    they: "Mae angen ychydig o help ychwanegol arnyn nhw. {help}",
    name: "Mae {patient} yn gofyn am ychydig o help ychwanegol. {help}",
  },
  requestedOnAfterDate: "Rhaid i'r dyddiad y gwnaethoch chi ofyn fod ar ddyddiad y llythyr neu cyn hynny",
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Anfonwch y llythyr at y tîm sydd wedi'i enwi ar frig eich llythyr.",
  copyHint: "Gallwch gopïo'r llythyr a'i roi mewn e-bost at y tîm.",
  nextSteps: {
    paragraphs: [
      "Anfonwch eich llythyr at y tîm sydd ar y cyfeiriad. Mae eu manylion ar wefan yr ysbyty, y bwrdd iechyd neu'r practis, neu gallwch ofyn i switsfwrdd yr ysbyty.",
      "Fel arfer, byddan nhw'n cysylltu â chi i siarad am yr hyn sydd wedi digwydd a beth hoffech chi.",
      "Nid cwyn ffurfiol yw hon. Os hoffech chi wneud cwyn yn nes ymlaen, gallan nhw ddweud wrthych chi sut.",
      "Rhowch tua 2 wythnos iddyn nhw ateb, neu tan y dyddiad y gofynnoch chi amdano yn eich llythyr.",
    ],
    noReply: ["Ffoniwch nhw a gofynnwch a yw eich llythyr wedi cyrraedd. Cadwch gopi o'ch llythyr wrth law pan fyddwch chi'n ffonio."],
  },
};
