import { describe, expect, it } from "vitest";
import { config } from "zod/v4/core";
import { z } from "zod";
import "./locale";

describe("zod settings (./locale)", () => {
  it("never tries eval, which the Content Security Policy forbids", () => {
    expect(config().jitless).toBe(true);
    const original = globalThis.Function;
    const calls: unknown[] = [];
    globalThis.Function = new Proxy(original, {
      apply: (target, self, args) => (calls.push(args), Reflect.apply(target, self, args)),
      construct: (target, args) => (calls.push(args), Reflect.construct(target, args)),
    });
    try {
      const schema = z.object({ name: z.string(), age: z.number().optional(), tags: z.array(z.string()) });
      for (let i = 0; i < 5; i++) expect(schema.parse({ name: "Zoë", tags: ["a"] })).toEqual({ name: "Zoë", tags: ["a"] });
    } finally {
      globalThis.Function = original;
    }
    expect(calls).toEqual([]);
  });
});
