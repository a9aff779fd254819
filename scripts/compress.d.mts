// Types for scripts/compress.mjs (plain JavaScript so the build's post-step needs no compiler).

export declare const DEFAULT_ROOT: string;
export declare const COMPRESSIBLE: ReadonlySet<string>;
export declare const ENCODINGS: ReadonlyArray<{ name: "br" | "gzip"; suffix: string }>;
export declare function isCompressible(file: string): boolean;
export declare function compressFolder(options?: { root?: string }): Promise<{ file: string; bytes: number; sizes: Partial<Record<"br" | "gzip", number>> }[]>;
