// Types for scripts/organisations/update.mjs (run by hand with a newly downloaded source file).
import type { BuiltOrganisation } from "./build.mjs";

export interface Changes {
  opened: BuiltOrganisation[];
  closed: BuiltOrganisation[];
  renamed: { code: string; from: string; to: string }[];
  moved: { code: string; name: string; from: string; to: string }[];
}
export declare function changesBetween(before: BuiltOrganisation[], after: BuiltOrganisation[]): Changes;
export declare function report(changes: Changes): string;
