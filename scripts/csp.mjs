#!/usr/bin/env node
// After `next build`: give every page in out/ a strict Content Security Policy.
//
//   npm run build        # next build && node scripts/csp.mjs
//   node scripts/csp.mjs [folder]
//
// Next's static export puts a few scripts inline in every page (the RSC payload,
// `self.__next_f.push(...)`, and the bundler's chunk list). A strict policy can
// only allow them by hash, and the hashes differ from page to page, so for each
// HTML file this script:
//
//   1. hashes (sha256) the text of each inline <script>,
//   2. puts <meta http-equiv="Content-Security-Policy"> at the top of <head>,
//      before any script, style or link (right after <meta charset>, which the
//      HTML standard wants in the first 1024 bytes),
//   3. writes out/_headers (Netlify and Cloudflare Pages read it) with the same
//      policy per page as a real header, plus what a <meta> policy cannot say
//      (frame-ancestors) and the other security headers.
//
// scripts/serve.mjs (`npm start`) reads the <meta> policy back and sends it as
// a header too; scripts/deploy/nginx.conf shows the same for nginx.
//
// It fails (exit 1) if a page has markup a strict policy would block without
// saying so at build time: inline event handlers (onclick="…"), javascript:
// URLs or style="…" attributes.

import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMain } from "./is-main.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(here, "..", "out");

/**
 * The policy, apart from the per-page script hashes.
 *
 * - No 'unsafe-eval', no 'unsafe-inline', no host other than our own.
 * - 'wasm-unsafe-eval': the PDF library lays pages out with yoga-layout, which
 *   is WebAssembly (compiled from bytes in its own script). Without it the
 *   "Download PDF" button fails. It allows compiling WebAssembly only, not
 *   eval() or new Function().
 * - connect-src data: the same library's loader fetch()es its WebAssembly from a
 *   data: URL (base64 inside its own script). A data: URL is read from memory:
 *   no request leaves the device, so this opens no way out. (Blocked, the loader
 *   falls back to decoding it itself, but the browser reports a violation.)
 * - img-src data: blob: for files we make in the browser.
 * - worker-src 'self': the letter's file worker and the service worker (which keeps the site for
 *   offline use) are our own scripts, from our own origin; nothing runs as a worker from blob:.
 */
export const POLICY_DIRECTIVES = [
  ["default-src", "'none'"],
  ["script-src", "'self'", "'wasm-unsafe-eval'"],
  ["style-src", "'self'"],
  ["img-src", "'self'", "data:", "blob:"],
  ["font-src", "'self'"],
  ["connect-src", "'self'", "data:"],
  ["manifest-src", "'self'"],
  ["worker-src", "'self'"],
  ["base-uri", "'none'"],
  ["form-action", "'self'"],
  ["object-src", "'none'"],
];

/** Only a header can say this (browsers ignore frame-ancestors in a <meta> policy). */
export const FRAME_ANCESTORS = "frame-ancestors 'none'";

/** Headers for every response, whatever its type. */
export const SECURITY_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  // Features we never use, turned off for our pages and anything they could embed.
  "Permissions-Policy": [
    "accelerometer=()",
    "autoplay=()",
    "browsing-topics=()",
    "camera=()",
    "display-capture=()",
    "geolocation=()",
    "gyroscope=()",
    "hid=()",
    "idle-detection=()",
    "magnetometer=()",
    "microphone=()",
    "midi=()",
    "payment=()",
    "publickey-credentials-get=()",
    "screen-wake-lock=()",
    "serial=()",
    "usb=()",
    "xr-spatial-tracking=()",
  ].join(", "),
};

