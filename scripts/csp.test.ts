import { createHash } from "node:crypto";
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  SECURITY_HEADERS,
  applyPolicies,
  blockedMarkup,
  headersFile,
  inlineScriptHashes,
  injectPolicy,
  metaPolicyOf,
  policyFor,
  processPage,
  routesFor,
  scriptHash,
} from "./csp.mjs";

const run = promisify(execFile);
const script = path.join(path.dirname(new URL(import.meta.url).pathname), "csp.mjs");

/** The hash a browser computes: sha256 over the script text's UTF-8 bytes, base64. */
const browserHash = (text: string) => `'sha256-${createHash("sha256").update(Buffer.from(text, "utf8")).digest("base64")}'`;

const PAYLOAD = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\nZoë Ångström – “quotes”"])';
const page = (body = "") =>
  `<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><link rel="stylesheet" href="/_next/static/a.css"/><script src="/_next/static/chunks/a.js" async=""></script></head><body>${body}<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>${PAYLOAD}</script><script>${PAYLOAD}</script></body></html>`;

describe("scripts/csp.mjs", () => {
  it("hashes each inline script the way a browser does, once each, and skips scripts with src", () => {
    const hashes = inlineScriptHashes(page());
    expect(hashes).toEqual([browserHash("(self.__next_f=self.__next_f||[]).push([0])"), browserHash(PAYLOAD)]);
    expect(scriptHash("")).toBe("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=");
    expect(inlineScriptHashes('<script id="_R_">a()</script><SCRIPT type="module">b()</SCRIPT >')).toEqual([browserHash("a()"), browserHash("b()")]);
  });

  it("writes a strict policy: our own origin only, no eval, no inline code without its hash", () => {
    const policy = policyFor(["'sha256-abc='"]);
    expect(policy).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self' data:; manifest-src 'self'; worker-src 'self'; base-uri 'none'; form-action 'self'; object-src 'none'",
    );
    expect(policy).not.toMatch(/'unsafe-eval'|'unsafe-inline'|https?:|\*/);
  });

  it("puts the policy first in <head>, after the charset, before any script or style", () => {
    const html = injectPolicy(page(), "default-src 'none'");
    expect(html).toMatch(
      /^<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'none'"\/><meta name="viewport"/,
    );
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<link"));
    expect(injectPolicy("<html><head><title>x</title></head></html>", "a")).toBe(
      '<html><head><meta http-equiv="Content-Security-Policy" content="a"/><title>x</title></head></html>',
    );
    expect(() => injectPolicy("<p>no head</p>", "a")).toThrow(/no <head>/);
  });

  it("is safe to run twice: the second run replaces the policy, with the same hashes", () => {
    const once = processPage(page());
    const twice = processPage(once.html);
    expect(twice.html).toBe(once.html);
    expect(twice.html.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(metaPolicyOf(twice.html)).toBe(once.policy);
  });

  it("finds markup a strict policy would block, and ignores the same words inside scripts and text", () => {
    expect(blockedMarkup(page())).toEqual([]);
    expect(blockedMarkup(page('<p>style="x" and onclick="y" typed as text</p><script>el.innerHTML = \'<a onclick="x" style="y">\'</script>'))).toEqual([]);
    const problems = blockedMarkup(page('<button onclick="go()">Go</button><a href="javascript:go()">Go</a><div style="color:red"></div>'));
    expect(problems).toHaveLength(3);
    expect(problems.join("\n")).toMatch(/inline event handler[\s\S]*javascript: URL[\s\S]*style attribute/);
  });

  it("maps files to the paths a static host serves them at", () => {
    expect(routesFor("index.html")).toEqual(["/", "/index.html"]);
    expect(routesFor(path.join("guide", "why", "index.html"))).toEqual(["/guide/why/", "/guide/why/index.html"]);
    expect(routesFor("404.html")).toEqual(["/404.html", "/404"]);
  });

  it("writes a headers file: security headers for everything, each page's policy with frame-ancestors", () => {
    const text = headersFile([{ file: path.join("guide", "why", "index.html"), policy: "default-src 'none'" }]);
    const lines = text.split("\n");
    const all = lines.indexOf("/*");
    expect(all).toBeGreaterThan(-1);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(lines).toContain(`  ${name}: ${value}`);
    expect(text).toContain("/guide/why/\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n");
    expect(text).toContain("/guide/why/index.html\n  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\n");
    // No policy on the catch-all rule: hosts join matching rules, and two policies both apply.
    expect(lines.slice(all, lines.indexOf("", all)).join("\n")).not.toContain("Content-Security-Policy");
    // Cloudflare Pages reads at most 2,000 characters a line.
    for (const line of lines) expect(line.length).toBeLessThan(2000);
  });

  it("turns off features we never use, and keeps clipboard writing (Copy as text) allowed", () => {
    const features = SECURITY_HEADERS["Permissions-Policy"]!.split(", ");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(features).toContain(`${feature}=()`);
    expect(features.every((f) => /^[a-z-]+=\(\)$/.test(f))).toBe(true);
    expect(SECURITY_HEADERS["Permissions-Policy"]).not.toContain("clipboard");
    expect(SECURITY_HEADERS).toMatchObject({ "Referrer-Policy": "no-referrer", "X-Content-Type-Options": "nosniff", "X-Frame-Options": "DENY" });
  });

  describe("on a built folder", () => {
    let root: string;
    beforeEach(async () => {
      root = await mkdtemp(path.join(tmpdir(), "csp-test-"));
      await mkdir(path.join(root, "guide", "why"), { recursive: true });
      await mkdir(path.join(root, "_next", "static"), { recursive: true });
      await writeFile(path.join(root, "index.html"), page());
      await writeFile(path.join(root, "404.html"), page("<h1>Not found</h1>"));
      await writeFile(path.join(root, "guide", "why", "index.html"), page("<h1>Why</h1>").replace(PAYLOAD, 'self.__next_f.push([1,"why"])'));
      await writeFile(path.join(root, "_next", "static", "a.js"), "console.log('<script>x</script>')");
    });
    afterEach(() => rm(root, { recursive: true, force: true }));

    it("gives every page its own policy and writes _headers to match", async () => {
      const { pages, problems } = await applyPolicies({ root });
      expect(problems).toEqual([]);
      expect(pages.map((p) => p.file)).toEqual(["404.html", path.join("guide", "why", "index.html"), "index.html"]);
      for (const { file, policy } of pages) {
        const html = await readFile(path.join(root, file), "utf8");
        expect(metaPolicyOf(html)).toBe(policy);
        for (const hash of inlineScriptHashes(html)) expect(policy).toContain(hash);
      }
      expect(pages[1]!.policy).not.toBe(pages[2]!.policy);
      const headers = await readFile(path.join(root, "_headers"), "utf8");
      expect(headers).toContain(`/\n  Content-Security-Policy: ${pages[2]!.policy}; frame-ancestors 'none'`);
      // Not HTML: untouched.
      expect(await readFile(path.join(root, "_next", "static", "a.js"), "utf8")).toBe("console.log('<script>x</script>')");
    });

    it("runs from the command line, and fails on markup the policy would block", async () => {
      const ok = await run(process.execPath, [script, root]);
      expect(ok.stdout).toMatch(/3 pages, 7 inline scripts allowed by hash/);
      await writeFile(path.join(root, "index.html"), page('<div style="color:red">x</div>'));
      const failed = await run(process.execPath, [script, root]).catch((error: { code: number; stderr: string }) => error);
      expect(failed).toMatchObject({ code: 1 });
      expect((failed as { stderr: string }).stderr).toMatch(/index\.html: style attribute/);
    });
  });
});
