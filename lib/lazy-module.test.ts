import { describe, expect, it } from "vitest";
import { lazyModule } from "./lazy-module";

describe("lazyModule", () => {
  it("fetches once, then hands out the same module at once", async () => {
    let fetches = 0;
    const mod = lazyModule(async () => ({ n: ++fetches }));
    expect(mod.loaded()).toBeNull();
    const [a, b] = await Promise.all([mod.load(), mod.load()]);
    expect(a).toBe(b);
    expect(mod.loaded()).toBe(a);
    await mod.load();
    expect(fetches).toBe(1);
  });

  it("tries again after a failed fetch", async () => {
    let fetches = 0;
    const mod = lazyModule(async () => {
      fetches++;
      if (fetches === 1) throw new Error("offline");
      return { ok: true };
    });
    await expect(mod.load()).rejects.toThrow("offline");
    expect(mod.loaded()).toBeNull();
    await expect(mod.load()).resolves.toEqual({ ok: true });
    expect(fetches).toBe(2);
  });
});
