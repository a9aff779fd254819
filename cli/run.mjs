// `npm run letter`: the command line, bundled (see cli/bundle.mjs) and run by plain `node`.
// A fresh clone needs nothing but `npm ci`: the first run builds the bundle (about a second),
// later runs start straight from it. Exit codes are the bundle's own (process.exitCode).
import { pathToFileURL } from "node:url";
import { ensureBundle } from "./bundle.mjs";

await import(pathToFileURL(await ensureBundle()).href);
