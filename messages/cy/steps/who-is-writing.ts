import type { whoIsWriting as en } from "../../en-GB/steps/who-is-writing";

/** How someone writing for the patient is asked about themselves: the same for a helper and for someone acting for the patient. */
const aboutYou = {
  fullName: { summary: "Eich enw", label: "Eich enw llawn", required: "Rhowch eich enw llawn" },
  relationship: {
    label: "Sut rydych chi'n adnabod y claf?",
    summary: "Perthynas",
    hint: "Er enghraifft, merch, gŵr neu ffrind",
    required: "Rhowch sut rydych chi'n adnabod y claf, er enghraifft merch neu ffrind",
  },
  refersTo: {
    label: "Sut dylai'r llythyr sôn am y claf?",
    summary: "Y llythyr yn sôn am y claf fel",
    hint: "Mae'r llythyr oddi wrthych chi, ac mae'n sôn am y claf. Dewiswch beth fyddai'r claf ei eisiau.",
    required: "Dewiswch sut dylai'r llythyr sôn am y claf",
    options: {
      she: { label: "Hi" },
      he: { label: "Ef" },
      they: { label: "Nhw" },
      name: { label: "Wrth eu henw bob tro" },
    },
  },
};

export const whoIsWriting: typeof en = {
  title: "Ai chi yw'r claf?",
  /** The page's name on check answers. */
  summary: "Pwy sy'n ysgrifennu",
  guide: { text: "Os na all y claf benderfynu drostyn nhw eu hunain", href: "/guide/how/#cannot-decide" },
  fields: {
    role: {
      label: "Ai chi yw'r claf?",
      summary: "Pwy sy'n ysgrifennu",
      hint: "Gallwch ysgrifennu'r llythyr hwn ar ran rhywun arall, fel rhiant neu bartner.",
      required: "Dewiswch ‘Ie’ os mai chi yw'r claf",
      options: {
        patient: { label: "Ie, fi yw'r claf" },
        helper: {
          label: "Na, rwy'n helpu rhywun sydd wedi cytuno",
          hint: "Bydd y llythyr yn dweud eich bod chi'n ysgrifennu ar ran y claf, a bod y claf yn cytuno.",
        },
        representative: {
          label: "Na, rwy'n gweithredu ar ran rhywun na all benderfynu drostyn nhw eu hunain",
          hint: "Er enghraifft, mae'r claf yn rhy sâl neu'n rhy ddryslyd i gytuno. Bydd y llythyr yn dweud sut rydych chi'n gweithredu ar ei ran.",
        },
      },
    },
    ...aboutYou,
    consent: {
      label: "Mae'r claf wedi cytuno y caf i ysgrifennu'r llythyr hwn ar eu rhan",
      summary: "Cytundeb y claf",
      summaryValue: "Mae'r claf wedi cytuno",
      hint: "Os gall y claf, gofynnwch iddyn nhw lofnodi'r llythyr hefyd.",
      required: "Dim ond os yw'r claf wedi cytuno y gallwch ysgrifennu'r llythyr hwn. Ticiwch y blwch i gadarnhau bod y claf wedi cytuno",
    },
    basis: {
      label: "Sut rydych chi'n gweithredu ar ran y claf?",
      summary: "Sut rydych chi'n gweithredu ar ran y claf",
      hint: "Dewiswch yr un sy'n wir. Mae'r llythyr yn dweud hyn, ac yn cynnig copi o unrhyw bapur cyfreithiol.",
      nationHint: {
        england: "Yn Lloegr, gall hyn fod yn atwrneiaeth arhosol ar gyfer iechyd a lles, neu'n ddirprwy a benodwyd gan y Llys Gwarchod.",
        wales: "Yng Nghymru, gall hyn fod yn atwrneiaeth arhosol ar gyfer iechyd a lles, neu'n ddirprwy a benodwyd gan y Llys Gwarchod.",
        scotland: "Yn yr Alban, gall hyn fod yn atwrneiaeth les, neu'n warcheidwad lles a benodwyd gan siryf.",
        "northern-ireland": "Yng Ngogledd Iwerddon, ni all neb gael atwrneiaeth dros iechyd rhywun arall eto. Gallwch ofyn o hyd fel perthynas neu ofalwr.",
      },
      required: "Dewiswch sut rydych chi'n gweithredu ar ran y claf",
      options: {
        attorney: {
          label: "Mae gen i atwrneiaeth ar gyfer iechyd a lles y claf",
          hint: "Atwrneiaeth arhosol ar gyfer iechyd a lles (Cymru a Lloegr), neu atwrneiaeth les (yr Alban). Rhaid iddi fod wedi'i chofrestru.",
        },
        deputy: { label: "Mae'r Llys Gwarchod wedi fy mhenodi'n ddirprwy ar gyfer iechyd a lles y claf", hint: "Cymru a Lloegr yn unig." },
        guardian: { label: "Mae siryf wedi fy mhenodi'n warcheidwad lles y claf", hint: "Yr Alban yn unig." },
        family: {
          label: "Rwy'n berthynas neu'n ofalwr, heb bŵer cyfreithiol i benderfynu dros y claf",
          hint: "Gallwch ofyn o hyd, er lles pennaf y claf. Mae'r meddygon yn penderfynu gyda'r bobl sy'n agos at y claf. Yng Ngogledd Iwerddon, dyma'r unig ddewis.",
        },
      },
    },
    actingFullName: aboutYou.fullName,
    actingRelationship: aboutYou.relationship,
    actingRefersTo: aboutYou.refersTo,
  },
};
