// Types for scripts/serve.mjs (plain JavaScript so `npm start` needs no build step).
import type { RequestListener, Server } from "node:http";

export interface Limits {
  headersTimeout: number;
  requestTimeout: number;
  keepAliveTimeout: number;
  timeout: number;
  maxConnections: number;
  checkInterval: number;
}

export declare const DEFAULT_ROOT: string;
export declare const CONTENT_TYPES: Readonly<Record<string, string>>;
export declare const SECURITY_HEADERS: Readonly<Record<string, string>>;
export declare const ERROR_POLICY: string;
export declare const LIMITS: Readonly<Limits>;
export declare function pagePolicyHeader(html: string): string;
export declare function isHidden(relative: string): boolean;
export declare function resolveInside(root: string, urlPath: string): string | null;
export declare function preferredEncoding(header: string | undefined): "br" | "gzip" | null;
export declare function createHandler(options?: { root?: string }): RequestListener;
export declare function startServer(options?: { root?: string; port?: number; host?: string; limits?: Partial<Limits> }): Promise<Server>;
