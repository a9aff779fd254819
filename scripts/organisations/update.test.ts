import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { SOURCES_DIR } from "./build.mjs";

const exec = promisify(execFile);

describe("the maintainer's update script", () => {
  it("prints what a newly downloaded etr file opens, closes, moves and renames", async () => {
    const kept = readFileSync(join(SOURCES_DIR, "etr.csv"), "utf8").split("\n");
    const changed = kept
      .filter((line) => !line.startsWith('"RPY"'))
      .map((line) =>
        line.startsWith('"RBV"')
          ? line.replace("THE CHRISTIE NHS FOUNDATION TRUST", "THE CHRISTIE CANCER NHS FOUNDATION TRUST").replace("M20 4BX", "M20 4BY")
          : line,
      )
      .concat('"ZZ9","NEW EXAMPLE NHS TRUST","Y56","QKK","1 NEW ROAD","","","LEEDS","","LS1 1AA","20261201","","","","","","","","","","","1","","E","","",""');
    const file = join(mkdtempSync(join(tmpdir(), "etr-")), "etr.csv");
    writeFileSync(file, changed.join("\n"));
    const { stdout } = await exec("node", ["scripts/organisations/update.mjs", "etr", file]);
    expect(stdout).toContain("opened   ZZ9  New Example NHS Trust, 1 New Road, Leeds, LS1 1AA");
    expect(stdout).toContain("closed   RPY  The Royal Marsden NHS Foundation Trust");
    expect(stdout).toContain("renamed  RBV  The Christie NHS Foundation Trust → The Christie Cancer NHS Foundation Trust");
    expect(stdout).toContain(
      "moved    RBV  The Christie Cancer NHS Foundation Trust: 550 Wilmslow Road, Withington, Manchester, M20 4BX → 550 Wilmslow Road, Withington, Manchester, M20 4BY",
    );
    expect(stdout.trim().split("\n").at(-1)).toBe("1 opened, 1 closed, 1 renamed, 1 moved");
  });
});
