// `npm run letter`: the command line, bundled by `npm run prepare` (cli/bundle.mjs, run by every
// `npm ci` and `npm install`) and run by plain `node`. A bundle that is missing or older than its
// sources is not run: it would make letters from code that is no longer there.
// Exit codes are the bundle's own (process.exitCode); 1 when there is no bundle to run.
import { pathToFileURL } from "node:url";
import { entryOf, notRunnableMessage } from "./bundle.mjs";

const problem = notRunnableMessage();
if (problem) {
  process.stderr.write(problem);
  process.exitCode = 1;
} else {
  await import(pathToFileURL(entryOf()).href);
}
