import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calendars, holidaysModule, YEARS } from "@/scripts/bank-holidays.mjs";
import { NATIONS } from "@/lib/answers/vocabulary";
import { BANK_HOLIDAY_YEARS } from "./bank-holidays";
import { addDays } from "./dates";
import { oneMonthAfter } from "./reply-by";
import { addWorkingDays, bankHolidays, isWorkingDay } from "./working-days";

const dates = (nation: (typeof NATIONS)[number], year: number) => bankHolidays(nation, year).map((h) => h.date);

// gov.uk/bank-holidays, as published: the weekdays that are bank holidays, substitute days included.
const GOV_UK = {
  england: {
    2024: ["2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-08-26", "2024-12-25", "2024-12-26"],
    2025: ["2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26"],
    2026: ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"],
    2027: ["2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"],
  },
  scotland: {
    2024: ["2024-01-01", "2024-01-02", "2024-03-29", "2024-05-06", "2024-05-27", "2024-08-05", "2024-12-02", "2024-12-25", "2024-12-26"],
    2025: ["2025-01-01", "2025-01-02", "2025-04-18", "2025-05-05", "2025-05-26", "2025-08-04", "2025-12-01", "2025-12-25", "2025-12-26"],
    2026: ["2026-01-01", "2026-01-02", "2026-04-03", "2026-05-04", "2026-05-25", "2026-08-03", "2026-11-30", "2026-12-25", "2026-12-28"],
    2027: ["2027-01-01", "2027-01-04", "2027-03-26", "2027-05-03", "2027-05-31", "2027-08-02", "2027-11-30", "2027-12-27", "2027-12-28"],
  },
  "northern-ireland": {
    2024: ["2024-01-01", "2024-03-18", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27", "2024-07-12", "2024-08-26", "2024-12-25", "2024-12-26"],
    2025: ["2025-01-01", "2025-03-17", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-07-14", "2025-08-25", "2025-12-25", "2025-12-26"],
    2026: ["2026-01-01", "2026-03-17", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-07-13", "2026-08-31", "2026-12-25", "2026-12-28"],
    2027: ["2027-01-01", "2027-03-17", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-07-12", "2027-08-30", "2027-12-27", "2027-12-28"],
  },
} as const;

describe("bank holidays, as gov.uk lists them", () => {
  for (const [nation, years] of Object.entries(GOV_UK) as [keyof typeof GOV_UK, Record<string, readonly string[]>][]) {
    it(`${nation}: 2024 to 2027 are exactly gov.uk's lists, substitute days included`, () => {
      for (const [year, expected] of Object.entries(years)) expect(dates(nation, Number(year)), `${nation} ${year}`).toEqual(expected);
    });
  }

  it("Wales has England's list", () => {
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) expect(dates("wales", year)).toEqual(dates("england", year));
  });

  it("the one-off holidays are there: the Platinum Jubilee, the Queen's funeral, the coronation, VE day's early May holiday", () => {
    for (const nation of NATIONS) {
      expect(dates(nation, 2022)).toEqual(expect.arrayContaining(["2022-06-02", "2022-06-03", "2022-09-19"]));
      expect(dates(nation, 2023)).toContain("2023-05-08");
      expect(dates(nation, 2020)).toContain("2020-05-08");
      expect(dates(nation, 2020)).not.toContain("2020-05-04");
    }
  });

  it("names a substitute day as one", () => {
    expect(bankHolidays("scotland", 2027).slice(0, 2)).toEqual([
      { date: "2027-01-01", id: "new-year", substitute: false },
      { date: "2027-01-04", id: "second-january", substitute: true },
    ]);
    expect(bankHolidays("northern-ireland", 2026).find((h) => h.id === "boyne")).toEqual({ date: "2026-07-13", id: "boyne", substitute: true });
  });

  it("every year the lists cover has each nation's usual holidays once, all on weekdays", () => {
    const usual = {
      england: ["new-year", "good-friday", "easter-monday", "early-may", "spring", "summer", "christmas", "boxing-day"],
      scotland: ["new-year", "second-january", "good-friday", "early-may", "spring", "summer", "st-andrew", "christmas", "boxing-day"],
      "northern-ireland": ["new-year", "st-patrick", "good-friday", "easter-monday", "early-may", "spring", "boyne", "summer", "christmas", "boxing-day"],
    } as const;
    const oneOff = ["platinum-jubilee", "state-funeral", "coronation"];
    for (let year = BANK_HOLIDAY_YEARS.first; year <= BANK_HOLIDAY_YEARS.last; year++) {
      for (const [nation, ids] of Object.entries(usual) as [keyof typeof usual, readonly string[]][]) {
        const list = bankHolidays(nation, year);
        // Sorted: in 2022 Boxing Day (Monday) came before Christmas Day's substitute (Tuesday).
        expect(
          list
            .map((h) => h.id)
            .filter((id) => !oneOff.includes(id))
            .sort(),
          `${nation} ${year}`,
        ).toEqual([...ids].sort());
        for (const h of list) expect([0, 6], `${h.date} is a weekday`).not.toContain(new Date(`${h.date}T00:00:00Z`).getUTCDay());
      }
    }
  });

  it("are the date-holidays package's own, as scripts/bank-holidays.mjs writes them (run it after updating the package)", () => {
    expect(YEARS).toEqual(BANK_HOLIDAY_YEARS);
    const committed = readFileSync(new URL("./bank-holidays.ts", import.meta.url), "utf8");
    expect(committed).toBe(holidaysModule(calendars()));
  });
});

describe("ten working days after a letter's date", () => {
  it("18 December 2026: 6 January 2027 in England, Wales and Northern Ireland, 7 January in Scotland", () => {
    expect(addWorkingDays("2026-12-18", 10, "england").date).toBe("2027-01-06");
    expect(addWorkingDays("2026-12-18", 10, "wales").date).toBe("2027-01-06");
    expect(addWorkingDays("2026-12-18", 10, "northern-ireland").date).toBe("2027-01-06");
    const scotland = addWorkingDays("2026-12-18", 10, "scotland");
    expect(scotland.date).toBe("2027-01-07");
    expect(scotland.skipped.map((h) => [h.date, h.id, h.substitute])).toEqual([
      ["2026-12-25", "christmas", false],
      ["2026-12-28", "boxing-day", true],
      ["2027-01-01", "new-year", false],
      ["2027-01-04", "second-january", true],
    ]);
    expect(scotland.known).toBe(true);
  });

  it("over Easter: England skips Good Friday and Easter Monday, Scotland only Good Friday", () => {
    expect(addWorkingDays("2026-04-02", 10, "england").date).toBe("2026-04-20");
    expect(addWorkingDays("2026-04-02", 10, "scotland").date).toBe("2026-04-17");
    expect(addWorkingDays("2026-04-02", 10, "england").skipped.map((h) => h.id)).toEqual(["good-friday", "easter-monday"]);
  });

  it("over St Andrew's Day, Scotland only (and its substitute Monday when it falls on a Sunday)", () => {
    expect(addWorkingDays("2026-11-27", 1, "scotland").date).toBe("2026-12-01");
    expect(addWorkingDays("2026-11-27", 1, "england").date).toBe("2026-11-30");
    expect(addWorkingDays("2025-11-28", 1, "scotland").date).toBe("2025-12-02");
  });

  it("over St Patrick's Day and the Battle of the Boyne, Northern Ireland only", () => {
    expect(addWorkingDays("2026-03-16", 1, "northern-ireland").date).toBe("2026-03-18");
    expect(addWorkingDays("2026-03-16", 1, "england").date).toBe("2026-03-17");
    expect(addWorkingDays("2024-03-15", 1, "northern-ireland").date).toBe("2024-03-19");
    // 12 July 2026 is a Sunday: Monday 13 July is the holiday.
    expect(addWorkingDays("2026-07-10", 1, "northern-ireland").date).toBe("2026-07-14");
    expect(addWorkingDays("2026-07-10", 1, "scotland").date).toBe("2026-07-13");
  });

  it("over a weekend with no holiday", () => {
    expect(addWorkingDays("2026-11-25", 10, "england")).toEqual({ date: "2026-12-09", skipped: [], known: true });
  });

  it("lands on a working day, with exactly that many working days passed, from every day of every year covered", () => {
    const wrong: string[] = [];
    let counted = 0;
    for (const nation of ["england", "scotland", "northern-ireland"] as const) {
      for (let day = `${BANK_HOLIDAY_YEARS.first}-01-01`; day < `${BANK_HOLIDAY_YEARS.last}-12-01`; day = addDays(day, 1)) {
        const { date, skipped } = addWorkingDays(day, 10, nation);
        let working = 0;
        let holidays = 0;
        for (let d = addDays(day, 1); d <= date; d = addDays(d, 1)) {
          if (isWorkingDay(d, nation)) working++;
          else if (![0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) holidays++;
        }
        if (!isWorkingDay(date, nation) || working !== 10 || skipped.length !== holidays) wrong.push(`${nation} ${day} → ${date}`);
        counted++;
      }
    }
    expect(wrong).toEqual([]);
    expect(counted).toBeGreaterThan(3 * 20 * 365);
  });

  it("past the years the lists cover, counts weekends only and says so", () => {
    const last = BANK_HOLIDAY_YEARS.last;
    expect(addWorkingDays(`${last}-12-24`, 10, "england").known).toBe(false);
    expect(addWorkingDays(`${last + 5}-12-18`, 10, "england")).toEqual({ date: `${last + 6}-01-01`, skipped: [], known: false });
  });
});

describe("one month, as the ICO counts a subject access request's time", () => {
  it("is the same day of the next month, or the month's last day, moved to the next working day", () => {
    expect(oneMonthAfter("2026-11-25", "england")).toBe("2026-12-29");
    expect(oneMonthAfter("2026-11-25", "scotland")).toBe("2026-12-29");
    expect(oneMonthAfter("2026-11-05", "england")).toBe("2026-12-07");
    // 28 February 2027 is a Sunday.
    expect(oneMonthAfter("2027-01-31", "england")).toBe("2027-03-01");
    expect(oneMonthAfter("2028-01-31", "england")).toBe("2028-02-29");
    expect(oneMonthAfter("2026-12-18", "england")).toBe("2027-01-18");
    expect(oneMonthAfter("2026-10-30", "scotland")).toBe("2026-12-01");
  });
});
