// The command line as one bundled ES module run by plain `node`: compiling the TypeScript sources
// with tsx at every start cost about a second before the first letter. Plain JavaScript, so the
// launcher (cli/run.mjs) needs no compiler to check it.
//
// Built by the project's `prepare` script, which npm runs at the end of every `npm ci` and
// `npm install` (npm 11's allowScripts policy holds back dependencies' install scripts, not the
// project's own). Nothing else builds it, so no build ever replaces a bundle under a running
// command line. It lives in node_modules/.cache/letter-cli/: never committed, and gone with every
// `npm ci`, which builds a new one.
import { randomBytes } from "node:crypto";
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isMain } from "../scripts/is-main.mjs";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const DEFAULT_OUT_DIR = path.join(ROOT, "node_modules", ".cache", "letter-cli");
const ENTRY = path.join(ROOT, "cli", "letter.ts");
/** Files that change the bundle without being part of it: the dependency versions and the `@/` alias. */
const SETTINGS_FILES = ["package.json", "package-lock.json", "tsconfig.json", "cli/bundle.mjs"];
/** Bumped when the manifest's shape changes, so an older bundle is rebuilt rather than misread. */
const MANIFEST_VERSION = 3;

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

/**
 * react-pdf builds its English hyphenator (about 4,900 patterns into a trie) when its module is
 * loaded, at every start of the command line, though our PDFs never use it (lib/render/pdf.tsx
 * registers a hyphenation callback that never splits a word). Here it is built the first time it
 * is asked for instead: the same hyphenator, the same words, nothing made until then.
 */
const lazyHyphenator = {
  name: "lazy-hyphenator",
  setup(build) {
    build.onLoad({ filter: /[\\/]@react-pdf[\\/]hyphenate[\\/]lib[\\/]en-us\.js$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      const eager = "const { hyphenate, syllables } = createHyphenator(patterns);";
      if (!source.includes(eager)) {
        throw new Error(`${args.path} no longer makes its hyphenator as cli/bundle.mjs expects: check the lazy-hyphenator plugin`);
      }
      const lazy = [
        "let made;",
        "const made$ = () => (made ??= createHyphenator(patterns));",
        "const hyphenate = (...args) => made$().hyphenate(...args);",
        "const syllables = (...args) => made$().syllables(...args);",
      ].join("\n");
      return { contents: source.replace(eager, lazy), loader: "js", resolveDir: path.dirname(args.path) };
    });
  },
};

/** The bundle's entry file; `manifest.json` beside it lists what it was built from. */
export const entryOf = (outDir = DEFAULT_OUT_DIR) => path.join(outDir, "letter.mjs");

/**
 * Why the bundle in `outDir` cannot be run, or null when it is up to date: every file it was built
 * from (the project's own sources and the settings files) is unchanged since the build started.
 * Not node_modules: `npm ci` and `npm install` rebuild the bundle after changing it, and the
 * commands that change it without `prepare` (`npm install <package>`, `npm update`) rewrite
 * package-lock.json. About 30 `stat` calls, well under a millisecond.
 */
export function staleReason(outDir = DEFAULT_OUT_DIR) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(outDir, "manifest.json"), "utf8"));
    statSync(entryOf(outDir));
  } catch {
    return "has not been built";
  }
  if (manifest.version !== MANIFEST_VERSION || manifest.root !== ROOT) return "was built by another version of cli/bundle.mjs or for another checkout";
  for (const file of manifest.inputs) {
    let mtimeMs;
    try {
      ({ mtimeMs } = statSync(path.join(ROOT, file)));
    } catch {
      return `was built from ${file}, which is gone`;
    }
    if (mtimeMs > manifest.startedMs) return `was built before ${file} changed`;
  }
  return null;
}

/** What `npm run letter` says, and exits 1 with, when the bundle cannot be run; null when it can. */
export function notRunnableMessage(outDir = DEFAULT_OUT_DIR) {
  const reason = staleReason(outDir);
  return reason === null ? null : `The command line ${reason}: run \`npm run prepare\` to build it (npm ci and npm install do).\n`;
}

/**
 * Bundles cli/letter.ts and everything it imports into `outDir`, replacing what was there: ESM for
 * Node 20, React's production build, and one chunk per lazily imported renderer (code splitting),
 * so `--format txt` never loads react-pdf or docx. Returns its entry file.
 */
export async function buildBundle(outDir = DEFAULT_OUT_DIR) {
  // A devDependency: absent from an install with --omit=dev, which has no use for the command line.
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch (error) {
    throw new Error(`the command line is built with esbuild, a devDependency, which is not installed (${error.message})`);
  }
  // Sources edited while the build runs must count as changed afterwards: keep the start time. No
  // margin before it: `npm install` writes package-lock.json a moment before `prepare` starts.
  const startedMs = Date.now();
  // Built beside and renamed into place, so a build that fails half-way leaves no bundle that looks whole.
  const building = `${outDir}.building-${randomBytes(6).toString("hex")}`;
  try {
    const result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: { letter: ENTRY },
      outdir: building,
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
      plugins: [pdfkitStandardFonts, lazyHyphenator],
      metafile: true,
      logLevel: "silent",
      legalComments: "none",
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((file) => !file.includes("node_modules/") && !file.startsWith("<"))
      .concat(SETTINGS_FILES);
    writeFileSync(path.join(building, "manifest.json"), `${JSON.stringify({ version: MANIFEST_VERSION, root: ROOT, startedMs, inputs }, null, 1)}\n`);
    rmSync(outDir, { recursive: true, force: true });
    renameSync(building, outDir);
  } catch (error) {
    rmSync(building, { recursive: true, force: true });
    throw error;
  }
  return entryOf(outDir);
}

// `npm run prepare`, and the end of `npm ci` and `npm install`.
if (isMain(import.meta.url)) {
  try {
    await buildBundle();
    process.stderr.write(`built the command line for npm run letter (${path.relative(ROOT, DEFAULT_OUT_DIR)})\n`);
  } catch (error) {
    process.stderr.write(`npm run letter will not work: ${error.message}\n`);
    // The site installs and builds without the command line, so an install does not fail for it;
    // `npm run prepare`, run to build it, does.
    const installing = process.env.npm_command === "ci" || process.env.npm_command === "install";
    process.exitCode = installing ? 0 : 1;
  }
}
