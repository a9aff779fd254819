#!/usr/bin/env node
// Serve the static export in out/ with Node's own http module (no dependency: the README's
// "No static-server library" says why not sirv or send).
//
//   npm run build && npm start          # http://127.0.0.1:3000
//   PORT=4173 HOST=0.0.0.0 npm start
//   node scripts/serve.mjs [folder]     # another folder than out/
//
// What it is for: trying the built site on your own machine, and serving it from a single
// server of your own to the few people who use it there. A public deployment goes behind a
// static host or nginx (scripts/deploy/nginx.conf), which hold up better under load and abuse.
//
// It behaves like a careful static host: /path/ → /path/index.html, unknown paths get
// out/404.html with status 404, nothing whose real path (symbolic links followed) is outside
// out/ is ever read, build files meant for other
// hosts (_headers, the .br and .gz copies, dot-files) are not served, and every response carries
// the same security headers, even the errors Node's HTTP parser answers before a request exists
// (431, 400, 408). Every HTML page is sent with its own Content-Security-Policy header: the
// policy scripts/csp.mjs put in the page's <meta> at build time (computed here if it is missing),
// plus frame-ancestors 'none', which only a header can carry. The gzip and Brotli copies that
// scripts/compress.mjs writes at build time are sent when the request accepts them.
//
// It survives faults: each file is opened once and read from that handle, so a file deleted or
// replaced while it is requested is either sent whole, answered 404 or 500, or (if the headers
// have gone) cut off; a response that closes early destroys its file stream; idle and slow
// connections are closed after the bounds in LIMITS. Connections are limited in all and from any
// one address: one past either limit is answered 503, with our headers and Retry-After, not reset.

import { constants as fsConstants, realpathSync } from "node:fs";
import { open, realpath } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { pipeline } from "node:stream";
import { fileURLToPath } from "node:url";
import { ENCODINGS, isCompressible } from "./compress.mjs";
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
 * Bounds on what one connection may hold. A static site's requests are a few hundred bytes and
 * its largest file is well under a megabyte, so these are far above what a real browser needs,
 * and far below what would let idle or dribbling connections pile up.
 *
 * - headersTimeout: the whole request head must arrive within this (a connection that sends
 *   nothing, or dribbles a header a byte at a time, gets a 408 and is closed). Shorter than
 *   timeout, which would close a silent connection first, without a word.
 * - requestTimeout: the whole request, head and any body (we take none), within this.
 * - keepAliveTimeout: an idle kept-alive connection is closed after this.
 * - timeout: a connection on which nothing moves for this long, either way (a client that stops
 *   reading a download), is closed. Node waits once more if a write was pending at the first
 *   expiry, so a stalled download goes after 30 to 60 s: nginx's send_timeout is 60 s.
 * - maxConnections: connections served at once. One more is answered 503 (Service Unavailable)
 *   with Retry-After and closed. Each connection holds a socket and, while a file is sent, an open
 *   file: 400 of them stay clear of the common limit of 1,024 open files.
 * - maxConnectionsPerAddress: connections served at once from one client address, so one client
 *   holding slow connections cannot take every place (a browser opens 6 to a site; an office or a
 *   library behind one address, a few dozen). One more is answered 503 in the same way.
 * - maxSockets: sockets at all, the ones being answered 503 included; past it Node resets the
 *   connection, the only answer that costs nothing (a 503 still takes a socket for a moment).
 * - retryAfter: the seconds a 503 asks the client to wait.
 * - checkInterval: how often Node looks for connections past headersTimeout or requestTimeout.
 */
export const LIMITS = Object.freeze({
  headersTimeout: 20_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  timeout: 30_000,
  maxConnections: 400,
  maxConnectionsPerAddress: 50,
  maxSockets: 800,
  retryAfter: 5,
  checkInterval: 1_000,
});

/** How long a connection refused by the HTTP parser is kept to read what the client still sends. */
const LINGER_MS = 2_000;

/**
 * The Content-Security-Policy header for one HTML page.
 * @param {string} html
 */
export function pagePolicyHeader(html) {
  return headerPolicy(metaPolicyOf(html) ?? policyFor(inlineScriptHashes(html)));
}

/** For plain-text errors: nothing may load, nothing may frame them. */
export const ERROR_POLICY = `default-src 'none'; ${FRAME_ANCESTORS}`;

/** Headers of every plain-text error, whether answered by the handler or on a raw socket. */
function errorHeaders() {
  return {
    ...SECURITY_HEADERS,
    "Content-Security-Policy": ERROR_POLICY,
    "Content-Type": "text/plain; charset=utf-8",
    "Cache-Control": "no-cache",
  };
}

