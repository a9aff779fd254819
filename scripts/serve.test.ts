import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync } from "node:fs";
import { chmod, mkdir, mkdtemp, rename, rm, symlink, truncate, utimes, writeFile } from "node:fs/promises";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compressFolder } from "./compress.mjs";
import { inlineScriptHashes, policyFor } from "./csp.mjs";
import { ERROR_POLICY, LIMITS, SECURITY_HEADERS, preferredEncoding, startServer } from "./serve.mjs";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

const WITH_POLICY = `<html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-abc='"/></head><body>x</body></html>`;
const WITHOUT_POLICY = "<html><head></head><body><script>self.__next_f.push([0])</script></body></html>";

/** Compressible enough that the build writes both copies. */
const BIG_SCRIPT = `${"export const answer = 42; // the same line, again and again\n".repeat(400)}`;
const LONG_PAGE = `<html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-long='"/></head><body>${"<p>A paragraph of the page.</p>".repeat(200)}</body></html>`;

let parent: string;
let root: string;
let server: http.Server;
let port: number;

/** A raw request: http.request keeps "../" in the path, unlike fetch or new URL. */
function request(rawPath: string, method = "GET"): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: rawPath, method }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  // out/ sits inside a parent folder that also holds a secret file, so a
  // traversal that escaped out/ would have something to find.
  parent = await mkdtemp(path.join(tmpdir(), "serve-test-"));
  root = path.join(parent, "out");
  await mkdir(path.join(root, "guide", "why"), { recursive: true });
  await mkdir(path.join(root, "_next", "static", "chunks"), { recursive: true });
  await mkdir(path.join(root, "fonts"), { recursive: true });
  await writeFile(path.join(parent, "package.json"), '{"secret":true}');
  await writeFile(path.join(root, "index.html"), "<h1>Home</h1>");
  await writeFile(path.join(root, "404.html"), "<h1>Page not found</h1>");
  await writeFile(path.join(root, "guide", "why", "index.html"), "<h1>Why</h1>");
  await mkdir(path.join(root, "with-policy"), { recursive: true });
  await writeFile(path.join(root, "with-policy", "index.html"), WITH_POLICY);
  await mkdir(path.join(root, "without-policy"), { recursive: true });
  await writeFile(path.join(root, "without-policy", "index.html"), WITHOUT_POLICY);
  await writeFile(path.join(root, "_next", "static", "chunks", "app.js"), "console.log(1)");
  await writeFile(path.join(root, "_next", "static", "chunks", "app.css"), "body{}");
  await writeFile(path.join(root, "data.json"), "{}");
  await writeFile(path.join(root, "robots.txt"), "User-agent: *");
  await writeFile(path.join(root, "icon.svg"), "<svg/>");
  await writeFile(path.join(root, "image.png"), "png");
  await writeFile(path.join(root, "favicon.ico"), "ico");
  await writeFile(path.join(root, "fonts", "Letter.ttf"), "ttf");
  await writeFile(path.join(root, "fonts", "Letter.woff2"), "woff2");
  // Build files and what compression leaves beside the site's files.
  await writeFile(path.join(root, "_headers"), "/*\n  X-Build-File: yes\n");
  await writeFile(path.join(root, ".env"), "SECRET=1");
  await writeFile(path.join(root, "_next", "static", "chunks", "big.js"), BIG_SCRIPT);
  await mkdir(path.join(root, "long"), { recursive: true });
  await writeFile(path.join(root, "long", "index.html"), LONG_PAGE);
  await writeFile(path.join(root, "stale.js"), BIG_SCRIPT);
  await compressFolder({ root });
  // A file changed after the build: its copies are older than it.
  const later = new Date(Date.now() + 60_000);
  await utimes(path.join(root, "stale.js"), later, later);

  server = await startServer({ root, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(parent, { recursive: true, force: true });
});

