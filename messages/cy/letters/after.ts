import type { letterAfter as en } from "../../en-GB/letters/after";

/**
 * After the letter is sent (letters.md, "After the letter"), in Welsh: the note of what has
 * happened, the calendar reminder, the consent form someone writing for the patient gives the
 * patient to sign (in the patient's own words), and the letter page's words for them.
 */
export const letterAfter: typeof en = {
  /** What has happened since, from the user's notes (answers.log), in the letters that tell it. */
  log: {
    since: "Beth sydd wedi digwydd ers hynny:",
    /** One note: its date, who it was with, and what happened. */
    entry: "{date} ({who}): {what}",
  },
  /** The calendar file: what to do, and nothing about the patient's health, number or address. */
  reminder: {
    fileName: "nodyn-atgoffa",
    /** Whoever the letter went to in brackets: after "at" a name would need a mutation. */
    title: "Gwiriwch a oes ateb i'ch llythyr ({recipient})",
    /** What to do if there is no reply, by the letter kind's next step (lib/letter/kinds.ts). */
    next: {
      "follow-up": "Os nad oes ateb, gall {site} ysgrifennu llythyr dilynol i chi.",
      concern: "Os nad oes ateb, gall {site} ysgrifennu llythyr i godi pryder.",
      phone: "Os nad oes ateb, ffoniwch nhw a gofynnwch a gyrhaeddodd eich llythyr.",
      "records-complaint":
        "Mae'r mis yn dechrau ar y diwrnod y cawson nhw eich llythyr. Os nad oes ateb, ffoniwch nhw. Os na chewch chi ddim byd o hyd, cwynwch wrth eu swyddog diogelu data, ac yna wrth Swyddfa'r Comisiynydd Gwybodaeth (ICO).",
    },
    /** Who the reminder names, when the letter went to a team rather than a person. */
    recipients: { concerns: "y tîm pryderon", records: "y tîm cofnodion iechyd", practice: "y practis meddyg teulu" },
    /** After "gall", the site's name starts with "y" so nothing mutates. */
    site: "y wefan {service} ({address})",
    answers: {
      saved: "Gall ddefnyddio'r atebion a gadwyd yn y porwr a ddefnyddioch chi.",
      notSaved: "Ni chadwyd eich atebion yn y porwr hwnnw: atebwch y cwestiynau eto, neu agorwch eich ffeil atebion os gwnaethoch ei chadw.",
    },
  },
  /**
   * A one-page form for the patient to sign when someone else writes for them: who may speak for
   * them, to whom, and about what. The patient signs it, so it is in the patient's own words.
   */
  consentForm: {
    fileName: "ffurflen-ganiatad",
    /** The file title unless the person chooses the one below: nothing of health. */
    neutralTitle: "Ffurflen ganiatâd",
    documentTitle: "Ffurflen ganiatâd: rhywun i siarad ar fy rhan",
    documentSubject: "Caniatâd i rywun siarad ar ran claf am ail farn",
    heading: "Ffurflen ganiatâd: rhywun i siarad ar fy rhan",
    agree: "Rydw i, {patient}, yn cytuno y caiff {writer} siarad ar fy rhan am fy nghais am ail farn.",
    about: "Amdanaf i:",
    helper: "Y person sy'n cael siarad ar fy rhan:",
    name: "Enw: {name}",
    relationship: "Perthynas â mi: {relationship}",
    address: "Cyfeiriad: {address}",
    phone: "Ffôn: {phone}",
    email: "E-bost: {email}",
    who: "Caiff y person hwn siarad â'r canlynol:",
    gp: "fy mhractis meddyg teulu, {practice}",
    currentTeam: "fy nhîm gofal, {hospital}",
    team: "y tîm, {hospital}, os caf fy atgyfeirio yno",
    concerns: "y bobl sy'n delio â phryderon a chwynion am fy ngofal",
    records: "y tîm cofnodion iechyd, {organisation}",
    what: "Caiff y person hwn siarad am y pethau hyn:",
    topics: [
      "fy nghais am ail farn, ac unrhyw atgyfeiriad ar ei gyfer",
      "fy apwyntiadau, fy mhrofion a'm cynllun triniaeth, i'r graddau y mae'r cais eu hangen",
      "cael copïau o'm cofnodion iechyd ar gyfer yr ail farn",
      "unrhyw bryder rydw i'n ei godi am y ffordd y mae fy nghais yn cael ei drin",
    ],
    limits: "Nid yw hyn yn rhoi hawl i'r person hwn gytuno i driniaeth ar fy rhan. Nid yw'n rhoi hawl iddo wneud dewisiadau eraill am fy ngofal ar fy rhan.",
    withdraw: "Gallaf dynnu'r caniatâd hwn yn ôl unrhyw bryd, drwy ddweud wrth y bobl y rhoddais y ffurflen hon iddyn nhw.",
    signed: "Llofnod: ____________________",
    printed: "Enw: {patient}",
    dated: "Dyddiad: ____________________",
  },
  /** The letter page's part for after the letter. */
  page: {
    heading: "Ar ôl i chi anfon eich llythyr",
    reminderHeading: "Nodyn atgoffa",
    reminder: "Ychwanegu nodyn atgoffa at fy nghalendr",
    reminderHint:
      "Mae hyn yn cadw ffeil calendr gyda nodyn atgoffa ar gyfer bore {date}, y diwrnod ar ôl y dyddiad y mae eich llythyr yn gofyn am ateb erbyn. Mae'n dweud beth i'w wneud, a dim byd arall.",
    reminderSaved: "Mae eich nodyn atgoffa {name} wedi'i gadw. Agorwch ef i'w ychwanegu at eich calendr.",
    reminderFailed: "Doedd dim modd i ni wneud eich nodyn atgoffa. Ysgrifennwch y dyddiad yn lle hynny: {date}.",
    consentHeading: "Ffurflen ganiatâd i'r claf ei llofnodi",
    consentIntro:
      "Mae llawer o dimau'n gofyn am ganiatâd ysgrifenedig y claf cyn iddyn nhw siarad â rhywun arall. Argraffwch y ffurflen hon, gofynnwch i'r claf ei llofnodi, a'i hanfon gyda'r llythyr.",
    consentPdf: "Lawrlwytho'r ffurflen ganiatâd (PDF)",
    consentWord: "Lawrlwytho'r ffurflen ganiatâd (Word)",
    consentSaved: "Mae eich ffurflen ganiatâd {name} wedi'i chadw.",
    consentFailed: "Doedd dim modd i ni wneud y ffurflen ganiatâd. Rhowch gynnig arall arni.",
    firstLetterHeading: "Copi o'ch llythyr cyntaf",
    firstLetterIntro:
      "Mae eich llythyr dilynol yn dweud bod copi o'ch llythyr cyntaf gydag ef. Argraffwch y copi hwn a'i anfon hefyd, neu atodwch ef i'ch e-bost neu'ch ffurflen ar-lein.",
    firstLetterDate:
      "Dyddiad y copi yw {date}, y diwrnod y gwnaethoch ei anfon. Mae wedi'i wneud o'r atebion a gadwoch, felly gwiriwch ei fod yn dweud yr un peth â'r llythyr a anfonoch.",
    firstLetterPdf: "Lawrlwytho'r llythyr cyntaf (PDF)",
    firstLetterSaved: "Mae eich llythyr cyntaf {name} wedi'i gadw.",
    firstLetterFailed: "Doedd dim modd i ni wneud eich llythyr cyntaf. Rhowch gynnig arall arni.",
    followUpHeading: "Os nad ydych chi wedi cael ateb",
    followUpLink: "Ysgrifennu llythyr dilynol",
    followUpHint: "Mae'n mynd at yr un person ac yn gofyn eto, gyda dyddiad newydd. Does ond angen i chi ddweud wrthym pryd a sut anfonoch chi'r llythyr hwn.",
    log: {
      heading: "Beth sydd wedi digwydd",
      intro:
        "Cadwch nodyn o'r hyn sy'n digwydd, fel pryd anfonoch chi eich llythyr neu pryd ffonioch chi. Mae'n cael ei gadw gyda'ch atebion ar y ddyfais hon. Mae llythyr dilynol neu lythyr pryder yn ei ddefnyddio.",
      empty: "Dydych chi ddim wedi ychwanegu unrhyw nodiadau eto.",
      caption: "Eich nodiadau",
      date: "Dyddiad",
      who: "Gyda phwy",
      what: "Beth ddigwyddodd",
      actions: "Camau",
      change: "Newid",
      remove: "Dileu",
      /** Visually hidden after Change and Remove: which note. */
      which: "y nodyn o {date}",
      add: "Ychwanegu nodyn",
      addHeading: "Ychwanegu nodyn",
      changeHeading: "Newid y nodyn hwn",
      save: "Cadw'r nodyn",
      cancel: "Canslo",
      dateLabel: "Pryd ddigwyddodd hyn?",
      dateHint: "Er enghraifft, 27 11 2026.",
      whoLabel: "Gyda phwy oedd hyn?",
      whoHint: "Er enghraifft, y practis meddyg teulu, neu ysgrifennydd Dr Shah.",
      whatLabel: "Beth ddigwyddodd?",
      whatHint: "Er enghraifft, ffoniais y practis a chefais wybod nad oedd y llythyr wedi cyrraedd.",
      errors: {
        date: "Rhowch y dyddiad y digwyddodd hyn",
        dateReal: "Rhaid i'r dyddiad y digwyddodd hyn fod yn ddyddiad go iawn",
        dateFuture: "Rhaid i'r dyddiad y digwyddodd hyn fod heddiw neu yn y gorffennol",
        who: "Rhowch gyda phwy oedd hyn",
        what: "Rhowch beth ddigwyddodd",
        whoLong: "Rhaid i “Gyda phwy” fod yn {max} nod neu lai",
        whatLong: "Rhaid i “Beth ddigwyddodd” fod yn {max} nod neu lai",
        full: "Mae gennych chi {max} nodyn, sef y nifer mwyaf rydym yn ei gadw. Dilëwch hen un i ychwanegu un arall.",
      },
      saved: "Mae eich nodyn wedi'i gadw.",
      removed: "Mae'r nodyn wedi'i ddileu.",
      printed: "Mae nodiadau o {date} ymlaen yn cael eu hargraffu yn y llythyr hwn, yn union fel y gwnaethoch eu teipio.",
      notPrinted: "Nid yw eich nodiadau'n cael eu hargraffu yn y llythyr hwn.",
      inLetter: "Yn y llythyr hwn",
    },
    sent: {
      heading: "Ydych chi wedi anfon y llythyr hwn?",
      intro:
        "Dywedwch wrthym pryd a sut y gwnaethoch ei anfon. Rydym yn ei ychwanegu at eich nodiadau, felly does dim angen i lythyr dilynol neu lythyr pryder ofyn.",
      dateLabel: "Pryd wnaethoch chi ei anfon?",
      dateHint: "Er enghraifft, 27 11 2026.",
      byLabel: "Sut wnaethoch chi ei anfon?",
      by: { post: "Drwy'r post", email: "Drwy e-bost", "online-form": "Drwy ffurflen ar-lein", "by-hand": "Â llaw" },
      save: "Ychwanegu at fy nodiadau",
      saved: "Wedi'i ychwanegu at eich nodiadau: anfonwyd ar {date}.",
      done: "Gwnaethoch anfon y llythyr hwn ar {date}, {how}. Mae yn eich nodiadau isod.",
      /** The title in quotation marks: after "y llythyr" it needs no mutation. */
      what: "Anfonais y llythyr “{title}” {how}",
      how: { post: "drwy'r post", email: "drwy e-bost", "online-form": "drwy ffurflen ar-lein", "by-hand": "â llaw" },
      errors: {
        date: "Rhowch y dyddiad y gwnaethoch ei anfon",
        dateReal: "Rhaid i'r dyddiad y gwnaethoch ei anfon fod yn ddyddiad go iawn",
        dateFuture: "Rhaid i'r dyddiad y gwnaethoch ei anfon fod heddiw neu yn y gorffennol",
        by: "Dewiswch sut y gwnaethoch ei anfon",
      },
    },
  },
};
