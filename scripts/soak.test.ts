import { describe, expect, it } from "vitest";
import { EXAMPLES } from "@/tests/fixtures/examples";
import { FORMATS, soak } from "./soak";

// A small version of `npm run soak` (2,000 letters): every example, every format, no failures.
// No timings or memory limits here: a shared test machine makes them noisy; the soak reports them.

describe("soak", () => {
  it("renders 100 letters across every template and format without an error", async () => {
    const result = await soak({ letters: 100, checkpointEvery: 50 });
    expect(result.failures).toEqual([]);
    for (const format of FORMATS) expect(result.renders[format]).toBe(100);
    expect(result.templates).toHaveLength(4);
    expect(EXAMPLES.length).toBeLessThanOrEqual(100); // every example answers file was used
    expect(result.checkpoints.map((c) => c.letters)).toEqual([50, 100]);
    expect(result.peakRssMB).toBeGreaterThan(0);
  }, 180_000);
});
