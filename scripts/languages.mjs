#!/usr/bin/env node
// After both languages' `next build`s, before scripts/csp.mjs: puts the Welsh build (out-cy/, built
// with SITE_LOCALE=cy and the base path /cy) into out/cy/, so one folder serves the site in both
// languages from one origin (one draft, one service worker):
//
//   node scripts/languages.mjs [out] [welsh build]
//
// The files every page asks for at the root whatever its language (the letter fonts, nhsuk's
// images: absolute paths in the style sheet and the letter code) are not copied a second time.
// Then each page's language switch (components/site/LanguageSwitch.tsx) is made to link to the
// same page in the other language, for a browser with no JavaScript too.

import { access, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMain } from "./is-main.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, "..");

/** What the Welsh build holds that the root already serves to both languages (public/). */
export const SHARED_AT_ROOT = ["fonts", "assets"];

/**
 * Moves `welshDir` to `outDir/cy`, without the shared files; replaces an earlier out/cy.
 * @param {string} outDir
 * @param {string} welshDir
 */
export async function mergeLanguages(outDir, welshDir) {
  await access(path.join(welshDir, "index.html")).catch(() => {
    throw new Error(`${welshDir} has no index.html: run the Welsh build first (SITE_LOCALE=cy next build)`);
  });
  const target = path.join(outDir, "cy");
  await rm(target, { recursive: true, force: true });
  await rename(welshDir, target);
  for (const shared of SHARED_AT_ROOT) await rm(path.join(target, shared), { recursive: true, force: true });
  await linkSwitches(outDir);
  return target;
}

/** The switch's link as the build writes it: the other language's start page, and that language's base. */
const SWITCH = /href="[^"]*"(\s+data-other-base="([^"]*)")/;

/**
 * The page's language switch with its link to this page in the other language.
 * @param {string} html
 * @param {string} route the page's own path without its language's base ("/guide/why/")
 */
export function withSwitchTo(html, route) {
  return html.replace(SWITCH, (_, attribute, otherBase) => `href="${otherBase}${route}"${attribute}`);
}

/** Every page's switch in `outDir`, English at the root and Welsh under cy/. */
async function linkSwitches(outDir) {
  /** @param {string} dir @param {string} route */
  const walk = async (dir, route) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name !== "_next") await walk(path.join(dir, entry.name), `${route}${entry.name}/`);
      else if (entry.name === "index.html") {
        const file = path.join(dir, entry.name);
        const own = route.startsWith("/cy/") ? route.slice("/cy".length) : route;
        await writeFile(file, withSwitchTo(await readFile(file, "utf8"), own));
      }
    }
  };
  await walk(outDir, "/");
}

if (isMain(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? path.join(ROOT, "out"));
  const welshDir = path.resolve(process.argv[3] ?? path.join(ROOT, "out-cy"));
  const target = await mergeLanguages(outDir, welshDir);
  console.log(`Languages: the Welsh pages are in ${path.relative(process.cwd(), target)}/`);
}
