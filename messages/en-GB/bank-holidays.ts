import type { BANK_HOLIDAY_IDS } from "@/lib/letter/bank-holidays";

type BankHolidayId = (typeof BANK_HOLIDAY_IDS)[number];

/** The bank holidays' names, as gov.uk/bank-holidays writes them. */
export const bankHolidayNames: Record<BankHolidayId, string> = {
  "new-year": "New Year’s Day",
  "second-january": "2nd January",
  "st-patrick": "St Patrick’s Day",
  "good-friday": "Good Friday",
  "easter-monday": "Easter Monday",
  "early-may": "Early May bank holiday",
  spring: "Spring bank holiday",
  boyne: "Battle of the Boyne (Orangemen’s Day)",
  summer: "Summer bank holiday",
  "st-andrew": "St Andrew’s Day",
  christmas: "Christmas Day",
  "boxing-day": "Boxing Day",
  "platinum-jubilee": "Platinum Jubilee bank holiday",
  "state-funeral": "Bank Holiday for the State Funeral of Queen Elizabeth II",
  coronation: "Bank holiday for the coronation of King Charles III",
};
