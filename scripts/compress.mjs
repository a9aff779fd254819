#!/usr/bin/env node
// After scripts/csp.mjs: write a gzip and a Brotli copy beside every compressible file in out/.
//
//   npm run build        # next build && node scripts/csp.mjs && node scripts/compress.mjs
//   node scripts/compress.mjs [folder]
//
// Compressing once at build time, at the highest levels, costs a few seconds once instead of CPU
// on every request, and gives smaller files than a server compressing on the fly could afford to.
// scripts/serve.mjs (`npm start`) sends out/x.js.br or out/x.js.gz for out/x.js when the request's
// Accept-Encoding allows; nginx does the same with gzip_static and brotli_static
// (scripts/deploy/nginx.conf). It runs after csp.mjs because that step rewrites every page: a copy made
// before would carry the page without its policy.
//
// A copy is written only if it is smaller than the file (a tiny file can come out larger), and an
// old copy that no longer is smaller is removed, so the folder never offers a stale variant.

import { readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { isMain } from "./is-main.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = path.resolve(here, "..", "out");

/** Kinds of file worth compressing. Images, icons, woff2 and ICC profiles are compressed already or tiny. */
export const COMPRESSIBLE = new Set([".html", ".js", ".css", ".txt", ".json", ".svg", ".ttf", ".webmanifest"]);

/** Each encoding a copy is written for, in the order a server should prefer them. */
export const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
];

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** @param {string} file */
export function isCompressible(file) {
  return COMPRESSIBLE.has(path.extname(file).toLowerCase());
}

/**
 * @param {Buffer} data
 * @param {string} file
 * @param {string} encoding
 */
function compress(data, file, encoding) {
  if (encoding === "gzip") return gzip(data, { level: zlib.constants.Z_BEST_COMPRESSION });
  return brotli(data, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length,
      [zlib.constants.BROTLI_PARAM_MODE]: file.endsWith(".ttf") ? zlib.constants.BROTLI_MODE_FONT : zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

/** @param {string} dir @returns {Promise<string[]>} */
async function compressibleFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await compressibleFiles(full)));
    else if (entry.isFile() && isCompressible(entry.name)) found.push(full);
  }
  return found.sort();
}

/**
 * Writes the copies of one file. The copy is written under a dot-name and renamed into place, so a
 * server running over the folder never sends half a file (serve.mjs never serves dot-files).
 * @param {string} file
 */
async function compressFile(file) {
  const data = await readFile(file);
  /** @type {Record<string, number>} */
  const sizes = {};
  for (const { name, suffix } of ENCODINGS) {
    const target = file + suffix;
    const packed = await compress(data, file, name);
    if (packed.length >= data.length) {
      await rm(target, { force: true });
      continue;
    }
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
    await writeFile(temporary, packed);
    await rename(temporary, target);
    sizes[name] = packed.length;
  }
  return { file, bytes: data.length, sizes };
}

/**
 * Compresses every compressible file under root. Two at a time: zlib works on libuv's thread
 * pool, and the machines this builds on have two cores.
 * @param {{ root?: string }} [options]
 */
export async function compressFolder({ root = DEFAULT_ROOT } = {}) {
  const files = await compressibleFiles(root);
  /** @type {Awaited<ReturnType<typeof compressFile>>[]} */
  const results = [];
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = /** @type {string} */ (files[next++]);
      results.push(await compressFile(file));
    }
  };
  await Promise.all([worker(), worker()]);
  return results.sort((a, b) => a.file.localeCompare(b.file));
}

if (isMain(import.meta.url)) {
  const root = path.resolve(process.argv[2] ?? DEFAULT_ROOT);
  const started = Date.now();
  const results = await compressFolder({ root });
  if (results.length === 0) {
    console.error(`No compressible files in ${root}: run next build first.`);
    process.exit(1);
  }
  const total = (/** @type {string} */ name) => results.reduce((sum, r) => sum + (r.sizes[name] ?? r.bytes), 0);
  const mb = (/** @type {number} */ bytes) => (bytes / 1e6).toFixed(2);
  const bytes = results.reduce((sum, r) => sum + r.bytes, 0);
  console.log(
    `Compressed ${results.length} files (${mb(bytes)} MB): Brotli ${mb(total("br"))} MB, gzip ${mb(total("gzip"))} MB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
