// The command line as one bundled ES module run by plain `node`: compiling the TypeScript sources
// with tsx at every start cost about a second before the first letter. Plain JavaScript, so the
// launcher (cli/run.mjs) needs no compiler to check or build it.
//
// The bundle lives in node_modules/.cache/letter-cli/: never committed, and gone with every
// `npm ci`, so a new install of the dependencies always gets a new bundle. It is built on demand,
// the first time `npm run letter` runs and again whenever a source it was built from has changed:
// npm 11 skips install scripts it has not been told to allow, so a `prepare` or `postinstall`
// hook could not be relied on to have run.
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_OUT_DIR = path.join(ROOT, "node_modules", ".cache", "letter-cli");
const ENTRY = path.join(ROOT, "cli", "letter.ts");
/** Files that change the bundle without being part of it: the dependency versions and the `@/` alias. */
const SETTINGS_FILES = ["package.json", "package-lock.json", "tsconfig.json", "cli/bundle.mjs"];
/** Bumped when the manifest's shape changes, so an older bundle is rebuilt rather than misread. */
const MANIFEST_VERSION = 2;

/**
 * pdfkit's Node build loads its standard-font metrics with a `require` made from its own
 * import.meta.url (`createRequire(import.meta.url)('#standard-fonts/Helvetica')`, through the
 * package's "imports" map), which esbuild cannot follow and which, run from the bundle, resolves
 * against the bundle's folder and fails ("Cannot find module '#standard-fonts/Helvetica'").
 * Every PDFDocument loads Helvetica as its default font, so every PDF needs it. Turning those
 * calls into plain `require` lets esbuild resolve the "imports" map and bundle the metrics.
 */
const pdfkitStandardFonts = {
  name: "pdfkit-standard-fonts",
  setup(build) {
    build.onLoad({ filter: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.node\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const contents = source.replaceAll("require$1('#standard-fonts/", "require('#standard-fonts/");
      if (contents === source) {
        throw new Error(`${args.path} no longer loads '#standard-fonts/…' as cli/bundle.mjs expects: check the bundled CLI's PDFs`);
      }
      return { contents, loader: "js" };
    });
  },
};

// Each build gets a folder of its own (`b-<random>/`), and `current.json` names the one to run.
// A build is never moved or changed once written, so a command line that started from one keeps
// finding its lazily imported chunks, whatever other builds start or finish meanwhile (two first
// runs at the same instant, or a run during a rebuild after a source changed). Builds that are no
// longer current are deleted only once they have been retired for a while.
const POINTER = "current.json";
const BUILD_PREFIX = "b-";
/** Longer than any one command line runs: a retired build stays this long for runs started from it. */
export const RETIRED_BUILD_KEEP_MS = 60_000;

/** The folder of the build `current.json` names, or null when there is none. */
export function currentBuild(outDir = DEFAULT_OUT_DIR) {
  try {
    const { build } = JSON.parse(readFileSync(path.join(outDir, POINTER), "utf8"));
    return typeof build === "string" && build.startsWith(BUILD_PREFIX) && !build.includes("/") && !build.includes("\\") ? path.join(outDir, build) : null;
  } catch {
    return null;
  }
}

/** A build folder's entry file; `manifest.json` beside it lists what it was built from. */
const entryOf = (buildDir) => path.join(buildDir, "letter.mjs");

/**
 * Why the bundle in `outDir` must be (re)built, or null when it is up to date: every file it was
 * built from (the project's own sources and the settings files, not node_modules, which only
 * `npm ci` or `npm install` change, and both touch package-lock.json) is unchanged since the build
 * started. About 30 `stat` calls, well under a millisecond.
 */
export function staleReason(outDir = DEFAULT_OUT_DIR) {
  return staleReasonOf(currentBuild(outDir));
}

function staleReasonOf(buildDir) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(buildDir, "manifest.json"), "utf8"));
    statSync(entryOf(buildDir));
  } catch {
    return "no bundle yet";
  }
  if (manifest.version !== MANIFEST_VERSION || manifest.root !== ROOT) return "built by another version or checkout";
  for (const file of manifest.inputs) {
    let mtimeMs;
    try {
      ({ mtimeMs } = statSync(path.join(ROOT, file)));
    } catch {
      return `${file} is gone`;
    }
    if (mtimeMs > manifest.startedMs) return `${file} changed`;
  }
  return null;
}