/** @param {string} filePath */
function contentTypeFor(filePath) {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? "application/octet-stream";
}

/**
 * @param {string} relative the file's path inside the root, with "/" separators
 */
function cacheControlFor(relative) {
  // Next.js puts a content hash in every file name under _next/static/. Decided on the file
  // actually opened, never on the request's path, which could name another file.
  if (relative.startsWith("_next/static/")) return "public, max-age=31536000, immutable";
  // HTML (and the RSC payloads beside it) must be revalidated so a new deployment is picked up at once.
  if (relative.endsWith(".html") || relative.endsWith(".txt")) return "no-cache";
  return "public, max-age=3600";
}

/**
 * Files in the folder that are not the site: host configuration written by scripts/csp.mjs
 * (_headers, and _redirects should one appear), the compressed copies (sent only in place of
 * their file, with the right headers) and dot-files (editors' and tools' leftovers, our own
 * half-written copies).
 * @param {string} relative
 */
export function isHidden(relative) {
  if (relative === "_headers" || relative === "_redirects") return true;
  if (relative.split("/").some((segment) => segment.startsWith("."))) return true;
  return ENCODINGS.some(({ suffix }) => relative.endsWith(suffix));
}

/**
 * Map a URL path to a file inside root, or null if it would leave root or needs normalising.
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
  if (decoded.includes("\0") || decoded.includes("\\")) return null;
  // Browsers remove "." and ".." segments before sending a request, so one that arrives (plain or
  // percent-encoded) is a probe. Refusing it outright means no request can name a file by a path
  // other than its own, which the cache rules and hidden files rely on.
  if (decoded.split("/").some((segment) => segment === "." || segment === "..")) return null;
  const resolved = path.resolve(root, `.${path.posix.sep}${decoded}`);
  if (resolved !== root && !resolved.startsWith(root + path.sep)) return null;
  return resolved;
}

/**
 * The encoding to send, from a request's Accept-Encoding: "br", "gzip" or null (the file as it
 * is). The highest q wins; on a tie, Brotli (smaller). q=0 refuses a coding, even under "*".
 * @param {string | undefined} header
 * @returns {"br" | "gzip" | null}
 */
export function preferredEncoding(header) {
  if (!header) return null;
  /** @type {Map<string, number>} */
  const weights = new Map();
  for (const part of header.split(",")) {
    const [name = "", ...params] = part.split(";").map((s) => s.trim().toLowerCase());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/.exec(param);
      // A q that is not a number between 0 and 1 is malformed: take it as a refusal, since the
      // file as it is can always be sent.
      if (match) q = /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(match[1] ?? "") ? Number(match[1]) : 0;
    }
    weights.set(name === "x-gzip" ? "gzip" : name, q);
  }
  const weightOf = (/** @type {string} */ coding) => weights.get(coding) ?? weights.get("*") ?? 0;
  const br = weightOf("br");
  const gzip = weightOf("gzip");
  if (br > 0 && br >= gzip) return "br";
  if (gzip > 0) return "gzip";
  return null;
}

const NOT_FOUND = new Set(["ENOENT", "ENOTDIR", "ENAMETOOLONG", "ELOOP"]);

/**
 * Open a regular file and stat the open handle, so what is sent is the file that was checked,
 * whatever happens to the path meanwhile. The path is first resolved to its real path, symbolic
 * links followed, and must stay inside `realRoot`: a link in out/ to /etc/passwd is not found.
 * The real path is then opened without following a link (O_NOFOLLOW), so a link put in its place
 * after the check is not followed either. O_NONBLOCK: opening a FIFO put in a file's place would
 * otherwise wait for a writer, holding one of libuv's four file threads for ever.
 * Resolves to null when there is no regular file there, inside the root, or when what it really
 * is is a file that is not the site (isHidden: a link named "x.txt" to out/.env), unless
 * `hiddenToo` (a compressed copy, sent in its file's place).
 * @param {string} filePath
 * @param {string} realRoot the served folder's own real path
 * @param {{ hiddenToo?: boolean }} [options]
 */
async function openFile(filePath, realRoot, { hiddenToo = false } = {}) {
  let handle;
  let real;
  try {
    real = await realpath(filePath);
    if (!real.startsWith(realRoot + path.sep)) return null;
    if (!hiddenToo && isHidden(path.relative(realRoot, real).split(path.sep).join("/"))) return null;
    handle = await open(real, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | fsConstants.O_NOFOLLOW);
  } catch (error) {
    if (NOT_FOUND.has(/** @type {NodeJS.ErrnoException} */ (error).code ?? "")) return null;
    throw error;
  }
  try {
    const stats = await handle.stat();
    if (stats.isFile()) return { handle, stats, real };
  } catch (error) {
    await handle.close();
    throw error;
  }
  await handle.close();
  return null;
}

