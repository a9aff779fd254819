#!/usr/bin/env node
// After `next build` and scripts/csp.mjs, before scripts/compress.mjs: writes out/sw.js, the
// service worker (lib/offline/sw.ts bundled with esbuild) with the list of every file it keeps:
//
//   node scripts/service-worker.mjs [folder]
//
// The list is Serwist's own (@serwist/build's getManifest over the folder): each page's HTML and
// Next's data files for client-side moves, everything under _next/static (the renderers' code
// included), the letter fonts and the icons, each with a revision (a hash of its bytes) unless its
// name already carries one (_next/static), so a new build downloads only the files that changed.
// Pages are listed after csp.mjs has put their policy in, so the copies kept carry it.

import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMain } from "./is-main.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const ROOT = path.resolve(here, "..");
export const DEFAULT_OUT = path.join(ROOT, "out");
const SOURCE = path.join(ROOT, "lib", "offline", "sw.ts");

/** What the service worker keeps: the whole site, as a static host serves it. */
export const PRECACHE = {
  globPatterns: ["**/*.{html,txt,json,js,css,ttf,svg,png,ico,icc,webmanifest}"],
  // Not the compressed copies (the browser is sent them for the plain names), not the headers file,
  // not the worker itself (the browser keeps it), and not the font licence, which no page asks for.
  globIgnores: ["**/*.br", "**/*.gz", "_headers", "sw.js", "fonts/OFL.txt"],
};

/**
 * The precache list for a built folder: Serwist's entries, with URLs from the site's root.
 * @param {string} outDir
 */
export async function precacheList(outDir) {
  const { getManifest } = await import("@serwist/build");
  const { manifestEntries, warnings, count, size } = await getManifest({
    globDirectory: outDir,
    ...PRECACHE,
    dontCacheBustURLsMatching: /^_next\/static\//,
    // The renderers' code is over Serwist's 2 MB default before compression.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    modifyURLPrefix: { "": "/" },
    // As the pages ask for them: Next's own script tags write "[step]" as "%5Bstep%5D", and the
    // cache matches URLs exactly.
    manifestTransforms: [(entries) => ({ manifest: entries.map((entry) => ({ ...entry, url: encodeURI(entry.url) })), warnings: [] })],
  });
  if (warnings.length) throw new Error(`the service worker's list: ${warnings.join("; ")}`);
  const { kept: entries, shared, sharedBytes } = await withoutSharedCode(outDir, manifestEntries ?? []);
  return { entries, count: count - shared, size: size - sharedBytes, shared };
}

/** Where the Welsh build's code is (scripts/languages.mjs), and the root's copy of it. */
export const WELSH_CODE = "/cy/_next/static/";

/**
 * The list without the Welsh pages' code that is the same file as the English pages' (most of it:
 * both builds make the same chunks, named by a hash of their bytes, and the bytes are compared
 * too): it is kept once, at the root, and the worker answers the Welsh address from that copy
 * (lib/offline/sw.ts), so a phone downloads the code once for both languages.
 * @param {string} outDir
 * @param {{ url: string }[]} entries
 */
export async function withoutSharedCode(outDir, entries) {
  const urls = new Set(entries.map((entry) => entry.url));
  const kept = [];
  let sharedBytes = 0;
  for (const entry of entries) {
    const rootUrl = entry.url.startsWith(WELSH_CODE) ? entry.url.slice("/cy".length) : null;
    if (rootUrl !== null && urls.has(rootUrl)) {
      const [welsh, root] = await Promise.all([readFile(path.join(outDir, decodeURI(entry.url))), readFile(path.join(outDir, decodeURI(rootUrl)))]);
      if (welsh.equals(root)) {
        sharedBytes += welsh.length;
        continue;
      }
    }
    kept.push(entry);
  }
  return { kept, shared: entries.length - kept.length, sharedBytes };
}

/**
 * Bundles the service worker with its list into outDir/sw.js. The list's own hash goes in as
 * well, so any change to any file makes a new sw.js, which is what makes a browser install it.
 * @param {string} outDir
 */
export async function buildServiceWorker(outDir = DEFAULT_OUT) {
  const esbuild = await import("esbuild");
  const { entries, count, size, shared } = await precacheList(outDir);
  const manifest = JSON.stringify(entries);
  await esbuild.build({
    entryPoints: [SOURCE],
    outfile: path.join(outDir, "sw.js"),
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2022",
    minify: true,
    legalComments: "none",
    define: { "process.env.NODE_ENV": '"production"', "self.__SW_MANIFEST": manifest },
    logLevel: "silent",
  });
  const built = await readFile(path.join(outDir, "sw.js"), "utf8");
  if (built.includes("__SW_MANIFEST")) throw new Error("sw.js was built without its precache list");
  await writeFile(path.join(outDir, "sw.js"), built);
  return { count, size, shared };
}

if (isMain(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? DEFAULT_OUT);
  const { count, size, shared } = await buildServiceWorker(outDir);
  console.log(
    `Service worker: ${path.relative(process.cwd(), path.join(outDir, "sw.js"))} keeps ${count} files (${(size / 1024 / 1024).toFixed(2)} MB before compression, counting ${shared} Welsh copies of the same code once)`,
  );
}