/** "sha256-…" of a script's text, as a browser computes it (over the UTF-8 bytes, as written). */
export function scriptHash(text) {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META_CSP = /<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*"\s*\/?>/gi;

/** The sha256 source of every inline script (one without src), in page order, without repeats. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const hash = `'${scriptHash(match[2] ?? "")}'`;
    if (!hashes.includes(hash)) hashes.push(hash);
  }
  return hashes;
}

/** The page's policy: the fixed directives with the page's script hashes added to script-src. */
export function policyFor(hashes) {
  return POLICY_DIRECTIVES.map(([name, ...sources]) => [name, ...sources, ...(name === "script-src" ? hashes : [])].join(" ")).join("; ");
}

/** The policy for a header: the page's policy and frame-ancestors. */
export function headerPolicy(metaPolicy) {
  return `${metaPolicy}; ${FRAME_ANCESTORS}`;
}

/**
 * Markup a strict policy blocks: inline event handlers, javascript: URLs and style attributes.
 * Script bodies are left out first (the RSC payload holds props as JSON, not as markup).
 */
export function blockedMarkup(html) {
  const markup = html.replace(SCRIPT, "<script></script>");
  const problems = [];
  for (const tag of markup.match(/<[a-zA-Z][^>]*>/g) ?? []) {
    if (/\son[a-z]+\s*=/i.test(tag)) problems.push(`inline event handler: ${tag.slice(0, 80)}`);
    if (/=\s*["']?\s*javascript:/i.test(tag)) problems.push(`javascript: URL: ${tag.slice(0, 80)}`);
    if (/\sstyle\s*=/i.test(tag)) problems.push(`style attribute: ${tag.slice(0, 80)}`);
  }
  return problems;
}

/** Puts the policy at the top of <head> (after <meta charset> if that comes first). Replaces an earlier one. */
export function injectPolicy(html, policy) {
  const withoutOld = html.replace(META_CSP, "");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const head = /<head\b[^>]*>/i.exec(withoutOld);
  if (!head) throw new Error("no <head> in the page");
  let at = head.index + head[0].length;
  const charset = /^\s*<meta\s+charset=["']?[\w-]+["']?\s*\/?>/i.exec(withoutOld.slice(at));
  if (charset) at += charset[0].length;
  return `${withoutOld.slice(0, at)}${meta}${withoutOld.slice(at)}`;
}

/** The policy a page already carries in its <meta>, or null. */
export function metaPolicyOf(html) {
  const match = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  return match ? match[1] : null;
}

/** One page: its new HTML and its policy. */
export function processPage(html) {
  const policy = policyFor(inlineScriptHashes(html.replace(META_CSP, "")));
  return { html: injectPolicy(html, policy), policy, problems: blockedMarkup(html) };
}

/** The URL paths a static host serves a file at: "guide/why/index.html" → "/guide/why/" and the file itself. */
export function routesFor(relativeFile) {
  const file = `/${relativeFile.split(path.sep).join("/")}`;
  if (file === "/index.html") return ["/", "/index.html"];
  if (file.endsWith("/index.html")) return [file.slice(0, -"index.html".length), file];
  return [file, file.replace(/\.html$/, "")];
}

/** out/_headers in the Netlify / Cloudflare Pages format. */
export function headersFile(pages) {
  const lines = [
    "# Written by scripts/csp.mjs after `next build`. Netlify and Cloudflare Pages read this file.",
    "# Every response: the security headers. Every page: its own Content-Security-Policy, because",
    "# the hashes of the page's inline scripts differ from page to page.",
    "/*",
    ...Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`),
    "",
  ];
  for (const page of pages) {
    for (const route of routesFor(page.file)) {
      lines.push(route, `  Content-Security-Policy: ${headerPolicy(page.policy)}`, "");
    }
  }
  return lines.join("\n");
}

async function htmlFiles(root, dir = root) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await htmlFiles(root, full)));
    else if (entry.isFile() && entry.name.endsWith(".html")) found.push(path.relative(root, full));
  }
  return found.sort();
}

/**
 * Adds the policy to every page in root and writes root/_headers.
 * @param {{ root?: string }} [options]
 */
export async function applyPolicies({ root = DEFAULT_ROOT } = {}) {
  const pages = [];
  const problems = [];
  for (const file of await htmlFiles(root)) {
    const full = path.join(root, file);
    const result = processPage(await readFile(full, "utf8"));
    await writeFile(full, result.html);
    pages.push({ file, policy: result.policy, inlineScripts: result.policy.split("'sha256-").length - 1 });
    problems.push(...result.problems.map((p) => `${file}: ${p}`));
  }
  await writeFile(path.join(root, "_headers"), headersFile(pages));
  return { pages, problems };
}

if (isMain(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? DEFAULT_ROOT);
  const { pages, problems } = await applyPolicies({ root });
  const scripts = pages.reduce((n, p) => n + p.inlineScripts, 0);
  console.log(
    `Content-Security-Policy: ${pages.length} pages, ${scripts} inline scripts allowed by hash; wrote ${path.relative(process.cwd(), path.join(root, "_headers")) || "_headers"}`,
  );
  if (pages.length === 0) {
    console.error(`No HTML files in ${root}: run next build first.`);
    process.exit(1);
  }
  if (problems.length) {
    console.error("Markup the Content Security Policy would block:");
    for (const p of problems) console.error(`  ${p}`);
    process.exit(1);
  }
}
