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
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_OUT_DIR = path.join(ROOT, "node_modules", ".cache", "letter-cli");
const ENTRY = path.join(ROOT, "cli", "letter.ts");
/** Files that change the bundle without being part of it: the dependency versions and the `@/` alias. */
const SETTINGS_FILES = ["package.json", "package-lock.json", "tsconfig.json", "cli/bundle.mjs"];
/** Bumped when the manifest's shape changes, so an older bundle is rebuilt rather than misread. */
const MANIFEST_VERSION = 1;

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

/** The bundle's entry file; `manifest.json` beside it lists what it was built from. */
export const bundleEntry = (outDir = DEFAULT_OUT_DIR) => path.join(outDir, "letter.mjs");

/**
 * Why the bundle in `outDir` must be (re)built, or null when it is up to date: every file it was
 * built from (the project's own sources and the settings files, not node_modules, which only
 * `npm ci` or `npm install` change, and both touch package-lock.json) is unchanged since the build
 * started. About 30 `stat` calls, well under a millisecond.
 */
export function staleReason(outDir = DEFAULT_OUT_DIR) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8"));
    statSync(bundleEntry(outDir));
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
 * Bundles cli/letter.ts and everything it imports into `outDir`: ESM for Node 20, React's
 * production build, and one chunk per lazily imported renderer (code splitting), so `--format txt`
 * never loads react-pdf or docx. Written to a fresh folder and swapped in, so a CLI started while
 * another builds runs either the old bundle or the new one, never half of each.
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
  const parent = path.dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const temp = path.join(parent, `.${path.basename(outDir)}-${randomBytes(6).toString("hex")}`);
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { letter: ENTRY },
      outdir: temp,
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
    writeFileSync(path.join(temp, "manifest.json"), `${JSON.stringify({ version: MANIFEST_VERSION, root: ROOT, startedMs, inputs }, null, 1)}\n`);
    // Swap in: move any old bundle aside first (renaming onto a non-empty folder fails).
    const old = `${temp}-old`;
    try {
      renameSync(outDir, old);
    } catch {
      // no old bundle, or another build moved it first
    }
    try {
      renameSync(temp, outDir);
    } catch (error) {
      // Another build swapped its bundle in between the two renames: use that one.
      if (staleReason(outDir) !== null) throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return bundleEntry(outDir);
}

/** The bundle's entry file, built first if it is missing or older than its sources. */
export async function ensureBundle(outDir = DEFAULT_OUT_DIR) {
  const reason = staleReason(outDir);
  if (reason === null) return bundleEntry(outDir);
  if (process.env.LETTER_CLI_VERBOSE) process.stderr.write(`building the command line (${reason})\n`);
  return buildBundle(outDir);
}
