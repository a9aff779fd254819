import type { routes as en } from "../en-GB/routes";

/** The same words for every way of naming the patient: a sentence that does not name them. */
const same = (self: string, others = self) => ({ self, she: others, he: others, they: others, name: others });

/**
 * Who can act on a concern, in Welsh, by the keys of the routing table (lib/organisations/routing.ts).
 * The facts and their sources: ../shared/docs/letters.md, "Letter 4".
 *
 * Mutations: an addressee's `name` always starts with "y" ("y tîm pryderon"), and each of
 * `guide.bodies` with "y", "yr" or a vowel, so they read rightly after "at", "gyda" and "yn", which
 * mutate nothing that starts so. Keep it so. An organisation's name (data) follows a comma.
 */
export const routes: typeof en = {
  /** Who in the organisation a concern goes to: the letter's first address line, its greeting, and its name in a sentence. */
  addressees: {
    pals: {
      recipient: "Gwasanaeth Cyngor a Chyswllt Cleifion (PALS)",
      salutation: "Annwyl Dîm PALS,",
      name: "y Gwasanaeth Cyngor a Chyswllt Cleifion (PALS)",
    },
    "practice-manager": { recipient: "Rheolwr y Practis", salutation: "Annwyl Reolwr y Practis,", name: "y rheolwr practis" },
    "concerns-team": { recipient: "Tîm Pryderon", salutation: "Annwyl Dîm Pryderon,", name: "y tîm pryderon" },
    "feedback-complaints-team": {
      recipient: "Tîm Adborth a Chwynion",
      salutation: "Annwyl Dîm Adborth a Chwynion,",
      name: "y Tîm Adborth a Chwynion",
    },
    "complaints-team": { recipient: "Tîm Cwynion", salutation: "Annwyl Dîm Cwynion,", name: "y tîm cwynion" },
  },
  /** "y tîm pryderon, Ymddiriedolaeth GIG Prifysgol Felindre": the organisation's name after a comma, where nothing mutates it. */
  teamAt: "{team}, {organisation}",
  /**
   * The process a concern is handled under. `letter`: what the concern letter says of it (in
   * England, not yet a formal complaint; elsewhere a written concern is handled from its first
   * stage). `timeLimit` and `expect`: for the letter page and the guide.
   */
  processes: {
    "nhs-england": {
      name: "gweithdrefn gwynion y GIG",
      letter: same("Nid cwyn ffurfiol yw hon eto. Rydw i'n gwybod mai 12 mis yw'r terfyn amser arferol ar gyfer cwyn."),
      timeLimit:
        "Gwnewch gŵyn o fewn 12 mis i'r hyn a ddigwyddodd, neu i'r adeg y daethoch chi i wybod amdano. Gall y GIG gytuno i edrych ar gŵyn hwyrach os oes rheswm da.",
      expect: "Dylech chi glywed o fewn 3 diwrnod gwaith fod eich cwyn wedi cyrraedd.",
    },
    /**
     * NHS Wales's concerns process: Putting Things Right (Gweithio i Wella), which Listening to
     * People replaced on 1 April 2026. Its Welsh name was not found in a source we could read:
     * "Gwrando ar Bobl" is ours, with the English name beside it (GLOSSARY.md).
     */
    "nhs-wales": {
      name: "proses pryderon GIG Cymru",
      letter: same(
        "Rydw i'n codi hyn fel pryder. Helpwch fi i'w ddatrys yn gyflym, yn y cam cyntaf, os gwelwch yn dda.",
        "Rydw i'n codi hyn fel pryder. Helpwch ni i'w ddatrys yn gyflym, yn y cam cyntaf, os gwelwch yn dda.",
      ),
      timeLimit:
        "Codwch bryder o fewn 12 mis i'r hyn a ddigwyddodd, neu i'r adeg y daethoch chi i wybod amdano. Gall pryder hwyrach gael ei ystyried o hyd os oes rheswm da, hyd at 3 blynedd ar ôl iddo ddigwydd.",
      expect:
        "Byddan nhw'n ceisio ei ddatrys yn gyflym yn gyntaf. Os oes angen ymchwiliad llawn, byddan nhw'n dweud wrthych chi faint o amser bydd hynny'n ei gymryd. Ers mis Ebrill 2026, enw'r broses hon yw Gwrando ar Bobl (Listening to People). Cyn hynny, ei henw oedd Gweithio i Wella.",
    },
    "nhs-scotland": {
      name: "gweithdrefn gwynion y GIG yn yr Alban",
      letter: same("Deliwch â hyn yng ngham cyntaf y weithdrefn gwynion, os gwelwch yn dda, fel bod modd ei ddatrys yn gyflym."),
      timeLimit: "Gwnewch gŵyn o fewn 6 mis i'r hyn a ddigwyddodd, neu i'r adeg y daethoch chi i wybod amdano, a dim hwyrach na 12 mis ar ôl iddo ddigwydd.",
      expect: "Dylech chi gael ateb cyntaf o fewn 5 diwrnod gwaith. Os oes angen ymchwiliad llawn, dylai hynny gymryd tua 20 diwrnod gwaith.",
    },
    "ni-model-procedure": {
      name: "gweithdrefn gwynion iechyd a gofal cymdeithasol",
      letter: same("Deliwch â hyn yng ngham cyntaf y weithdrefn gwynion, os gwelwch yn dda, fel bod modd ei ddatrys yn gyflym."),
      timeLimit: "Gwnewch gŵyn o fewn 6 mis i'r adeg y daethoch chi i wybod am y broblem, ac fel arfer dim hwyrach na 12 mis ar ôl iddi ddigwydd.",
      expect:
        "Ers 1 Ionawr 2026, mae pob ymddiriedolaeth iechyd a gofal cymdeithasol a phob practis meddyg teulu yn dilyn yr un camau. Dylech chi gael ateb cyntaf o fewn 5 diwrnod gwaith. Os oes angen ymchwiliad llawn, dylai hynny gymryd tua 20 diwrnod gwaith.",
    },
  },
  /** Free, independent help: named as help, never written to as if it could act. `letter`: in the concern letter; `page`: on the letter page and in the guide. */
  freeHelp: {
    advocacy: {
      letter: "Rydw i'n gwybod y galla i gael help am ddim gan wasanaeth eiriolaeth cwynion y GIG.",
      page: "Mae gwasanaethau eiriolaeth cwynion y GIG, fel POhWER a VoiceAbility, yn rhoi help am ddim gyda phryder neu gŵyn.",
      link: "Sut i gwyno i'r GIG, ar wefan y GIG",
    },
    llais: {
      letter: "Rydw i'n gwybod y galla i gysylltu â Llais i gael help annibynnol am ddim.",
      page: "Mae Llais yn rhoi help annibynnol am ddim gyda phryderon am ofal y GIG. Mae'n helpu pobl sy'n byw yng Nghymru, ble bynnag maen nhw'n cael triniaeth.",
      link: "Gwefan Llais",
    },
    pass: {
      letter: "Rydw i'n gwybod y galla i gael cyngor am ddim gan y Gwasanaeth Cyngor a Chymorth i Gleifion (PASS) ar {phone}.",
      page: "Mae'r Gwasanaeth Cyngor a Chymorth i Gleifion (PASS) yn rhoi cyngor a chymorth am ddim. Ffoniwch {phone}.",
      link: "Gwefan PASS",
    },
    pcc: {
      letter: "Rydw i'n gwybod y galla i gael help am ddim gan y Cyngor Cleifion a Chleientiaid (Patient and Client Council).",
      page: "Mae'r Cyngor Cleifion a Chleientiaid (Patient and Client Council) yn rhoi help am ddim gyda phryder am iechyd a gofal cymdeithasol. Ffoniwch {phone}.",
      link: "Gwefan y Cyngor Cleifion a Chleientiaid",
    },
  },
  /**
   * Who can act next, if the organisation does not sort it out: `page` on the letter page and in
   * the guide; `letter` in a concern letter to a GP practice, whose next step is another body.
   */
  next: {
    "trust-complaint": { page: "Os nad yw hyn yn datrys pethau, gallwch wneud cwyn ffurfiol i'r ymddiriedolaeth." },
    icb: {
      page: "Os nad yw'r practis yn datrys pethau, gallwch gwyno i'r bwrdd gofal integredig sy'n rhedeg gwasanaethau meddygon teulu yn eich ardal chi yn lle hynny.",
      letter: "Os na allwn ni ddatrys hyn, rydw i'n gwybod y galla i ofyn i'r bwrdd gofal integredig edrych arno.",
    },
    "health-board": {
      page: "Os nad yw'r practis yn datrys pethau, gallwch godi'r mater gyda'r bwrdd iechyd.",
      letter: "Os na allwn ni ddatrys hyn, rydw i'n gwybod y galla i ofyn i'r bwrdd iechyd edrych arno.",
    },
    sppg: {
      page: "Os nad yw'r practis yn datrys pethau, gall y tîm cwynion yn y Grŵp Cynllunio Strategol a Pherfformiad (Strategic Planning and Performance Group, SPPG) eich helpu chi a'r practis i siarad am y peth.",
      letter:
        "Os na allwn ni ddatrys hyn, rydw i'n gwybod y gall y tîm cwynion yn y Grŵp Cynllunio Strategol a Pherfformiad (Strategic Planning and Performance Group) helpu.",
    },
    "formal-stage": { page: "Os nad yw hyn yn datrys pethau yn y cam cyntaf, gallwch ofyn am ymchwiliad llawn." },
  },
  /** The guide's section for each nation (app/guide: made from the routing table). */
  guide: {
    hospital: "Am dîm mewn ysbyty:",
    practice: "Am eich practis meddyg teulu:",
    /** "ysgrifennwch at y Gwasanaeth Cyngor a Chyswllt Cleifion (PALS) yn ymddiriedolaeth yr ysbyty." */
    writeTo: " ysgrifennwch at {team} yn {body}.",
    writeToPractice: " ysgrifennwch at {team}.",
    bodies: {
      england: "ymddiriedolaeth yr ysbyty",
      wales: "y bwrdd iechyd neu'r ymddiriedolaeth GIG",
      scotland: "y bwrdd iechyd",
      "northern-ireland": "yr ymddiriedolaeth iechyd a gofal cymdeithasol",
    },
    freeHelp: "Help am ddim:",
    timeLimit: "Terfynau amser:",
  },
  /** The ombudsman, after the organisation's own process: `page` on the letter page and in the guide; `letter` in a concern letter. */
  ombudsmen: {
    phso: {
      page: "Os nad ydych chi'n fodlon o hyd ar ôl hynny, gallwch ofyn i'r Ombwdsmon Seneddol a'r Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman) edrych ar y mater.",
      letter:
        "Os na fydd cwyn yn datrys pethau, rydw i'n gwybod y galla i ofyn i'r Ombwdsmon Seneddol a'r Gwasanaeth Iechyd (Parliamentary and Health Service Ombudsman) edrych ar y mater.",
      link: "Gwefan yr ombwdsmon",
    },
    psow: {
      page: "Os nad ydych chi'n fodlon o hyd ar ôl hynny, gallwch ofyn i Ombwdsmon Gwasanaethau Cyhoeddus Cymru edrych ar y mater.",
      letter: "Os na fydd cwyn yn datrys pethau, rydw i'n gwybod y galla i ofyn i Ombwdsmon Gwasanaethau Cyhoeddus Cymru edrych ar y mater.",
      link: "Gwefan yr ombwdsmon",
    },
    spso: {
      page: "Os nad ydych chi'n fodlon o hyd ar ôl hynny, gallwch ofyn i Ombwdsmon Gwasanaethau Cyhoeddus yr Alban (SPSO) edrych ar y mater.",
      letter: "Os na fydd cwyn yn datrys pethau, rydw i'n gwybod y galla i ofyn i Ombwdsmon Gwasanaethau Cyhoeddus yr Alban edrych ar y mater.",
      link: "Gwefan yr ombwdsmon",
    },
    nipso: {
      page: "Os nad ydych chi'n fodlon o hyd ar ôl hynny, gallwch ofyn i Ombwdsmon Gwasanaethau Cyhoeddus Gogledd Iwerddon edrych ar y mater.",
      letter: "Os na fydd cwyn yn datrys pethau, rydw i'n gwybod y galla i ofyn i Ombwdsmon Gwasanaethau Cyhoeddus Gogledd Iwerddon edrych ar y mater.",
      link: "Gwefan yr ombwdsmon",
    },
  },
};
