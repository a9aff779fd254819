import type { form as en } from "../en-GB/form";
import type { Plural } from "../types";

// Welsh has six plural forms (Intl.PluralRules("cy"): zero 0, one 1, two 2, few 3, many 6, other).
// Each is typed as a Plural, so it may have all six where the English type has only one and other.
const charactersRemaining: Plural = {
  zero: "Mae gennych {count} nod ar ôl",
  one: "Mae gennych {count} nod ar ôl",
  two: "Mae gennych {count} nod ar ôl",
  few: "Mae gennych {count} nod ar ôl",
  many: "Mae gennych {count} nod ar ôl",
  other: "Mae gennych {count} nod ar ôl",
};
const charactersTooMany: Plural = {
  zero: "Mae gennych {count} nod yn ormod",
  one: "Mae gennych {count} nod yn ormod",
  two: "Mae gennych {count} nod yn ormod",
  few: "Mae gennych {count} nod yn ormod",
  many: "Mae gennych {count} nod yn ormod",
  other: "Mae gennych {count} nod yn ormod",
};
const charactersLimit: Plural = {
  zero: "Gallwch roi hyd at {count} nod",
  one: "Gallwch roi hyd at {count} nod",
  two: "Gallwch roi hyd at {count} nod",
  few: "Gallwch roi hyd at {count} nod",
  many: "Gallwch roi hyd at {count} nod",
  other: "Gallwch roi hyd at {count} nod",
};
const organisationResults: Plural = {
  zero: "Mae {count} sefydliad yn ein rhestr yn cyfateb. Daliwch ati i deipio.",
  one: "Mae {count} sefydliad yn ein rhestr yn cyfateb. Defnyddiwch y saethau i fyny ac i lawr i'w ddewis, neu daliwch ati i deipio.",
  two: "Mae {count} sefydliad yn ein rhestr yn cyfateb. Defnyddiwch y saethau i fyny ac i lawr i ddewis un, neu daliwch ati i deipio.",
  few: "Mae {count} sefydliad yn ein rhestr yn cyfateb. Defnyddiwch y saethau i fyny ac i lawr i ddewis un, neu daliwch ati i deipio.",
  many: "Mae {count} sefydliad yn ein rhestr yn cyfateb. Defnyddiwch y saethau i fyny ac i lawr i ddewis un, neu daliwch ati i deipio.",
  other: "Mae {count} sefydliad yn ein rhestr yn cyfateb. Defnyddiwch y saethau i fyny ac i lawr i ddewis un, neu daliwch ati i deipio.",
};

/** Words the form components and every question page share, in Welsh. */
export const form: typeof en = {
  continue: "Yn eich blaen",
  back: "Yn ôl",
  errorSummaryTitle: "Mae problem wedi codi",
  /** In front of the tab title while the page shows errors (NHS pattern), and before each error. */
  errorPrefix: "Gwall: ",
  checksFailed:
    "Nid oedd modd gwirio eich atebion oherwydd na lwythodd rhan o'r dudalen hon. Gwiriwch eich cysylltiad â'r rhyngrwyd, yna dewiswch y botwm eto. Mae eich atebion yma o hyd.",
  /**
   * After Continue, an answer that may be mistyped but could be right (lib/answers/warnings.ts): the
   * page says what to check, and Continue again, with the same answers, goes on.
   */
  warning: { heading: "Gwiriwch yr ateb hwn", again: "Os yw'n gywir, dewiswch ‘Yn eich blaen’ eto." },
  yes: "Ie",
  no: "Na",
  day: "Diwrnod",
  month: "Mis",
  year: "Blwyddyn",
  /** What the NHS date input says about a date typed wrongly. `{label}` is the date's name: it starts the sentence, so it never needs a mutation. */
  dates: {
    parts: { day: "diwrnod", month: "mis", year: "blwyddyn" },
    missingParts: "{label}: rhaid cynnwys {parts}",
    notReal: "{label}: rhowch ddyddiad go iawn",
    yearDigits: "Rhaid i'r flwyddyn gynnwys 4 rhif",
    /** Each part a number in its range, said of the part that is wrong ("April" as a month, 1890 as a year). */
    dayRange: "Rhaid i'r diwrnod fod yn rhif rhwng 1 a 31",
    monthRange: "Rhaid i'r mis fod yn rhif rhwng 1 a 12",
    yearFrom: "Rhaid i'r flwyddyn fod yn {year} neu'n hwyrach",
    afterToday: "{label}: rhowch ddyddiad ar ôl heddiw",
  },
  charactersRemaining,
  charactersTooMany,
  charactersLimit,
  /** A name of an organisation picked from our list as it is typed (an ARIA combobox: components/journey/fields/OrganisationView.tsx). */
  organisations: {
    /** Read out as the list changes, and after a pick. */
    results: organisationResults,
    none: "Nid oes unrhyw sefydliad yn ein rhestr yn cyfateb. Gallwch gadw'r hyn a deipioch chi.",
    chosen: "Wedi dewis: {name}.",
    chosenFilled: "Wedi dewis: {name}. Mae'r cyfeiriad wedi'i lenwi: gwiriwch ef.",
    /** Under each name in the list: where it is. */
    where: "{town}, {postcode}",
    /** A hospital whose health board's teams act for it. */
    partOf: "{town}, {postcode}. Yn rhan o: {board}",
    /** The list's accessible name. */
    listLabel: "Sefydliadau sy'n cyfateb",
  },
};
