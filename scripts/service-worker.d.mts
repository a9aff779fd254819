export const ROOT: string;
export const DEFAULT_OUT: string;
export const PRECACHE: { globPatterns: string[]; globIgnores: string[] };
export function precacheList(outDir: string): Promise<{ entries: { url: string; revision: string | null }[]; count: number; size: number }>;
export function buildServiceWorker(outDir?: string): Promise<{ count: number; size: number }>;
