import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const TESTS = [
  "lib/**/*.test.{ts,tsx}",
  "components/**/*.test.{ts,tsx}",
  "templates/**/*.test.{ts,tsx}",
  "messages/**/*.test.{ts,tsx}",
  "cli/**/*.test.{ts,tsx}",
  "tests/unit/**/*.test.{ts,tsx}",
  "scripts/**/*.test.{ts,tsx}",
];
/** `npm run bench` end to end: many child processes, each busy on both cores for a while. */
const BENCH_SMOKE_TEST = "tests/unit/bench.test.ts";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    environment: "node",
    // A timeout only catches a test that hangs. Tests that render many letters take 5 to 10 s
    // here, and several times that on a CI machine busy with the other test files and processes.
    testTimeout: 180_000,
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: TESTS, exclude: [BENCH_SMOKE_TEST], sequence: { groupOrder: 0 } } },
      // Run alone, after the rest: run beside them, its child processes starve the other
      // fork's renders of CPU on a 2-core machine.
      { extends: true, test: { name: "bench", include: [BENCH_SMOKE_TEST], sequence: { groupOrder: 1 } } },
    ],
  },
});
