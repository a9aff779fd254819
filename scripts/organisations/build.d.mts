// Types for scripts/organisations/build.mjs (plain JavaScript, run by hand after a source file changes).

export interface BuiltOrganisation {
  code: string;
  name: string;
  nation: "england" | "wales" | "scotland" | "northern-ireland";
  kind: string;
  lines: string[];
  town: string;
  postcode: string;
  parent?: string;
  aliases?: string[];
  cancerCentre?: string;
  source: string;
}
export interface BuiltDirectory {
  sources: Record<string, { title: string; date: string; url: string; official?: boolean }>;
  organisations: BuiltOrganisation[];
}
export declare const SOURCES_DIR: string;
export declare function parseCsv(text: string): string[][];
export declare function titleCase(text: string): string;
export declare function trustsFrom(rows: string[][]): BuiltOrganisation[];
export declare function boardsFrom(rows: string[][]): { code: string; name: string }[];
export declare function hospitalsFrom(rows: string[][]): BuiltOrganisation[];
export declare function newestOpenDate(rows: string[][]): string;
export declare function buildDirectory(dir?: string): BuiltDirectory;
export declare function directoryModule(directory: BuiltDirectory): string;