describe("scripts/serve.mjs", () => {
  it.each([
    ["/index.html", "text/html; charset=utf-8"],
    ["/_next/static/chunks/app.js", "text/javascript; charset=utf-8"],
    ["/_next/static/chunks/app.css", "text/css; charset=utf-8"],
    ["/data.json", "application/json; charset=utf-8"],
    ["/robots.txt", "text/plain; charset=utf-8"],
    ["/icon.svg", "image/svg+xml"],
    ["/image.png", "image/png"],
    ["/favicon.ico", "image/x-icon"],
    ["/fonts/Letter.ttf", "font/ttf"],
    ["/fonts/Letter.woff2", "font/woff2"],
  ])("serves %s as %s", async (urlPath, contentType) => {
    const reply = await request(urlPath);
    expect(reply.status).toBe(200);
    expect(reply.headers["content-type"]).toBe(contentType);
  });

  it("serves index.html for / and for a folder path with a trailing slash", async () => {
    expect((await request("/")).body).toBe("<h1>Home</h1>");
    const guide = await request("/guide/why/");
    expect(guide.status).toBe(200);
    expect(guide.body).toBe("<h1>Why</h1>");
    expect(guide.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it("ignores the query string", async () => {
    expect((await request("/guide/why/?from=start")).body).toBe("<h1>Why</h1>");
  });

  it("answers an unknown path with out/404.html and status 404", async () => {
    const reply = await request("/no/such/page/");
    expect(reply.status).toBe(404);
    expect(reply.body).toBe("<h1>Page not found</h1>");
    expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
  });

  it.each(["/../package.json", "/%2e%2e/package.json", "/guide/../../package.json", "/..%2fpackage.json"])(
    "refuses to read outside the folder: %s",
    async (rawPath) => {
      const reply = await request(rawPath);
      expect(reply.status).toBe(403);
      expect(reply.body).not.toContain("secret");
    },
  );

  it("puts the security headers on every response, errors included", async () => {
    for (const rawPath of ["/", "/no/such/page/", "/../package.json"]) {
      const reply = await request(rawPath);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(reply.headers[name.toLowerCase()], `${name} on ${rawPath}`).toBe(value);
      }
    }
  });

  it("caches hashed assets for ever and revalidates HTML", async () => {
    expect((await request("/_next/static/chunks/app.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await request("/guide/why/")).headers["cache-control"]).toBe("no-cache");
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await request("/", "HEAD");
    expect(head.status).toBe(200);
    expect(head.body).toBe("");
    expect((await request("/", "POST")).status).toBe(405);
  });

  it("sends each page's own policy as a header, with frame-ancestors", async () => {
    const reply = await request("/with-policy/");
    expect(reply.headers["content-security-policy"]).toBe("default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'");
    expect(reply.body).toBe(WITH_POLICY);
    expect(Number(reply.headers["content-length"])).toBe(Buffer.byteLength(WITH_POLICY));
    const head = await request("/with-policy/", "HEAD");
    expect(head.headers["content-security-policy"]).toBe(reply.headers["content-security-policy"]);
    expect(head.body).toBe("");
  });

  it("works the policy out for a page built without one (next build without the post-step)", async () => {
    const reply = await request("/without-policy/");
    expect(reply.headers["content-security-policy"]).toBe(`${policyFor(inlineScriptHashes(WITHOUT_POLICY))}; frame-ancestors 'none'`);
    expect(reply.headers["content-security-policy"]).toContain("'sha256-");
  });

  it("puts a policy on the 404 page and on plain-text errors", async () => {
    expect((await request("/no/such/page/")).headers["content-security-policy"]).toMatch(/frame-ancestors 'none'$/);
    expect((await request("/../package.json")).headers["content-security-policy"]).toBe(ERROR_POLICY);
    expect((await request("/", "POST")).headers["content-security-policy"]).toBe(ERROR_POLICY);
  });

  it("sends no policy with scripts, styles and fonts (it would not apply to them)", async () => {
    expect((await request("/_next/static/chunks/app.js")).headers["content-security-policy"]).toBeUndefined();
  });
});

type Raw = { status: number; headers: Record<string, string>; body: string; closedAfterMs: number | null };

/**
 * Writes bytes on a new connection, exactly as given (for requests no client would send), and
 * reads until the server closes it, or gives up after `giveUpMs` (closedAfterMs is then null).
 */
function exchange(toPort: number, data: string, { giveUpMs = 5_000, dribble = "", from = "127.0.0.1" } = {}): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    let text = "";
    let closed = false;
    const socket = net.connect({ port: toPort, host: "127.0.0.1", localAddress: from }, () => {
      if (data) socket.write(data);
      if (!dribble) return;
      const tick = setInterval(() => (socket.writable ? socket.write(dribble) : clearInterval(tick)), 100);
      socket.once("close", () => clearInterval(tick));
    });
    socket.setEncoding("latin1");
    socket.on("data", (chunk: string) => (text += chunk));
    socket.on("error", () => {}); // a reset after the answer still leaves the answer to check
    const timer = setTimeout(() => socket.destroy(), giveUpMs);
    socket.once("close", () => {
      closed = Date.now() - started < giveUpMs;
      clearTimeout(timer);
      const [head = "", ...rest] = text.split("\r\n\r\n");
      const [statusLine = "", ...lines] = head.split("\r\n");
      const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(statusLine)?.[1] ?? 0);
      if (!status && text) reject(new Error(`not an HTTP response: ${text.slice(0, 80)}`));
      const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
      resolve({ status, headers, body: rest.join("\r\n\r\n"), closedAfterMs: closed ? Date.now() - started : null });
    });
  });
}

type Fetched = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function fetchBytes(toPort: number, rawPath: string, headers: http.OutgoingHttpHeaders = {}, method = "GET"): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port: toPort, path: rawPath, method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** The security headers, and a policy unless it is a file a policy would not apply to (a font, a script). */
function expectOurHeaders(headers: Record<string, string | string[] | undefined>, where: string, { policy = true } = {}) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${name} on ${where}`).toBe(value);
  if (policy) expect(headers["content-security-policy"], `Content-Security-Policy on ${where}`).toMatch(/frame-ancestors 'none'$/);
}

function decode(reply: Fetched) {
  const encoding = reply.headers["content-encoding"];
  if (encoding === "br") return zlib.brotliDecompressSync(reply.body);
  if (encoding === "gzip") return zlib.gunzipSync(reply.body);
  return reply.body;
}

describe("requests Node's HTTP parser or its defaults would answer", () => {
  it("answers a 30,000-character URL with 431 and our headers, and closes the connection", async () => {
    const reply = await exchange(port, `GET /${"a".repeat(30_000)} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
    expect(reply.status).toBe(431);
    expectOurHeaders(reply.headers, "431");
    expect(reply.headers["content-security-policy"]).toBe(ERROR_POLICY);
    expect(reply.headers.connection).toBe("close");
    expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
    expect(reply.closedAfterMs).not.toBeNull();
  });

  it.each([
    ["a header line without a colon", 400, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nNo colon here\r\n\r\n"],
    ["bytes that are not HTTP (a TLS hello)", 400, "\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\r\n\r\n"],
    ["HTTP/1.1 without a Host", 400, "GET / HTTP/1.1\r\n\r\n"],
    ["an Expect we do not meet", 417, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nExpect: something-else\r\nConnection: close\r\n\r\n"],
    ["CONNECT", 405, "CONNECT example.org:443 HTTP/1.1\r\nHost: example.org:443\r\n\r\n"],
  ])("answers %s with %i and our headers", async (_name, status, data) => {
    const reply = await exchange(port, data);
    expect(reply.status).toBe(status);
    expectOurHeaders(reply.headers, String(status));
    expect(reply.headers["content-security-policy"]).toBe(ERROR_POLICY);
  });
});

