import type { bankHolidayNames as en } from "../en-GB/bank-holidays";

/**
 * The bank holidays' names in Welsh: as GOV.UK's Welsh bank holiday list and Welsh Government
 * (Busnes Cymru, "Gwyliau banc y DU") write them, in their plainer form where the two differ.
 */
export const bankHolidayNames: typeof en = {
  "new-year": "Dydd Calan",
  "second-january": "2 Ionawr",
  "st-patrick": "Dydd Gŵyl Padrig",
  "good-friday": "Dydd Gwener y Groglith",
  "easter-monday": "Llun y Pasg",
  "early-may": "Gŵyl banc dechrau mis Mai",
  spring: "Gŵyl banc y gwanwyn",
  boyne: "Brwydr y Boyne (Diwrnod yr Orangemen)",
  summer: "Gŵyl banc yr haf",
  "st-andrew": "Dydd Sant Andreas",
  christmas: "Dydd Nadolig",
  "boxing-day": "Gŵyl San Steffan",
  "platinum-jubilee": "Gŵyl banc y Jiwbilî Platinwm",
  "state-funeral": "Gŵyl banc ar gyfer Angladd Gwladol y Frenhines Elizabeth II",
  coronation: "Gŵyl banc ar gyfer coroni'r Brenin Charles III",
};
