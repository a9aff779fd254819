// Types for cli/bundle.mjs (plain JavaScript so the launcher needs no compiler).

export declare const ROOT: string;
export declare const DEFAULT_OUT_DIR: string;
export declare const RETIRED_BUILD_KEEP_MS: number;
export declare function currentBuild(outDir?: string): string | null;
export declare function staleReason(outDir?: string): string | null;
export declare function pruneBuilds(outDir?: string, options?: { keepMs?: number; now?: number }): void;
export declare function buildBundle(outDir?: string): Promise<string>;
export declare function ensureBundle(outDir?: string): Promise<string>;
