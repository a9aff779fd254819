#!/usr/bin/env node
// Serve the static export in out/ with Node's own http module (no dependency).
//
//   npm run build && npm start          # http://127.0.0.1:3000
//   PORT=4173 HOST=0.0.0.0 npm start
//
// It behaves like a careful static host: /path/ → /path/index.html, unknown
// paths get out/404.html with status 404, nothing outside out/ is ever read,
// and every response carries the same security headers. Every HTML page is
// sent with its own Content-Security-Policy header: the policy scripts/csp.mjs
// put in the page's <meta> at build time (computed here if it is missing),
// plus frame-ancestors 'none', which only a header can carry.

import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { FRAME_ANCESTORS, SECURITY_HEADERS, headerPolicy, inlineScriptHashes, metaPolicyOf, policyFor } from "./csp.mjs";
import { isMain } from "./is-main.mjs";

export { SECURITY_HEADERS };

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(here, "..", "out");

/** @type {Record<string, string>} */
export const CONTENT_TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".ttf": "font/ttf",
  ".woff2": "font/woff2",
  ".webmanifest": "application/manifest+json",
};

/**
 * The Content-Security-Policy header for one HTML page.
 * @param {string} html
 */
export function pagePolicyHeader(html) {
  return headerPolicy(metaPolicyOf(html) ?? policyFor(inlineScriptHashes(html)));
}

/** For plain-text errors: nothing may load, nothing may frame them. */
export const ERROR_POLICY = `default-src 'none'; ${FRAME_ANCESTORS}`;

/** @param {string} filePath */
function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

/** @param {string} urlPath */
function cacheControlFor(urlPath, filePath) {
  // Next.js puts a content hash in every file name under /_next/static/.
  if (urlPath.startsWith("/_next/static/")) return "public, max-age=31536000, immutable";
  // HTML (and the RSC payloads beside it) must be revalidated so a new
  // deployment is picked up at once.
  if (filePath.endsWith(".html") || filePath.endsWith(".txt")) return "no-cache";
  return "public, max-age=3600";
}

/** @param {string} filePath */
async function isFile(filePath) {
  try {
    return (await stat(filePath)).isFile();
  } catch {
    return false;
  }
}

/**
 * Map a URL path to a file inside root, or null if it would leave root.
 * @param {string} root absolute path of the folder being served
 * @param {string} urlPath the request's path, still percent-encoded
 */
export function resolveInside(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed percent-encoding
  }
  if (decoded.includes("\0")) return null;
  const resolved = path.resolve(root, `.${path.posix.sep}${decoded}`);
  // Resolve first, then check the prefix: catches "..", encoded "%2e%2e" and
  // back-slashes alike.
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/**
 * Build the request handler for a folder. Exported so tests can mount it.
 * @param {{ root?: string }} [options]
 * @returns {http.RequestListener}
 */
export function createHandler({ root = DEFAULT_ROOT } = {}) {
  const absoluteRoot = path.resolve(root);

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} filePath
   * @param {string} urlPath
   * @param {string} method
   */
  async function sendFile(res, status, filePath, urlPath, method) {
    const headers = {
      ...SECURITY_HEADERS,
      "Content-Type": contentTypeFor(filePath),
      "Cache-Control": status === 200 ? cacheControlFor(urlPath, filePath) : "no-cache",
    };
    if (filePath.endsWith(".html")) {
      // Pages are small: read them whole to send their own policy.
      const body = await readFile(filePath);
      res.writeHead(status, { ...headers, "Content-Security-Policy": pagePolicyHeader(body.toString("utf8")), "Content-Length": body.length });
      res.end(method === "HEAD" ? undefined : body);
      return;
    }
    const info = await stat(filePath);
    res.writeHead(status, { ...headers, "Content-Length": info.size });
    if (method === "HEAD") {
      res.end();
      return;
    }
    createReadStream(filePath).pipe(res);
  }

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} message
   */
  function sendText(res, status, message, extra = {}) {
    res.writeHead(status, {
      ...SECURITY_HEADERS,
      "Content-Security-Policy": ERROR_POLICY,
      "Content-Type": "text/plain; charset=utf-8",
      "Cache-Control": "no-cache",
      ...extra,
    });
    res.end(message);
  }

  /**
   * @param {http.ServerResponse} res
   * @param {string} method
   */
  async function sendNotFound(res, method) {
    const page = path.join(absoluteRoot, "404.html");
    if (await isFile(page)) {
      await sendFile(res, 404, page, "/404.html", method);
    } else {
      sendText(res, 404, "Not found");
    }
  }

  return async function handler(req, res) {
    const method = req.method ?? "GET";
    try {
      if (method !== "GET" && method !== "HEAD") {
        sendText(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
        return;
      }

      // Only the path matters; ignore the query string and fragment. Parse
      // the raw path ourselves: `new URL` would remove "../" segments before
      // we could refuse them.
      const rawPath = (req.url ?? "/").split(/[?#]/, 1)[0] || "/";
      if (!rawPath.startsWith("/")) {
        sendText(res, 400, "Bad request");
        return;
      }

      const target = resolveInside(absoluteRoot, rawPath);
      if (target === null) {
        sendText(res, 403, "Forbidden");
        return;
      }

      // /path/ → /path/index.html; /path → /path/index.html too, the way
      // most static hosts behave with trailingSlash: true.
      const candidates = rawPath.endsWith("/")
        ? [path.join(target, "index.html")]
        : [target, path.join(target, "index.html")];

      for (const candidate of candidates) {
        if (await isFile(candidate)) {
          await sendFile(res, 200, candidate, rawPath, method);
          return;
        }
      }
      await sendNotFound(res, method);
    } catch (error) {
      console.error(error);
      if (!res.headersSent) sendText(res, 500, "Server error");
      else res.destroy();
    }
  };
}

/**
 * Start a server. Resolves once it is listening.
 * @param {{ root?: string, port?: number, host?: string }} [options]
 * @returns {Promise<http.Server>}
 */
export function startServer({ root = DEFAULT_ROOT, port = 3000, host = "127.0.0.1" } = {}) {
  const server = http.createServer(createHandler({ root }));
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve(server);
    });
  });
}


if (isMain(import.meta.url)) {
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || "127.0.0.1";
  if (!(await isFile(path.join(DEFAULT_ROOT, "index.html")))) {
    console.error("out/index.html is missing: run `npm run build` first.");
    process.exit(1);
  }
  const server = await startServer({ port, host });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  console.log(`Serving out/ on http://${host}:${actualPort}`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
