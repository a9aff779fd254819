// Types for scripts/check-budgets.mjs (plain JavaScript so `npm run budgets` needs no build step).

export declare const KB: number;
export declare const BUDGETS: ReadonlyArray<{ name: string; limitKB: number; matches(route: string): boolean }>;
export declare const MARKERS: { pdf: readonly string[]; docx: readonly string[] };
export declare const PAGE_DATA_BUDGET_KB: number;

export interface RouteSize {
  route: string;
  gzipBytes: number;
  gzipKB: number;
  bytes: number;
  budgetKB: number | null;
  over: boolean;
  loadsPdfCode: boolean;
  loadsDocxCode: boolean;
  /** The page's HTML, gzip, its inline flight data included; and how much more that is than the start page's. */
  htmlGzipKB: number;
  htmlBeyondStartKB: number;
  /** The step definitions its flight data carries (question pages only). */
  stepDefinitions: string[];
  scripts: { src: string; bytes: number; gzipBytes: number }[];
}

export interface BudgetResult {
  routes: RouteSize[];
  /** The files in out/_next/static where the PDF and DOCX markers were found. */
  markerChunks: { pdf: string[]; docx: string[] };
  /** One message per problem; empty when every budget is met. */
  violations: string[];
}

export declare function listRoutes(outDir: string): { route: string; file: string }[];
export declare function firstLoadScripts(html: string): string[];
export declare function stepDefinitionsIn(text: string): string[];
export declare function checkBudgets(outDir: string): BudgetResult;
export declare const LOADED_BUDGETS: ReadonlyArray<{ name: string; limitKB: number; matches(route: string): boolean }>;
export interface LoadedResult {
  routes: { route: string; gzipKB: number; budgetKB: number | null; scripts: { src: string; gzipBytes: number }[] }[];
  violations: string[];
}
export declare function scriptsBeforeInteraction(outDir: string, routes: string[]): Promise<Map<string, string[]>>;
export declare function checkLoadedBudgets(outDir: string, loaded: Map<string, string[]>): LoadedResult;
export declare function formatTable(result: BudgetResult & { loaded?: LoadedResult }): string;
export declare function main(argv: string[], io?: { log(text: string): void; error(text: string): void }): Promise<number>;
