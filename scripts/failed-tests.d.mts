// Types for scripts/failed-tests.mjs (plain JavaScript so CI's summary needs no compiler).

export interface Failure {
  where: string;
  message: string | undefined;
}
export declare function vitestFailures(report: unknown): Failure[];
export declare function playwrightFailures(report: unknown): Failure[];
export declare function failureReport(vitestReport: unknown, playwrightReport: unknown): string;
