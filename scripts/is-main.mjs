// Whether a script module is the one `node` was started with, rather than imported (by a test,
// the bench or another script). Compared as file URLs, so a relative path or one with spaces works.
import path from "node:path";
import { pathToFileURL } from "node:url";

/** Call as `isMain(import.meta.url)`. */
export const isMain = (moduleUrl) => Boolean(process.argv[1]) && moduleUrl === pathToFileURL(path.resolve(process.argv[1])).href;
