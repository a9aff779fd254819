import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EXAMPLES } from "@/tests/fixtures/examples";

// `npm run bench` is not timed in CI (timings are noisy on shared machines), but it must keep
// working on a fresh clone: this runs it end to end with one run of everything and checks the
// results file has every section and figure the issue asks for. No timing is asserted.

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

describe("npm run bench", () => {
  it("runs end to end and writes medians, p90s, cold runs, the ratio to pdfkit, the CLI and memory", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bench-smoke-"));
    const out = path.join(dir, "results.json");
    try {
      const run = spawnSync("npm", ["run", "--silent", "bench"], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 280_000,
        env: {
          ...process.env,
          BENCH_RUNS: "1",
          BENCH_WARMUP: "0",
          BENCH_CLI_RUNS: "1",
          BENCH_MEMORY_LETTERS: "6",
          BENCH_BATCH_LETTERS: "4",
          BENCH_RESULTS: out,
        },
      });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain("ratioToPdfkit");

      const results = JSON.parse(readFileSync(out, "utf8"));
      expect(results.machine.nodeEnv).toBe("production");
      for (const format of ["pdf", "pdfkit", "docx", "txt"]) {
        for (const field of ["medianMs", "p90Ms", "coldMs"]) expect(results.formats[format][field], `${format}.${field}`).toBeGreaterThan(0);
      }
      expect(results.formats.pdf.ratioToPdfkit).toBeGreaterThan(0);
      expect(Object.keys(results.examples)).toHaveLength(EXAMPLES.length);
      for (const format of ["pdf", "txt", "docx"]) expect(results.cli[format].medianMs).toBeGreaterThan(0);
      for (const format of ["pdf", "txt", "docx"]) expect(results.cli.batch.wholeProcessMs[format], `batch ${format}`).toBeGreaterThan(0);
      expect(results.cli.batch.letters).toBe(4);
      expect(results.memory.letters).toBe(6);
      expect(typeof results.memory.heapGrowthMB).toBe("number");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
