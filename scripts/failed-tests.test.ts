import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { failureReport, playwrightFailures, vitestFailures } from "./failed-tests.mjs";

// The reports are real ones, written by vitest and Playwright for a few tests made to fail (paths
// shortened to /project): a test that fails, a file that does not load, a test in a describe block.
const fixture = (name: string) => fileURLToPath(new URL(`../tests/fixtures/reports/${name}`, import.meta.url));
const vitestReport = JSON.parse(readFileSync(fixture("vitest-failed.json"), "utf8"));
const playwrightReport = JSON.parse(readFileSync(fixture("playwright-failed.json"), "utf8"));

describe("the failed tests at the end of a CI log", () => {
  it("names each failed vitest test, and a file that failed to load", () => {
    const failures = vitestFailures(vitestReport);
    expect(failures.map((f) => f.where)).toEqual([expect.stringMatching(/a\.test\.ts › bad one$/), expect.stringMatching(/b\.test\.ts$/)]);
    expect(failures[1]!.message).toContain("Cannot find module './nope'");
  });

  it("names each failed Playwright test with its describe block, file and line, and not the ones that passed", () => {
    const failures = playwrightFailures(playwrightReport);
    expect(failures.map((f) => f.where)).toEqual(["group › fails (x.spec.mjs:2)"]);
    expect(failures[0]!.message).toMatch(/Expected: \S*2/);
  });

  it("prints the message and the project's own frames, without colour codes or the runner's frames", () => {
    const report = failureReport(vitestReport, playwrightReport);
    expect(report.split("\n")[0]).toBe("==> 3 failed:");
    expect(report).toContain("AssertionError: expected 1 to be 2");
    expect(report).toContain("at /project/tests/a.test.ts:3:31");
    expect(report).toContain("Expected: 2\n      Received: 1");
    expect(report).not.toContain("node_modules/");
    expect(report).not.toMatch(/\u001b\[/);
  });

  it("prints nothing when nothing failed, or a runner wrote no report", () => {
    expect(failureReport({ testResults: [] }, { suites: [], errors: [] })).toBe("");
    const out = execFileSync(
      process.execPath,
      [fileURLToPath(new URL("./failed-tests.mjs", import.meta.url)), "/no/such/vitest.json", "/no/such/playwright.json"],
      { encoding: "utf8" },
    );
    expect(out).toBe("");
  });
});
