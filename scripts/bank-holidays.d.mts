// Types for scripts/bank-holidays.mjs (plain JavaScript, run after date-holidays is updated).

export declare const YEARS: { first: number; last: number };
export declare const HOLIDAY_IDS: string[];
export declare function calendars(years?: { first: number; last: number }): Record<string, string[]>;
export declare function holidaysModule(data?: Record<string, string[]>, years?: { first: number; last: number }): string;
