import type { followUpNoReply as en } from "../../en-GB/letters/follow-up-no-reply";

/**
 * Letter 5: asking again, when a letter asking for a referral has had no reply (letters.md,
 * "Letter 4" and "After the letter"). `{service}` (an addressee's name from routes.ts, and the
 * organisation's) follows "sef", which mutates nothing.
 */
export const followUpNoReply: typeof en = {
  title: "Llythyr dilynol pan nad oes ateb wedi dod i gais am ail farn",
  userTitle: "Mynd ar ôl llythyr sydd heb gael ateb",
  description: "Os ydych chi wedi anfon llythyr yn gofyn am atgyfeiriad a heb gael ateb, mae'r llythyr hwn yn gofyn eto ac yn rhoi dyddiad newydd.",
  fileName: "llythyr-dilynol",
  documentTitle: "Llythyr dilynol: cais am ail farn",
  documentSubject: "Llythyr dilynol i gais am ail farn",
  /** The first letter's heading, marked as a follow-up. */
  subjectLine: "Llythyr dilynol: {subject}",
  sentBy: {
    post: "drwy'r post",
    email: "drwy e-bost",
    "online-form": "drwy eich ffurflen ar-lein",
    "by-hand": "â llaw",
  },
  firstLetter: {
    self: "Ar {date}, anfonais lythyr atoch chi {how}. Ei bennawd oedd “{subject}”. Dydw i ddim wedi cael ateb.",
    she: "Ar {date}, anfonais lythyr atoch chi {how} am ei gofal. Ei bennawd oedd “{subject}”. Dydyn ni ddim wedi cael ateb.",
    he: "Ar {date}, anfonais lythyr atoch chi {how} am ei ofal. Ei bennawd oedd “{subject}”. Dydyn ni ddim wedi cael ateb.",
    they: "Ar {date}, anfonais lythyr atoch chi {how} am eu gofal. Ei bennawd oedd “{subject}”. Dydyn ni ddim wedi cael ateb.",
    name: "Ar {date}, anfonais lythyr atoch chi {how} am ofal {patient}. Ei bennawd oedd “{subject}”. Dydyn ni ddim wedi cael ateb.",
  },
  /** The first letter goes with this one (the letter page offers its PDF), so they can act on it today. */
  copy: {
    self: "Rydw i wedi rhoi copi o'm llythyr cyntaf gyda'r llythyr hwn.",
    she: "Rydw i wedi rhoi copi o'm llythyr cyntaf gyda'r llythyr hwn.",
    he: "Rydw i wedi rhoi copi o'm llythyr cyntaf gyda'r llythyr hwn.",
    they: "Rydw i wedi rhoi copi o'm llythyr cyntaf gyda'r llythyr hwn.",
    name: "Rydw i wedi rhoi copi o'm llythyr cyntaf gyda'r llythyr hwn.",
  },
  /** Who the patient will raise a concern with if there is still no reply: the body that can act (letters.md, "Letter 4"). */
  nextStep: {
    self: "Os na fyddaf wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
    she: "Os na fyddwn ni wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
    he: "Os na fyddwn ni wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
    they: "Os na fyddwn ni wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
    name: "Os na fyddwn ni wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
  },
  /** Someone acting for a patient who cannot agree: the first letter was theirs, and so is what comes next. */
  representative: {
    firstLetter: {
      she: "Ar {date}, anfonais lythyr atoch chi {how} am ei gofal. Ei bennawd oedd “{subject}”. Dydw i ddim wedi cael ateb.",
      he: "Ar {date}, anfonais lythyr atoch chi {how} am ei ofal. Ei bennawd oedd “{subject}”. Dydw i ddim wedi cael ateb.",
      they: "Ar {date}, anfonais lythyr atoch chi {how} am eu gofal. Ei bennawd oedd “{subject}”. Dydw i ddim wedi cael ateb.",
      name: "Ar {date}, anfonais lythyr atoch chi {how} am ofal {patient}. Ei bennawd oedd “{subject}”. Dydw i ddim wedi cael ateb.",
    },
    nextStep: {
      she: "Os na fyddaf wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
      he: "Os na fyddaf wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
      they: "Os na fyddaf wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
      name: "Os na fyddaf wedi clywed gennych chi erbyn hynny, byddaf yn codi pryder gyda'r bobl sy'n gallu gweithredu, sef {service}.",
    },
  },
  sentOnAfterDate: "Rhaid i'r dyddiad y gwnaethoch chi anfon eich llythyr cyntaf fod ar ddyddiad y llythyr hwn neu cyn hynny",
  /** On the letter page, under "Your letter is ready": where it goes. */
  ready: "Anfonwch y llythyr yn yr un ffordd ag y gwnaethoch chi anfon eich llythyr cyntaf.",
  copyHint: "Gallwch gopïo'r llythyr a'i roi yn yr un ffurflen ar-lein neu'r un e-bost ag o'r blaen.",
  nextSteps: {
    paragraphs: [
      "Anfonwch y llythyr hwn yn yr un ffordd â'ch llythyr cyntaf, os gallwch chi. Os anfonoch chi'r un cyntaf drwy'r post, gallech chi fynd â hwn yno â llaw.",
      "Daliwch i fynd i'ch holl apwyntiadau yn y cyfamser.",
    ],
    noReply: [
      "Ffoniwch nhw a gofynnwch a yw eich llythyrau wedi cyrraedd. Cadwch gopïau wrth law pan fyddwch chi'n ffonio.",
      "Os nad ydych chi wedi cael ateb erbyn y dyddiad yn y llythyr hwn, gallwch godi pryder. Gall y gwasanaeth hwn ysgrifennu'r llythyr hwnnw hefyd.",
    ],
  },
};
