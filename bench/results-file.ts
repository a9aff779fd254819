import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * bench/results.json: `npm run bench` writes the Node sections, `npm run bench:web` the `web` one.
 * BENCH_RESULTS writes elsewhere (the smoke test in tests/unit/bench.test.ts does, to leave the
 * committed figures alone).
 */
export const RESULTS_PATH = process.env.BENCH_RESULTS || fileURLToPath(new URL("./results.json", import.meta.url));

export function readResults(path = RESULTS_PATH): Record<string, unknown> {
  if (!existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    return typeof parsed === "object" && parsed !== null && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Replaces the given top-level sections and keeps every other one (e.g. `web` from the other bench). */
export function mergeResults(sections: Record<string, unknown>, path = RESULTS_PATH): Record<string, unknown> {
  const merged = { ...readResults(path), ...sections };
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