describe("files that are not the site", () => {
  it.each(["/_headers", "/.env", "/_next/static/chunks/big.js.br", "/_next/static/chunks/big.js.gz", "/long/index.html.br"])(
    "answers %s with the 404 page",
    async (rawPath) => {
      const reply = await request(rawPath);
      expect(reply.status).toBe(404);
      expect(reply.body).toBe("<h1>Page not found</h1>");
      expectOurHeaders(reply.headers, rawPath);
    },
  );

  it.each([
    "/_next/static/%2e%2e/index.html",
    "/_next/static/%2e%2e/%2e%2e/index.html",
    "/_next/static/%2E%2E/%2E%2E/%2E%2E/package.json",
    "/_next/static/chunks/..%2f..%2f..%2findex.html",
    "/_next/static/../../index.html",
    "/_next/static/./chunks/app.js",
    "/_next/static/chunks/%2e/app.js",
    "/_next/static/chunks/..%5c..%5c..%5cindex.html",
    "/_next/static/chunks/app.js%00.js",
  ])("never serves %s, and never as immutable", async (rawPath) => {
    const reply = await request(rawPath);
    expect(reply.status).toBe(403);
    expect(reply.headers["cache-control"]).toBe("no-cache");
    expect(reply.body).not.toContain("secret");
    expectOurHeaders(reply.headers, rawPath);
  });
});

