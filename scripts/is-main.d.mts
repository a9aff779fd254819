// Types for scripts/is-main.mjs.

export declare function isMain(moduleUrl: string): boolean;
