import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inlineScriptHashes, policyFor } from "./csp.mjs";
import { ERROR_POLICY, SECURITY_HEADERS, startServer } from "./serve.mjs";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

const WITH_POLICY = `<html><head><meta charSet="utf-8"/><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'sha256-abc='"/></head><body>x</body></html>`;
const WITHOUT_POLICY = "<html><head></head><body><script>self.__next_f.push([0])</script></body></html>";

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
    expect((await request("/_next/static/chunks/app.js")).headers["cache-control"]).toBe(
      "public, max-age=31536000, immutable",
    );
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
