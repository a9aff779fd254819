import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FIRST_LETTER_MINUTES } from "./time-taken";

describe("the time a first letter takes, as the start page says it", () => {
  it("is the measured figure (npm run bench:time), rounded to the nearest 5 minutes", () => {
    const results = JSON.parse(readFileSync(new URL("../../scripts/bench/results.json", import.meta.url), "utf8"));
    const measured: number = results.journeyTime.minutes;
    expect(FIRST_LETTER_MINUTES).toBe(Math.round(measured / 5) * 5);
  });
});
