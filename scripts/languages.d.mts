export declare const SHARED_AT_ROOT: string[];
export declare function mergeLanguages(outDir: string, welshDir: string): Promise<string>;
export declare function withSwitchTo(html: string, route: string): string;
