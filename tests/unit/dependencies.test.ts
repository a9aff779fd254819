import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// Supply chain: every package that ships is justified in the README, in a line of its own, and
// the lock file pins each one.

const root = new URL("../../", import.meta.url);
const pkg = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { dependencies: Record<string, string> };
const lock = JSON.parse(readFileSync(new URL("package-lock.json", root), "utf8")) as { packages: Record<string, { version?: string; integrity?: string }> };
const readme = readFileSync(new URL("README.md", root), "utf8");

/** The rows of the README's "Runtime dependencies, and why each" table: package names → reason. */
function justified(): Map<string, string> {
  const section = readme.split("### Runtime dependencies, and why each")[1] ?? "";
  const rows = new Map<string, string>();
  for (const line of section.split("\n")) {
    const m = /^\| ([^|]+) \| ([^|]+) \|$/.exec(line.trim());
    if (!m || m[1]!.trim() === "package" || m[1]!.startsWith("---")) continue;
    for (const name of m[1]!.split(",")) rows.set(name.trim(), m[2]!.trim());
  }
  return rows;
}

describe("runtime dependencies", () => {
  it.each(Object.keys(pkg.dependencies))("%s is justified in the README", (name) => {
    expect(justified().get(name)?.length ?? 0).toBeGreaterThan(10);
  });

  it("the README justifies nothing that does not ship", () => {
    expect([...justified().keys()].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it.each(Object.keys(pkg.dependencies))("%s is pinned with an integrity hash in the lock file", (name) => {
    const entry = lock.packages[`node_modules/${name}`];
    expect(entry?.version).toBeTruthy();
    expect(entry?.integrity).toMatch(/^sha512-/);
  });
});