describe("compressed copies made at build time", () => {
  it.each([
    ["br", "br"],
    ["gzip", "gzip"],
    ["gzip, deflate, br, zstd", "br"],
    ["br;q=0, gzip", "gzip"],
    ["gzip;q=1, br;q=0.5", "gzip"],
    ["*", "br"],
    ["*, br;q=0", "gzip"],
    ["gzip;q=0, br;q=0", undefined],
    ["*;q=0", undefined],
    ["identity", undefined],
    ["", undefined],
  ])("Accept-Encoding %j gets %s", async (accept, encoding) => {
    const reply = await fetchBytes(port, "/_next/static/chunks/big.js", accept ? { "Accept-Encoding": accept } : {});
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBe(encoding);
    expect(reply.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(reply.headers.vary).toBe("Accept-Encoding");
    expect(reply.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
    if (encoding) expect(reply.body.length).toBeLessThan(BIG_SCRIPT.length / 4);
    expect(decode(reply).toString()).toBe(BIG_SCRIPT);
  });

  it("sends a page's compressed copy with the page's own policy", async () => {
    const plain = await fetchBytes(port, "/long/");
    for (const accept of ["br", "gzip"]) {
      const reply = await fetchBytes(port, "/long/", { "Accept-Encoding": accept });
      expect(reply.headers["content-encoding"]).toBe(accept);
      expect(reply.headers["content-security-policy"]).toBe("default-src 'none'; script-src 'self' 'sha256-long='; frame-ancestors 'none'");
      expect(reply.headers["content-security-policy"]).toBe(plain.headers["content-security-policy"]);
      expect(reply.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(reply.headers["cache-control"]).toBe("no-cache");
      expect(Number(reply.headers["content-length"])).toBe(reply.body.length);
      expect(decode(reply).toString()).toBe(LONG_PAGE);
    }
  });

  it("answers HEAD with the headers of the copy it would send, and no body", async () => {
    for (const [rawPath, accept] of [
      ["/_next/static/chunks/big.js", "br"],
      ["/long/", "gzip"],
      ["/long/", ""],
    ] as const) {
      const headers = accept ? { "Accept-Encoding": accept } : {};
      const [get, head] = [await fetchBytes(port, rawPath, headers), await fetchBytes(port, rawPath, headers, "HEAD")];
      expect(head.status).toBe(200);
      expect(head.body.length).toBe(0);
      for (const name of ["content-length", "content-encoding", "content-type", "vary", "cache-control", "content-security-policy"]) {
        expect(head.headers[name], `${name} of HEAD ${rawPath} (${accept})`).toBe(get.headers[name]);
      }
    }
  });

  it("sends the file itself when its copy is older than it, or it has none", async () => {
    const stale = await fetchBytes(port, "/stale.js", { "Accept-Encoding": "br, gzip" });
    expect(stale.headers["content-encoding"]).toBeUndefined();
    expect(stale.body.toString()).toBe(BIG_SCRIPT);
    // Too small to be worth a copy (the build writes none).
    const small = await fetchBytes(port, "/_next/static/chunks/app.js", { "Accept-Encoding": "br, gzip" });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.headers.vary).toBe("Accept-Encoding");
    expect(small.body.toString()).toBe("console.log(1)");
  });

  it.each([
    ["BR", "br"],
    ["x-gzip", "gzip"],
    ["br;q=0.001", "br"],
    ["br ; q = 0.5 , gzip ; q = 0.4", "br"],
    ["br;q=2, gzip", "gzip"],
    ["br;q=abc", null],
    ["deflate", null],
    [undefined, null],
  ])("reads Accept-Encoding %j as %s", (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});

describe("only out/, by real path (issue 23, row 8)", () => {
  beforeAll(async () => {
    // Links a deployment could hold by mistake: out of the folder, to a folder outside, to a file that is not the site.
    await symlink(path.join(parent, "package.json"), path.join(root, "passwd.txt"));
    await symlink(parent, path.join(root, "parent"));
    await symlink(path.join(root, ".env"), path.join(root, "env.txt"));
    await symlink(path.join(root, "robots.txt"), path.join(root, "robots-link.txt"));
  });

  it.each(["/passwd.txt", "/parent/package.json", "/env.txt"])(
    "answers %s, a link whose real path leaves out/ or is not the site, with the 404 page",
    async (rawPath) => {
      const reply = await request(rawPath);
      expect(reply.status).toBe(404);
      expect(reply.body).toBe("<h1>Page not found</h1>");
      expect(reply.body).not.toContain("secret");
      expectOurHeaders(reply.headers, rawPath);
    },
  );

  it("serves a link whose real path is a file of the site", async () => {
    const reply = await request("/robots-link.txt");
    expect(reply.status).toBe(200);
    expect(reply.body).toBe("User-agent: *");
  });

  it("answers two Host headers with 400 and our headers", async () => {
    const reply = await exchange(port, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
    expect(reply.status).toBe(400);
    expectOurHeaders(reply.headers, "two Hosts");
    expect(reply.headers["content-security-policy"]).toBe(ERROR_POLICY);
  });
});

describe("connections limited in all and by address, answered 503 when full (issue 23, row 8)", () => {
  // Small limits, so the test holds a handful of connections. Each held connection is counted by
  // the server before the next is opened (its "connection" event), so nothing depends on timing.
  const limits = { maxConnections: 3, maxConnectionsPerAddress: 2, retryAfter: 7, headersTimeout: 20_000, timeout: 30_000, keepAliveTimeout: 30_000 };
  let limited: http.Server;
  let limitedPort: number;
  const held: net.Socket[] = [];

  beforeAll(async () => {
    limited = await startServer({ root, port: 0, limits });
    limitedPort = (limited.address() as AddressInfo).port;
  });
  afterAll(async () => {
    for (const socket of held) socket.destroy();
    limited.closeAllConnections();
    await new Promise<void>((resolve) => limited.close(() => resolve()));
  });

  /** A slow connection from `from` that sends part of a request head and holds on, once the server has it. */
  async function hold(from: string): Promise<{ client: net.Socket; server: net.Socket }> {
    const accepted = new Promise<net.Socket>((resolve) => limited.once("connection", resolve));
    const client = net.connect({ port: limitedPort, host: "127.0.0.1", localAddress: from }, () => client.write("GET / HTTP/1.1\r\nHost: 127"));
    client.on("error", () => {});
    held.push(client);
    return { client, server: await accepted };
  }

  function expectBusy(reply: Raw, where: string) {
    expect(reply.status, where).toBe(503);
    expectOurHeaders(reply.headers, where);
    expect(reply.headers["content-security-policy"]).toBe(ERROR_POLICY);
    expect(reply.headers["retry-after"]).toBe("7");
    expect(reply.headers.connection).toBe("close");
    expect(reply.body).toBe("Service unavailable: try again in a few seconds");
    expect(reply.closedAfterMs, `${where}: closed, not left open`).not.toBeNull();
  }

  it("answers one address past its share with 503, while another address is served", async () => {
    await hold("127.0.0.2");
    const second = await hold("127.0.0.2");
    expectBusy(await exchange(limitedPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", { from: "127.0.0.2" }), "a third from one address");
    const other = await exchange(limitedPort, "GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", { from: "127.0.0.3" });
    expect(other.status).toBe(200);
    expect(other.body).toBe("User-agent: *");

    // Full in all: two from one address and one from another.
    await hold("127.0.0.3");
    expectBusy(await exchange(limitedPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", { from: "127.0.0.4" }), "one past the limit in all");

    // A place freed is a place given again.
    const freed = new Promise((resolve) => second.server.once("close", resolve));
    second.client.destroy();
    await freed;
    const after = await exchange(limitedPort, "GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n", { from: "127.0.0.4" });
    expect(after.status).toBe(200);
  });
});

describe("bounds on idle and slow connections", () => {
  // As in LIMITS, headersTimeout is the shorter: the inactivity timeout would close a silent
  // connection without a word.
  const limits = { headersTimeout: 600, requestTimeout: 1_000, keepAliveTimeout: 300, timeout: 1_500, checkInterval: 100 };
  let bounded: http.Server;
  let boundedPort: number;

  beforeAll(async () => {
    await writeFile(path.join(root, "large.bin"), randomBytes(32 * 1024 * 1024));
    bounded = await startServer({ root, port: 0, limits });
    boundedPort = (bounded.address() as AddressInfo).port;
  });
  afterAll(async () => {
    bounded.closeAllConnections();
    await new Promise<void>((resolve) => bounded.close(() => resolve()));
  });

  it("answers a connection that sends nothing with 408 and our headers, and closes it", async () => {
    const reply = await exchange(boundedPort, "");
    expect(reply.status).toBe(408);
    expectOurHeaders(reply.headers, "408");
    expect(reply.closedAfterMs).toBeGreaterThanOrEqual(limits.headersTimeout);
    expect(reply.closedAfterMs).toBeLessThan(4_000);
  });

  it("closes a connection that sends its request a byte at a time", async () => {
    const reply = await exchange(boundedPort, "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n", { dribble: "X" });
    expect(reply.status).toBe(408);
    expectOurHeaders(reply.headers, "408");
    expect(reply.closedAfterMs).toBeGreaterThanOrEqual(limits.headersTimeout);
    expect(reply.closedAfterMs).toBeLessThan(4_000);
  });

  it("closes a kept-alive connection left idle after its response", async () => {
    const reply = await exchange(boundedPort, "GET /robots.txt HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    expect(reply.status).toBe(200);
    expect(reply.body).toBe("User-agent: *");
    // Node adds a second to the advertised keep-alive, for clients that reuse a connection late.
    expect(reply.closedAfterMs).toBeGreaterThanOrEqual(limits.keepAliveTimeout);
    expect(reply.closedAfterMs).toBeLessThan(4_000);
  });

  it("drops a download the client has stopped reading", async () => {
    const dropped = new Promise<number>((resolve) => {
      bounded.once("connection", (socket: net.Socket) => {
        const started = Date.now();
        socket.once("close", () => resolve(Date.now() - started));
      });
    });
    const client = net.connect(boundedPort, "127.0.0.1", () => client.write("GET /large.bin HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"));
    client.pause(); // reads nothing: the server's writes back up
    client.on("error", () => {});
    try {
      const ms = await dropped;
      // Node waits once more when a write was pending at the first expiry.
      expect(ms).toBeGreaterThanOrEqual(limits.timeout);
      expect(ms).toBeLessThan(2 * limits.timeout + 3_000);
    } finally {
      client.destroy();
    }
  });
});

/**
 * `node scripts/serve.mjs` in a process of its own, so a crash is an exit and its open files can
 * be counted. Run as root, it runs as nobody, so that a file with no read permission is one it
 * really cannot read.
 */
describe("faults, against `node scripts/serve.mjs` in its own process", () => {
  const SERVE = fileURLToPath(new URL("./serve.mjs", import.meta.url));
  const BIG = randomBytes(32 * 1024 * 1024);
  let faultParent: string;
  let faultRoot: string;
  let child: ChildProcess;
  let childPort: number;

  const openFiles = () => readdirSync(`/proc/${child.pid}/fd`).length;
  const alive = () => child.exitCode === null && child.signalCode === null;

  beforeAll(async () => {
    faultParent = await mkdtemp(path.join(tmpdir(), "serve-faults-"));
    faultRoot = path.join(faultParent, "out");
    await mkdir(path.join(faultRoot, "fonts"), { recursive: true });
    await chmod(faultParent, 0o755);
    await writeFile(path.join(faultRoot, "index.html"), "<h1>Home</h1>");
    await writeFile(path.join(faultRoot, "404.html"), "<h1>Page not found</h1>");
    await writeFile(path.join(faultRoot, "fonts", "Big.ttf"), BIG);
    const asSomeoneElse = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    child = spawn(process.execPath, [SERVE, faultRoot], {
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1" },
      stdio: ["ignore", "pipe", "pipe"],
      ...asSomeoneElse,
    });
    childPort = await new Promise<number>((resolve, reject) => {
      let said = "";
      const listen = (chunk: Buffer) => {
        said += chunk.toString();
        const found = /on http:\/\/127\.0\.0\.1:(\d+)/.exec(said);
        if (found) resolve(Number(found[1]));
      };
      child.stdout!.on("data", listen);
      child.stderr!.on("data", (chunk: Buffer) => (said += chunk.toString()));
      child.once("exit", (code) => reject(new Error(`scripts/serve.mjs exited (${code}): ${said}`)));
    });
  });

  afterAll(async () => {
    if (alive()) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
    await rm(faultParent, { recursive: true, force: true });
  });

  /** A download given up after its first chunk, the way a closed tab or a cancelled fetch ends one. */
  function abortedDownload(rawPath: string) {
    return new Promise<void>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: childPort, path: rawPath, agent: false }, (res) => {
        res.once("data", () => {
          req.destroy();
          resolve();
        });
      });
      req.on("error", (error) => (req.destroyed ? resolve() : reject(error)));
      req.end();
    });
  }

  async function expectStillServing() {
    expect(alive()).toBe(true);
    const reply = await fetchBytes(childPort, "/");
    expect(reply.status).toBe(200);
    expect(reply.body.toString()).toBe("<h1>Home</h1>");
  }

  it("keeps its open files where they were after 1,000 aborted downloads", async () => {
    await abortedDownload("/fonts/Big.ttf");
    await expectStillServing();
    const before = openFiles();
    for (let batch = 0; batch < 100; batch++) {
      await Promise.all(Array.from({ length: 10 }, () => abortedDownload("/fonts/Big.ttf")));
    }
    await expectStillServing();
    // The server notices each closed connection a moment after the client closes it.
    const deadline = Date.now() + 5_000;
    while (openFiles() > before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(openFiles()).toBeLessThanOrEqual(before);
  });

  it("sends a file deleted while it is being sent whole, from the file it opened", async () => {
    const file = path.join(faultRoot, "fonts", "Deleted.ttf");
    await writeFile(file, BIG);
    const body = await new Promise<Buffer>((resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port: childPort, path: "/fonts/Deleted.ttf", agent: false }, (res) => {
        res.pause();
        const chunks: Buffer[] = [];
        void rm(file).then(() => {
          res.on("data", (chunk: Buffer) => chunks.push(chunk));
          res.resume();
        });
        res.on("end", () => resolve(Buffer.concat(chunks)));
        res.on("error", reject);
      });
      req.on("error", reject);
      req.end();
    });
    expect(body.equals(BIG)).toBe(true);
    expect((await fetchBytes(childPort, "/fonts/Deleted.ttf")).status).toBe(404);
    await expectStillServing();
  });

  it("cuts the connection when a file is cut short while being sent, then serves the next request", async () => {
    const file = path.join(faultRoot, "fonts", "Shrinking.ttf");
    await writeFile(file, BIG);
    let truncatedAt = 0;
    const outcome = await new Promise<{ received: number; promised: number; error: string; afterMs: number }>((resolve) => {
      let received = 0;
      let promised = 0;
      const done = (error: string) => resolve({ received, promised, error, afterMs: Date.now() - truncatedAt });
      // Kept alive, as a browser's connection is: a body ended short here would leave it waiting.
      const agent = new http.Agent({ keepAlive: true });
      const req = http.request({ host: "127.0.0.1", port: childPort, path: "/fonts/Shrinking.ttf", agent }, (res) => {
        promised = Number(res.headers["content-length"]);
        res.pause();
        void truncate(file, 1_000).then(() => {
          truncatedAt = Date.now();
          res.on("data", (chunk: Buffer) => (received += chunk.length));
          res.resume();
        });
        res.on("end", () => done("none: the body ended"));
        res.on("error", (error) => done(error.message));
      });
      req.on("error", (error) => done(error.message));
      req.setTimeout(10_000, () => req.destroy(new Error("the client waited 10 s")));
      req.end();
    });
    expect(outcome.promised).toBe(BIG.length);
    expect(outcome.received).toBeLessThan(BIG.length);
    expect(outcome.error).toMatch(/aborted|ECONNRESET|socket hang up/);
    // Cut by the server at once, not ended short and left for the keep-alive timeout to close.
    expect(outcome.afterMs).toBeLessThan(LIMITS.keepAliveTimeout);
    await expectStillServing();
  });

  it("answers 404 for a file replaced by a directory or a FIFO, and a FIFO holds nothing up", async () => {
    const file = path.join(faultRoot, "fonts", "Replaced.ttf");
    await mkdir(file);
    expect((await fetchBytes(childPort, "/fonts/Replaced.ttf")).status).toBe(404);
    await rm(file, { recursive: true });
    execFileSync("mkfifo", [file]);
    // More at once than libuv has file threads: a blocking open would leave none for the rest.
    const replies = await Promise.all(Array.from({ length: 8 }, () => fetchBytes(childPort, "/fonts/Replaced.ttf")));
    for (const reply of replies) {
      expect(reply.status).toBe(404);
      expectOurHeaders(reply.headers, "404 for a FIFO");
    }
    await rm(file);
    await expectStillServing();
  });

  it("answers 500 with our headers for a file it may not read", async () => {
    const file = path.join(faultRoot, "fonts", "Unreadable.ttf");
    await writeFile(file, "font");
    await chmod(file, 0o000);
    const reply = await fetchBytes(childPort, "/fonts/Unreadable.ttf");
    expect(reply.status).toBe(500);
    expectOurHeaders(reply.headers, "500");
    expect(reply.body.toString()).toBe("Server error");
    await rm(file);
    await expectStillServing();
  });

  it("sends the file itself when its compressed copy cannot be read", async () => {
    const file = path.join(faultRoot, "fonts", "Copied.ttf");
    const content = Buffer.from("glyphs ".repeat(1_000));
    await writeFile(file, content);
    await writeFile(`${file}.br`, zlib.brotliCompressSync(content));
    await chmod(`${file}.br`, 0o000);
    const reply = await fetchBytes(childPort, "/fonts/Copied.ttf", { "Accept-Encoding": "br" });
    expect(reply.status).toBe(200);
    expect(reply.headers["content-encoding"]).toBeUndefined();
    expect(reply.body.equals(content)).toBe(true);
    await rm(`${file}.br`);
    await rm(file);
    await expectStillServing();
  });

  it("answers whole files, 404 or 500 while a file is deleted and replaced under it, and keeps serving", async () => {
    const file = path.join(faultRoot, "fonts", "Churning.ttf");
    const content = randomBytes(256 * 1024);
    const outcomes: Record<string, number> = {};
    let churning = true;
    const churn = (async () => {
      for (let round = 0; churning; round++) {
        await rm(file, { recursive: true, force: true });
        if (round % 3 === 1) await mkdir(file);
        if (round % 3 === 2) execFileSync("mkfifo", [file]);
        await new Promise((resolve) => setTimeout(resolve, 1));
        await rm(file, { recursive: true, force: true });
        await writeFile(`${file}.new`, content);
        await rename(`${file}.new`, file);
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
    })();
    const until = Date.now() + 1_500;
    const clients = Array.from({ length: 4 }, async () => {
      while (Date.now() < until) {
        const reply = await fetchBytes(childPort, "/fonts/Churning.ttf");
        outcomes[reply.status] = (outcomes[reply.status] ?? 0) + 1;
        expect([200, 404, 500]).toContain(reply.status);
        expectOurHeaders(reply.headers, `${reply.status} under churn`, { policy: reply.status !== 200 });
        if (reply.status === 200) expect(reply.body.equals(content), "a 200 carries the whole file").toBe(true);
      }
    });
    try {
      await Promise.all(clients);
    } finally {
      churning = false;
      await churn;
      await rm(file, { recursive: true, force: true });
    }
    expect(outcomes[200], JSON.stringify(outcomes)).toBeGreaterThan(0);
    expect(outcomes[404], JSON.stringify(outcomes)).toBeGreaterThan(0);
    await expectStillServing();
  });
});
