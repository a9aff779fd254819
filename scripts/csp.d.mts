// Types for scripts/csp.mjs (plain JavaScript so the build's post-step needs no compiler).

export declare const DEFAULT_ROOT: string;
export declare const POLICY_DIRECTIVES: ReadonlyArray<readonly string[]>;
export declare const FRAME_ANCESTORS: string;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare function scriptHash(text: string): string;
export declare function inlineScriptHashes(html: string): string[];
export declare function policyFor(hashes: readonly string[]): string;
export declare function headerPolicy(metaPolicy: string): string;
export declare function blockedMarkup(html: string): string[];
export declare function injectPolicy(html: string, policy: string): string;
export declare function metaPolicyOf(html: string): string | null;
export declare function processPage(html: string): { html: string; policy: string; problems: string[] };
export declare function routesFor(relativeFile: string): string[];
export declare function headersFile(pages: ReadonlyArray<{ file: string; policy: string }>): string;
export declare function applyPolicies(options?: { root?: string }): Promise<{
  pages: { file: string; policy: string; inlineScripts: number }[];
  problems: string[];
}>;
