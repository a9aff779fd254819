import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { playwrightTimings, slowestReport, vitestTimings } from "./slowest-tests.mjs";

// The same real reports failed-tests.test.ts reads (tests/fixtures/reports/): vitest's with a file
// that ran two tests and one that did not load, Playwright's with two tests, one in a describe block.
const fixture = (name: string) => fileURLToPath(new URL(`../tests/fixtures/reports/${name}`, import.meta.url));
const vitestReport = JSON.parse(readFileSync(fixture("vitest-failed.json"), "utf8"));
const playwrightReport = JSON.parse(readFileSync(fixture("playwright-failed.json"), "utf8"));

describe("the slowest tests at the end of a CI log", () => {
  it("reads each vitest test's time, each file's from start to end, and the run's", () => {
    const timings = vitestTimings(vitestReport);
    expect(timings.tests.map((t) => [t.file.replace(/^.*\/tests\//, ""), t.title, t.ms])).toEqual([
      ["a.test.ts", "ok", 4.55444],
      ["a.test.ts", "bad one", 11.97235999999998],
    ]);
    expect(timings.files.map((f) => Math.round(f.ms))).toEqual([16, 0]);
    expect(Math.round(timings.wallMs)).toBe(462);
  });

  it("reads each Playwright test's time with its describe block, file and line, and the run's", () => {
    const timings = playwrightTimings(playwrightReport);
    expect(timings.tests.map((t) => [t.file, t.line, t.title])).toEqual([
      ["x.spec.mjs", 3, "passes"],
      ["x.spec.mjs", 2, "group › fails"],
    ]);
    expect(timings.files).toEqual([{ file: "x.spec.mjs", ms: timings.tests.reduce((sum, t) => sum + t.ms, 0) }]);
    expect(timings.wallMs).toBe(playwrightReport.stats.duration);
  });

  it("lists the slowest first, at most as many as asked", () => {
    const lines = slowestReport(vitestReport, playwrightReport, 1).split("\n");
    expect(lines[0]).toBe("==> slowest tests");
    expect(lines[1]).toMatch(/^unit \(vitest\): 2 tests, 0\.5 s from start to end/);
    expect(lines[3]).toMatch(/a\.test\.ts › bad one$/);
    expect(lines.filter((line) => line.includes("› ok"))).toEqual([]);
    expect(lines.some((line) => /^browser \(Playwright\): 2 tests, 3\.1 s from start to end/.test(line))).toBe(true);
  });

  it("prints nothing when a runner wrote no report, and never fails", () => {
    expect(slowestReport(null, null)).toBe("");
    const out = execFileSync(
      process.execPath,
      [fileURLToPath(new URL("./slowest-tests.mjs", import.meta.url)), "/no/such/vitest.json", "/no/such/playwright.json"],
      {
        encoding: "utf8",
      },
    );
    expect(out).toBe("");
  });
});
