import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
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

// Issue 22, point 7: setup says nothing alarming on the Node the project states.
describe("setup", () => {
  const manifest = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { engines: { node: string }; scripts: Record<string, string> };
  const lockPackages = lock.packages as Record<string, { engines?: { node?: string }; os?: string[]; cpu?: string[] }>;
  /** Whether a package is installed on this machine: platform packages for other systems are not. */
  const installedHere = (entry: { os?: string[]; cpu?: string[] }) =>
    (!entry.os || entry.os.includes(process.platform)) && (!entry.cpu || entry.cpu.includes(process.arch));

  it("every package installed admits the lowest version of each Node the project states, so npm ci warns of no engine", () => {
    // npm's own range reader (semver, installed with the tools), as npm ci uses it for its engine warning.
    const semver = createRequire(import.meta.url)("semver") as {
      minVersion(range: string): { version: string } | null;
      satisfies(version: string, range: string): boolean;
    };
    // The lowest release of each major the range names: "^20.19.0 || ^22.13.0 || >=24.11.0" → 20.19.0, 22.13.0, 24.11.0.
    const lowest = manifest.engines.node.split("||").map((part) => semver.minVersion(part.trim())!.version);
    expect(lowest).toContain("20.19.0");
    const refused = Object.entries(lockPackages)
      .filter(([name, entry]) => name && entry.engines?.node && installedHere(entry))
      .flatMap(([name, entry]) =>
        lowest.filter((version) => !semver.satisfies(version, entry.engines!.node!)).map((version) => `${name} (${entry.engines!.node}) refuses ${version}`),
      );
    expect(refused).toEqual([]);
    // And the Node running the tests is one the project states.
    expect(semver.satisfies(process.versions.node, manifest.engines.node)).toBe(true);
  });

  it("turns Next.js telemetry off in every script that runs next", () => {
    const runsNext = Object.entries(manifest.scripts).filter(([, command]) => /(^|&&\s*|\s)next\s/.test(command));
    expect(runsNext.map(([name]) => name).sort()).toEqual(["build", "build:pseudo", "dev"]);
    for (const [name, command] of runsNext) {
      for (const part of command.split("&&").filter((p) => /(^|\s)next\s/.test(p))) expect(part, name).toMatch(/NEXT_TELEMETRY_DISABLED=1 next /);
    }
  });
});
