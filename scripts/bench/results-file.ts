import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * bench/results.json, the one results file: each bench replaces its own sections and keeps the
 * others, so the file always holds the latest figures of every kind (earlier ones are in git
 * history). `npm run bench` writes the Node sections (timestamp, machine, settings, formats,
 * imports, examples, cli, memory), `npm run bench:web` writes `web` and bench/profile-pdf.ts
 * writes `profile`, each with the time and load it was measured under.
 * BENCH_RESULTS writes elsewhere (the smoke test in tests/unit/bench.test.ts does, to leave the
 * committed figures alone).
 */
export const RESULTS_PATH = process.env.BENCH_RESULTS || fileURLToPath(new URL("./results.json", import.meta.url));

export function readResults(path = RESULTS_PATH): Record<string, unknown> {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, "utf8");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    // Starting afresh would silently drop the other benches' sections.
    throw new Error(`${path} is not valid JSON, so its other sections cannot be kept: mend it or delete it (${(error as Error).message})`);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new Error(`${path} does not hold a JSON object of sections: mend it or delete it`);
  return parsed as Record<string, unknown>;
}

/** Replaces the given top-level sections and keeps every other one (e.g. `web` from the other bench). */
export function mergeResults(sections: Record<string, unknown>, path = RESULTS_PATH): Record<string, unknown> {
  const merged = { ...readResults(path), ...sections };
  writeFileSync(path, `${JSON.stringify(merged, null, 2)}\n`);
  return merged;
}
