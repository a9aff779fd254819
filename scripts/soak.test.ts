import { beforeAll, describe, expect, it } from "vitest";
import { LETTER_IDS } from "@/templates";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { DEFAULT_MAX_GROWTH_MB, FORMATS, soak, soakProblems, type SoakResult } from "./soak";

// A small version of `npm run soak` (2,000 letters) held to what the soak promises: every example
// answers file, so every template, rendered in every format without a failure, and the heap,
// measured after a full collection, growing over the second half by no more than the soak allows.
// Two passes over the examples, so the second half makes again the letters the first half made.
// No timings: a shared test machine makes them noisy.
const LETTERS = EXAMPLES.length * 2;

describe("soak", () => {
  let result: SoakResult;
  beforeAll(async () => {
    result = await soak({ letters: LETTERS, checkpointEvery: EXAMPLES.length });
  }, 180_000);

  it("renders every example answers file in every format, without a failure", () => {
    expect(result.failures).toEqual([]);
    expect([...result.examples].sort()).toEqual(EXAMPLES.map((e) => `${e.template}/${e.name}`).sort());
    expect([...result.templates].sort()).toEqual([...LETTER_IDS].sort());
    for (const format of FORMATS) expect(result.renders[format], format).toBe(LETTERS);
  });

  it("keeps the heap within the soak's bound over the second half", () => {
    expect(result.checkpoints.map((c) => c.letters)).toEqual([EXAMPLES.length, LETTERS]);
    // The resident set holds the heap: a figure in the wrong unit or from the wrong counter breaks this.
    for (const c of result.checkpoints) expect(c.rssMB).toBeGreaterThan(c.heapMB);
    expect(result.secondHalfGrowthMB).toBeLessThanOrEqual(DEFAULT_MAX_GROWTH_MB);
    expect(soakProblems(result)).toEqual([]);
  });

  it("fails a run in which a render failed or the heap kept growing", () => {
    expect(soakProblems({ ...result, failures: ["letter 3 (pals-concern/typical): pdf output is wrong"] })).toEqual(["1 render failed."]);
    expect(soakProblems({ ...result, secondHalfGrowthMB: DEFAULT_MAX_GROWTH_MB + 0.1 })).toEqual([
      `Heap grew ${DEFAULT_MAX_GROWTH_MB + 0.1} MB over the second half (limit ${DEFAULT_MAX_GROWTH_MB} MB): memory is not bounded.`,
    ]);
  });
});
