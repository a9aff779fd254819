// Prints the slowest tests, and the files that take longest, from vitest's and Playwright's JSON
// reports (what scripts/test-all.sh keeps in test-reports/), with each runner's wall time: where
// the run's time goes. Prints nothing for a report that is missing or cannot be read.
// Usage: node scripts/slowest-tests.mjs VITEST_JSON PLAYWRIGHT_JSON [HOW_MANY]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { isMain } from "./is-main.mjs";

const readJson = (file) => {
  try {
    return file && existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : null;
  } catch {
    return null;
  }
};

/**
 * vitest --reporter=json: each test with its file and milliseconds; each file from start to end
 * (loading its modules included, which its tests' times leave out); the run's wall time.
 */
export function vitestTimings(report) {
  const tests = [];
  const files = [];
  let end = 0;
  for (const file of report?.testResults ?? []) {
    const name = path.relative(process.cwd(), file.name);
    end = Math.max(end, file.endTime ?? 0);
    files.push({ file: name, ms: (file.endTime ?? 0) - (file.startTime ?? file.endTime ?? 0) });
    for (const test of file.assertionResults ?? []) tests.push({ file: name, title: test.fullName ?? test.title, ms: test.duration ?? 0 });
  }
  const wallMs = report?.startTime && end ? end - report.startTime : 0;
  return { tests, files, wallMs };
}

/** Playwright's json reporter: each test (all its tries) with its file, line and milliseconds; each file, its tests summed; the run's wall time. */
export function playwrightTimings(report) {
  const tests = [];
  const visit = (suite, titles) => {
    for (const spec of suite.specs ?? []) {
      for (const test of spec.tests ?? []) {
        const ms = (test.results ?? []).reduce((sum, result) => sum + (result.duration ?? 0), 0);
        const title = [...titles, spec.title].filter(Boolean).join(" › ");
        tests.push({
          file: spec.file,
          title: test.projectName && test.projectName !== "chromium" ? `[${test.projectName}] ${title}` : title,
          line: spec.line,
          ms,
        });
      }
    }
    for (const child of suite.suites ?? []) visit(child, [...titles, child.title]);
  };
  // A file's own suite is named for the file, which each line names already: its tests start the titles.
  for (const suite of report?.suites ?? []) visit(suite, []);
  return { tests, files: byFile(tests), wallMs: report?.stats?.duration ?? 0 };
}

/** Each file's tests' times summed. */
function byFile(tests) {
  const totals = new Map();
  for (const test of tests) totals.set(test.file, (totals.get(test.file) ?? 0) + test.ms);
  return [...totals].map(([file, ms]) => ({ file, ms }));
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const column = (ms) => seconds(ms).padStart(8);

function section(label, { tests, files, wallMs }, howMany) {
  if (tests.length === 0) return [];
  const total = tests.reduce((sum, test) => sum + test.ms, 0);
  const slowest = [...tests].sort((a, b) => b.ms - a.ms).slice(0, howMany);
  return [
    `${label}: ${tests.length} tests, ${seconds(wallMs)} from start to end, ${seconds(total)} in tests (summed over workers)`,
    "  slowest tests:",
    ...slowest.map((test) => `  ${column(test.ms)}  ${test.file}${test.line ? `:${test.line}` : ""} › ${test.title}`),
    "  slowest files:",
    ...[...files]
      .sort((a, b) => b.ms - a.ms)
      .slice(0, howMany)
      .map((file) => `  ${column(file.ms)}  ${file.file}`),
  ];
}

/** What test-all.sh prints: both runners' slowest tests and files, or "" when neither report has a test. */
export function slowestReport(vitestReport, playwrightReport, howMany = 10) {
  const lines = [
    ...section("unit (vitest)", vitestTimings(vitestReport), howMany),
    ...section("browser (Playwright)", playwrightTimings(playwrightReport), howMany),
  ];
  return lines.length ? ["==> slowest tests", ...lines].join("\n") : "";
}

if (isMain(import.meta.url)) {
  const [vitestFile, playwrightFile, howMany] = process.argv.slice(2);
  const report = slowestReport(readJson(vitestFile), readJson(playwrightFile), howMany ? Number(howMany) : undefined);
  if (report) console.log(report);
}
