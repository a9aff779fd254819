// Prints every failed test from vitest's and Playwright's JSON reports, a few lines each, so the
// end of a CI log (often all that is kept) says what failed and why. Prints nothing when all passed.
// Usage: node scripts/failed-tests.mjs VITEST_JSON PLAYWRIGHT_JSON
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMain } from "./is-main.mjs";

const MESSAGE_LINES = 12;
const readJson = (file) => (file && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null);
// Colour codes make a log hard to read once it is stored as text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what colour codes start with
const plain = (text) => String(text ?? "").replace(/\u001b\[[0-9;]*m/g, "");
/** The message and the project's own stack frames: the test runner's and Node's frames say nothing new. */
const excerpt = (text) =>
  plain(text)
    .split("\n")
    .filter((line) => line.trim() && !/node_modules\/|node:internal|\(<anonymous>\)/.test(line))
    .slice(0, MESSAGE_LINES)
    .map((line) => `      ${line}`)
    .join("\n");

/** vitest --reporter=json: files, then their assertions; a file that failed to load has no assertions. */
export function vitestFailures(report) {
  const failures = [];
  for (const file of report?.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    const failed = file.assertionResults.filter((test) => test.status === "failed");
    for (const test of failed) failures.push({ where: `${name} › ${test.fullName ?? test.title}`, message: (test.failureMessages ?? []).join("\n") });
    if (file.status === "failed" && failed.length === 0) failures.push({ where: name, message: file.message });
  }
  return failures;
}

/** Playwright's json reporter: suites nest; each spec has tests, each test has its retries. */
export function playwrightFailures(report) {
  const failures = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        if (test.status !== "unexpected") continue;
        const last = test.results?.at(-1);
        failures.push({
          where: `${[...titles, spec.title].filter(Boolean).join(" › ")} (${spec.file}:${spec.line})`,
          message: last?.error?.message ?? last?.errors?.[0]?.message,
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  for (const suite of report?.suites ?? []) visit(suite, []);
  for (const error of report?.errors ?? []) failures.push({ where: "Playwright itself", message: error.message });
  return failures;
}

/** What CI prints: a heading and each failed test with the start of its message, or "" when none failed. */
export function failureReport(vitestReport, playwrightReport) {
  const failures = [
    ...vitestFailures(vitestReport).map((failure) => ({ ...failure, runner: "unit" })),
    ...playwrightFailures(playwrightReport).map((failure) => ({ ...failure, runner: "browser" })),
  ];
  if (failures.length === 0) return "";
  const lines = failures.map((failure) => `  ✗ [${failure.runner}] ${failure.where}\n${excerpt(failure.message)}`);
  return [`==> ${failures.length} failed:`, ...lines].join("\n");
}

if (isMain(import.meta.url)) {
  const [vitestFile, playwrightFile] = process.argv.slice(2);
  const report = failureReport(readJson(vitestFile), readJson(playwrightFile));
  if (report) console.log(report);
}
