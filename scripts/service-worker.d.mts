export const ROOT: string;
export const DEFAULT_OUT: string;
export const PRECACHE: { globPatterns: string[]; globIgnores: string[] };
export const WELSH_CODE: string;
export function precacheList(outDir: string): Promise<{ entries: { url: string; revision: string | null }[]; count: number; size: number; shared: number }>;
export function withoutSharedCode<T extends { url: string }>(outDir: string, entries: T[]): Promise<{ kept: T[]; shared: number; sharedBytes: number }>;
export function buildServiceWorker(outDir?: string): Promise<{ count: number; size: number; shared: number }>;
