// Types for scripts/slowest-tests.mjs (plain JavaScript so CI's summary needs no compiler).

export interface Timed {
  file: string;
  title: string;
  ms: number;
  line?: number;
}
export interface Timings {
  tests: Timed[];
  files: { file: string; ms: number }[];
  wallMs: number;
}
export declare function vitestTimings(report: unknown): Timings;
export declare function playwrightTimings(report: unknown): Timings;
export declare function slowestReport(vitestReport: unknown, playwrightReport: unknown, howMany?: number): string;
