import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPRESSIBLE, compressFolder } from "./compress.mjs";

const TEXT = "A line of a page that repeats, as markup and scripts do.\n".repeat(200);
let root: string;

beforeEach(async () => {
  root = path.join(await mkdtemp(path.join(tmpdir(), "compress-test-")), "out");
  await mkdir(path.join(root, "_next", "static", "chunks"), { recursive: true });
});
afterEach(async () => {
  await rm(path.dirname(root), { recursive: true, force: true });
});

describe("scripts/compress.mjs", () => {
  it("writes a Brotli and a gzip copy beside every kind of compressible file, each the file when decoded", async () => {
    const files = [...COMPRESSIBLE].map((extension) => path.join(root, `file${extension}`));
    for (const file of files) await writeFile(file, TEXT);
    await compressFolder({ root });
    for (const file of files) {
      expect(zlib.brotliDecompressSync(await readFile(`${file}.br`)).toString(), file).toBe(TEXT);
      expect(zlib.gunzipSync(await readFile(`${file}.gz`)).toString(), file).toBe(TEXT);
    }
  });

  it("leaves images, woff2, host files and copies alone", async () => {
    for (const name of ["image.png", "font.woff2", "_headers", "profile.icc"]) await writeFile(path.join(root, name), TEXT);
    await writeFile(path.join(root, "_next", "static", "chunks", "app.js"), TEXT);
    await compressFolder({ root });
    await compressFolder({ root });
    expect((await readdir(root)).sort()).toEqual(["_headers", "_next", "font.woff2", "image.png", "profile.icc"]);
    expect((await readdir(path.join(root, "_next", "static", "chunks"))).sort()).toEqual(["app.js", "app.js.br", "app.js.gz"]);
  });

  it("writes no copy that would be larger than the file, and removes one that has become so", async () => {
    const file = path.join(root, "tiny.txt");
    await writeFile(file, TEXT);
    await compressFolder({ root });
    expect(existsSync(`${file}.br`)).toBe(true);
    await writeFile(file, "x");
    await compressFolder({ root });
    expect(existsSync(`${file}.br`)).toBe(false);
    expect(existsSync(`${file}.gz`)).toBe(false);
  });
});
