// Types for cli/bundle.mjs (plain JavaScript so the launcher needs no compiler).

export declare const ROOT: string;
export declare const DEFAULT_OUT_DIR: string;
export declare function entryOf(outDir?: string): string;
export declare function staleReason(outDir?: string): string | null;
export declare function notRunnableMessage(outDir?: string): string | null;
export declare function buildBundle(outDir?: string): Promise<string>;