/**
 * Deletes what `outDir` holds besides `current.json` and the current build, once it has not been
 * touched for `keepMs`: builds retired by a newer one (touched when retired), builds that lost a
 * race to be current, a build that crashed half-way, and the files of the older single-folder layout.
 */
export function pruneBuilds(outDir = DEFAULT_OUT_DIR, { keepMs = RETIRED_BUILD_KEEP_MS, now = Date.now() } = {}) {
  const current = currentBuild(outDir);
  let names;
  try {
    names = readdirSync(outDir);
  } catch {
    return;
  }
  for (const name of names) {
    const file = path.join(outDir, name);
    if (name === POINTER || file === current) continue;
    try {
      if (now - statSync(file).mtimeMs > keepMs) rmSync(file, { recursive: true, force: true });
    } catch {
      // another process pruned it first
    }
  }
}

/** Makes `buildDir` the current build: the old one is touched, so it is kept for runs started from it. */
function makeCurrent(outDir, buildDir) {
  const previous = currentBuild(outDir);
  if (previous) {
    try {
      const now = new Date();
      utimesSync(previous, now, now);
    } catch {
      // already pruned
    }
  }
  // Written beside and renamed over: a reader sees the old pointer or the new one, never half.
  const temp = path.join(outDir, `.${POINTER}-${randomBytes(6).toString("hex")}`);
  writeFileSync(temp, `${JSON.stringify({ build: path.basename(buildDir) })}\n`);
  renameSync(temp, path.join(outDir, POINTER));
}

/**
 * Bundles cli/letter.ts and everything it imports into a new build folder in `outDir` and makes
 * it current: ESM for Node 20, React's production build, and one chunk per lazily imported
 * renderer (code splitting), so `--format txt` never loads react-pdf or docx. Returns its entry file.
 */
export async function buildBundle(outDir = DEFAULT_OUT_DIR) {
  // A devDependency, as tsx was before: loaded only when a build is needed.
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch (error) {
    throw new Error(`npm run letter builds the command line with esbuild, a devDependency: run \`npm ci\` first (${error.message})`);
  }
  // Sources edited while the build runs must count as changed afterwards: keep the start time.
  const startedMs = Date.now() - 1000;
  mkdirSync(outDir, { recursive: true });
  const buildDir = path.join(outDir, `${BUILD_PREFIX}${randomBytes(6).toString("hex")}`);
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { letter: ENTRY },
      outdir: buildDir,
      outExtension: { ".js": ".mjs" },
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // The tsconfig sets "jsx": "react-jsx" and the `@/` alias; esbuild reads both from it.
      tsconfig: path.join(ROOT, "tsconfig.json"),
      define: { "process.env.NODE_ENV": '"production"' },
      // Some dependencies are CommonJS and `require` Node's own modules, which an ES module
      // bundle can only do through a require made for it.
      banner: { js: 'import { createRequire as __cliCreateRequire } from "node:module"; const require = __cliCreateRequire(import.meta.url);' },
      plugins: [pdfkitStandardFonts],
      metafile: true,
      logLevel: "silent",
      legalComments: "none",
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((file) => !file.includes("node_modules/") && !file.startsWith("<"))
      .concat(SETTINGS_FILES);
    writeFileSync(path.join(buildDir, "manifest.json"), `${JSON.stringify({ version: MANIFEST_VERSION, root: ROOT, startedMs, inputs }, null, 1)}\n`);
  } catch (error) {
    rmSync(buildDir, { recursive: true, force: true });
    throw error;
  }
  makeCurrent(outDir, buildDir);
  pruneBuilds(outDir);
  // This process runs the build it made, even if another process has since made its own current.
  return entryOf(buildDir);
}

/** The bundle's entry file, built first if it is missing or older than its sources. */
export async function ensureBundle(outDir = DEFAULT_OUT_DIR) {
  // Read the pointer once: the build checked is the build run.
  const build = currentBuild(outDir);
  const reason = staleReasonOf(build);
  if (reason === null) return entryOf(build);
  if (process.env.LETTER_CLI_VERBOSE) process.stderr.write(`building the command line (${reason})\n`);
  return buildBundle(outDir);
}
