// Types for scripts/font-coverage.mjs (plain JavaScript, run after the fonts change).

export declare function coverageRanges(fontFiles?: readonly string[]): [number, number][];
export declare function coverageModule(ranges: readonly (readonly [number, number])[]): string;