/** Client aborts and resets: what a download cut short looks like, not a fault of ours. */
const CLIENT_GONE = new Set(["ERR_STREAM_PREMATURE_CLOSE", "ECONNRESET", "EPIPE"]);

/**
 * Build the request handler for a folder. Exported so tests can mount it.
 * @param {{ root?: string }} [options]
 * @returns {http.RequestListener}
 */
export function createHandler({ root = DEFAULT_ROOT } = {}) {
  const absoluteRoot = path.resolve(root);
  // What every file's real path must be inside: the folder's own, should out/ itself be a link.
  const realRoot = realpathSync(absoluteRoot);
  /**
   * @param {string} filePath
   * @param {{ hiddenToo?: boolean }} [options]
   */
  const openInside = (filePath, options) => openFile(filePath, realRoot, options);

  /** @param {string} filePath */
  const relativeOf = (filePath) => path.relative(absoluteRoot, filePath).split(path.sep).join("/");
  /** A file's real path inside the root, with "/" separators: what its cache rule is decided on. */
  const realRelativeOf = (/** @type {string} */ real) => path.relative(realRoot, real).split(path.sep).join("/");

  /**
   * The compressed copy to send instead of a file, if the request accepts one and there is one
   * no older than the file (an older one would be of a file changed since the build). A copy
   * that cannot be read is passed over: the file itself is there to send.
   * @param {http.IncomingMessage} req
   * @param {string} filePath
   * @param {import("node:fs").Stats} stats
   */
  async function openVariant(req, filePath, stats) {
    if (!isCompressible(filePath)) return null;
    const encoding = preferredEncoding(req.headers["accept-encoding"]);
    const suffix = ENCODINGS.find(({ name }) => name === encoding)?.suffix;
    if (!encoding || !suffix) return null;
    let variant;
    try {
      variant = await openInside(filePath + suffix, { hiddenToo: true });
    } catch (error) {
      console.error(`${filePath}${suffix}: ${/** @type {Error} */ (error).message}`);
      return null;
    }
    if (variant && variant.stats.mtimeMs >= stats.mtimeMs) return { ...variant, encoding };
    await variant?.handle.close();
    return null;
  }

  /**
   * Send an open file. Takes ownership of the handle: every path closes it.
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} filePath
   * @param {{ handle: import("node:fs/promises").FileHandle, stats: import("node:fs").Stats, real: string }} file
   */
  async function sendFile(req, res, status, filePath, { handle, stats, real }) {
    /** @type {import("node:fs/promises").FileHandle | undefined} */
    let body = handle;
    /** @type {import("node:fs/promises").FileHandle | undefined} */
    let spare;
    try {
      /** @type {http.OutgoingHttpHeaders} */
      const headers = {
        ...SECURITY_HEADERS,
        "Content-Type": contentTypeFor(filePath),
        "Cache-Control": status === 200 ? cacheControlFor(realRelativeOf(real)) : "no-cache",
      };
      if (isCompressible(filePath)) headers.Vary = "Accept-Encoding";
      // Pages are small: read the page whole to send its own policy, whichever copy is sent.
      const page = filePath.endsWith(".html") ? await handle.readFile() : null;
      if (page !== null) headers["Content-Security-Policy"] = pagePolicyHeader(page.toString("utf8"));
      const variant = await openVariant(req, filePath, stats);
      let size = page?.length ?? stats.size;
      if (variant) {
        spare = handle;
        body = variant.handle;
        size = variant.stats.size;
        headers["Content-Encoding"] = variant.encoding;
      }
      headers["Content-Length"] = size;

      if (req.method === "HEAD" || size === 0) {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      if (page !== null && !variant) {
        res.writeHead(status, headers);
        res.end(page);
        return;
      }
      res.writeHead(status, headers);
      const stream = body.createReadStream({ start: 0, end: size - 1 });
      body = undefined; // the stream closes it, however it ends
      pipeline(stream, exactly(size), res, (error) => {
        // pipeline has destroyed the stream (closing the file) and the response (cutting the
        // connection, so a short body is never taken for a whole one).
        if (error && !CLIENT_GONE.has(/** @type {NodeJS.ErrnoException} */ (error).code ?? "")) {
          console.error(`${req.url}: ${error.message}`);
        }
      });
    } finally {
      await body?.close();
      await spare?.close();
    }
  }

  /**
   * @param {http.ServerResponse} res
   * @param {number} status
   * @param {string} message
   * @param {http.OutgoingHttpHeaders} [extra]
   */
  function sendText(res, status, message, extra = {}) {
    res.writeHead(status, { ...errorHeaders(), "Content-Length": Buffer.byteLength(message), ...extra });
    res.end(message);
  }

  /**
   * @param {http.IncomingMessage} req
   * @param {http.ServerResponse} res
   */
  async function sendNotFound(req, res, rawPath) {
    // A Welsh address gets the Welsh page (scripts/languages.mjs puts the Welsh build in cy/); nginx: scripts/deploy/nginx.conf.
    const welsh = rawPath === "/cy" || rawPath.startsWith("/cy/");
    for (const page of [...(welsh ? [path.join(absoluteRoot, "cy", "404.html")] : []), path.join(absoluteRoot, "404.html")]) {
      const file = await openInside(page);
      if (file) {
        await sendFile(req, res, 404, page, file);
        return;
      }
    }
    sendText(res, 404, "Not found");
  }

  return async function handler(req, res) {
    const method = req.method ?? "GET";
    try {
      if (method !== "GET" && method !== "HEAD") {
        sendText(res, 405, "Method not allowed", { Allow: "GET, HEAD" });
        return;
      }
      // HTTP/1.1 requires exactly one Host (RFC 9112, 3.2); Node's own check would answer
      // without our headers, and Node keeps only the first of two.
      const hosts = req.rawHeaders.filter((_, i) => i % 2 === 0 && req.rawHeaders[i]?.toLowerCase() === "host").length;
      if ((req.httpVersion === "1.1" && hosts === 0) || hosts > 1) {
        sendText(res, 400, "Bad request");
        return;
      }

      // Only the path matters; ignore the query string and fragment. Parse the raw path
      // ourselves: `new URL` would remove "../" segments before we could refuse them.
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

      // /path/ → /path/index.html; /path → /path/index.html too, the way most static hosts
      // behave with trailingSlash: true.
      const candidates = rawPath.endsWith("/") ? [path.join(target, "index.html")] : [target, path.join(target, "index.html")];
      for (const candidate of candidates) {
        if (isHidden(relativeOf(candidate))) continue;
        const file = await openInside(candidate);
        if (file) {
          await sendFile(req, res, 200, candidate, file);
          return;
        }
      }
      await sendNotFound(req, res, rawPath);
    } catch (error) {
      console.error(`${req.url}: ${/** @type {Error} */ (error).message}`);
      if (!res.headersSent) sendText(res, 500, "Server error");
      else res.destroy();
    }
  };
}

/**
 * A pipeline step that passes a file through and fails if it did not yield exactly `size` bytes
 * (the file was cut short while being sent), so the response is cut rather than ended short:
 * with its Content-Length promised, a short body would leave the client waiting for the rest.
 * @param {number} size
 */
function exactly(size) {
  /** @param {AsyncIterable<Buffer>} chunks */
  return async function* (chunks) {
    let sent = 0;
    for await (const chunk of chunks) {
      sent += chunk.length;
      yield chunk;
    }
    if (sent !== size) throw new Error(`the file changed while it was sent (${sent} of ${size} bytes)`);
  };
}

/**
 * A whole response, for a socket no request object exists for.
 * @param {number} status
 * @param {string} message
 * @param {Record<string, string>} [extra]
 */
function rawResponse(status, message, extra = {}) {
  const headers = { ...errorHeaders(), "Content-Length": String(Buffer.byteLength(message)), Connection: "close", ...extra };
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}`);
  return `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n${lines.join("\r\n")}\r\n\r\n${message}`;
}

/** @param {NodeJS.ErrnoException} error */
function clientErrorStatus(error) {
  if (error.code === "HPE_HEADER_OVERFLOW") return [431, "Request header fields too large"];
  if (error.code === "ERR_HTTP_REQUEST_TIMEOUT") return [408, "Request timeout"];
  if (error.code === "HPE_CHUNK_EXTENSIONS_OVERFLOW") return [413, "Content too large"];
  return [400, "Bad request"];
}

/**
 * Answers a socket with a whole response and closes it. Half-closes after the answer and keeps
 * reading for a moment before closing: closing with a request unread would reset the connection,
 * and the client could lose the answer. The client closes on "Connection: close"; the timer bounds
 * one that does not.
 * @param {import("node:stream").Duplex} socket
 * @param {string} response
 */
function answerAndClose(socket, response) {
  socket.end(response);
  const linger = setTimeout(() => socket.destroy(), LINGER_MS);
  linger.unref();
  socket.once("close", () => clearTimeout(linger));
}

/**
 * Start a server. Resolves once it is listening.
 * @param {{ root?: string, port?: number, host?: string, limits?: Partial<typeof LIMITS> }} [options]
 * @returns {Promise<http.Server>}
 */
export function startServer({ root = DEFAULT_ROOT, port = 3000, host = "127.0.0.1", limits = {} } = {}) {
  const bounds = { ...LIMITS, ...limits };
  const server = http.createServer({
    headersTimeout: bounds.headersTimeout,
    requestTimeout: bounds.requestTimeout,
    connectionsCheckingInterval: bounds.checkInterval,
    // Checked by the handler instead, so the 400 carries our headers.
    requireHostHeader: false,
  });
  server.keepAliveTimeout = bounds.keepAliveTimeout;
  server.timeout = bounds.timeout;
  server.maxConnections = bounds.maxSockets;

  // A connection with a response under way cannot be given another one: a clientError there (a
  // bad pipelined request) just closes it, as Node does.
  /** @type {WeakSet<import("node:stream").Duplex>} */
  const busy = new WeakSet();
  /** @type {WeakSet<import("node:stream").Duplex>} */
  const answered = new WeakSet();
  server.on("request", (req, res) => {
    const socket = req.socket;
    busy.add(socket);
    res.once("close", () => busy.delete(socket));
  });

  // Connections served, in all and by client address. A connection past either limit is
  // answered 503 at once, before it sends anything, and never reaches the handler.
  let serving = 0;
  /** @type {Map<string, number>} */
  const byAddress = new Map();
  /** @type {WeakSet<import("node:stream").Duplex>} */
  const refused = new WeakSet();
  server.on("connection", (/** @type {import("node:net").Socket} */ socket) => {
    const address = socket.remoteAddress ?? "";
    const fromAddress = byAddress.get(address) ?? 0;
    if (serving >= bounds.maxConnections || fromAddress >= bounds.maxConnectionsPerAddress) {
      refused.add(socket);
      answered.add(socket);
      socket.on("error", () => {});
      answerAndClose(socket, rawResponse(503, "Service unavailable: try again in a few seconds", { "Retry-After": String(bounds.retryAfter) }));
      return;
    }
    serving++;
    byAddress.set(address, fromAddress + 1);
    socket.once("close", () => {
      serving--;
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left > 0) byAddress.set(address, left);
      else byAddress.delete(address);
    });
  });
  // A refused connection's request, if it sent one before it read the 503, is not answered again.
  const handle = createHandler({ root });
  server.on("request", (req, res) => {
    if (refused.has(req.socket)) return;
    handle(req, res);
  });

  server.on("clientError", (/** @type {NodeJS.ErrnoException} */ error, socket) => {
    // The parser reports every later chunk too: the connection has had its answer.
    if (answered.has(socket)) return;
    answered.add(socket);
    if (error.code === "ECONNRESET" || !socket.writable || busy.has(socket)) {
      socket.destroy();
      return;
    }
    const [status, message] = clientErrorStatus(error);
    answerAndClose(socket, rawResponse(Number(status), String(message)));
  });

  // Node answers these itself, without our headers, unless someone listens.
  server.on("checkExpectation", (_req, res) => {
    res.writeHead(417, { ...errorHeaders(), "Content-Length": 0 });
    res.end();
  });
  server.on("connect", (_req, socket) => {
    socket.end(rawResponse(405, "Method not allowed"));
    socket.once("finish", () => socket.destroy());
  });

  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      // After listening, an error here (accept failing for want of file handles) is not a reason
      // to stop serving the connections already open.
      server.on("error", (error) => console.error(`server: ${error.message}`));
      resolve(server);
    });
  });
}

if (isMain(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? DEFAULT_ROOT);
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || "127.0.0.1";
  let realRoot = "";
  try {
    realRoot = realpathSync(root);
  } catch {
    // Said below: there is no index.html.
  }
  const index = realRoot ? await openFile(path.join(root, "index.html"), realRoot) : null;
  if (!index) {
    console.error(`${path.join(path.relative(process.cwd(), root), "index.html")} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  await index.handle.close();
  const server = await startServer({ root, port, host });
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  console.log(`Serving ${path.relative(process.cwd(), root) || "."}/ on http://${host}:${actualPort}`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}
