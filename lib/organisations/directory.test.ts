import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { isValidPostcode } from "@/lib/answers/postcode";
import { NATIONS } from "@/lib/answers/vocabulary";
import { buildDirectory, directoryModule, titleCase } from "@/scripts/organisations/build.mjs";
import { ORGANISATION_KINDS } from "./directory";
import { DIRECTORY } from "./directory.data";
import { nhsDirectory } from "./nhs-directory";

const GENERATED = fileURLToPath(new URL("./directory.data.ts", import.meta.url));
const directory = nhsDirectory();
const HAND = JSON.parse(readFileSync(fileURLToPath(new URL("./sources/hand-entered.json", import.meta.url)), "utf8"));
/** The date the tests treat as today: a source older than six months before it is reported. */
const SIX_MONTHS_MS = 183 * 24 * 60 * 60 * 1000;

describe("the directory's data (checked offline: CI has no network)", () => {
  it("is what the kept sources make (run node scripts/organisations/build.mjs after changing one)", () => {
    expect(readFileSync(GENERATED, "utf8")).toBe(directoryModule(buildDirectory()));
  });

  it("has every row in shape: a unique code, a known nation and kind, a source", () => {
    const codes = new Set<string>();
    for (const o of directory.all) {
      expect(o.code, o.name).toMatch(/^[A-Z0-9]{3,12}$/);
      expect(codes.has(o.code), `duplicate ${o.code}`).toBe(false);
      codes.add(o.code);
      expect(NATIONS).toContain(o.nation);
      expect(ORGANISATION_KINDS).toContain(o.kind);
      expect(o.name.trim(), o.code).not.toBe("");
      expect(DIRECTORY.sources[o.source], `${o.code}: source ${o.source}`).toBeDefined();
      if (o.parent) expect(directory.byCode(o.parent), `${o.code}'s board ${o.parent}`).toBeDefined();
    }
  });

  it("has postcodes that parse, wherever it has an address", () => {
    for (const o of directory.all) {
      if (o.postcode === "") {
        // Only a body whose postal address no source we could read gave: the letter leaves it to the writer.
        expect(o.lines, o.code).toEqual([]);
        continue;
      }
      expect(isValidPostcode(o.postcode), `${o.code} ${o.name}: ${o.postcode}`).toBe(true);
    }
  });

  it("gives every hand-entered entry a source and the date it was checked", () => {
    const entries = [...HAND.organisations, ...Object.values(HAND.boardAddresses), ...Object.values(HAND.cancerCentres)] as { source: string }[];
    for (const entry of entries) {
      const source = HAND.sources[entry.source];
      expect(source, JSON.stringify(entry)).toBeDefined();
      expect(source.url).toMatch(/^https?:\/\//);
      expect(source.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("warns when a source is more than six months old (a warning, not a failure: the maintainer checks it)", () => {
    const old = Object.entries(DIRECTORY.sources).filter(([, s]) => Date.now() - Date.parse(s.date) > SIX_MONTHS_MS);
    for (const [id, s] of old)
      console.warn(`Warning: the directory's source ${id} (${s.title}) is dated ${s.date}: check it against the publisher's current file`);
    expect(old.every(([, s]) => /^\d{4}-\d{2}-\d{2}$/.test(s.date))).toBe(true);
  });

  it("is small: at most 30 KB gzip", () => {
    expect(gzipSync(readFileSync(GENERATED)).length).toBeLessThanOrEqual(30 * 1024);
  });

  it("counts what the issue asks for: England's open trusts, Wales's boards and trusts, Scotland's boards and hospitals, Northern Ireland's trusts", () => {
    const count = (nation: string, kind: string) => directory.all.filter((o) => o.nation === nation && o.kind === kind).length;
    expect(count("england", "trust")).toBe(199);
    expect(count("wales", "health-board")).toBe(7);
    expect(count("wales", "trust")).toBe(3);
    expect(count("scotland", "health-board")).toBe(14);
    expect(count("scotland", "special-health-board")).toBe(1);
    expect(count("scotland", "hospital")).toBe(277);
    expect(count("northern-ireland", "hsc-trust")).toBe(5);
    expect(count("northern-ireland", "complaints-team")).toBe(1);
  });

  it("marks the specialist cancer centres", () => {
    const centres = directory.all.filter((o) => o.cancerCentre).map((o) => o.code);
    expect(centres.sort()).toEqual(["G517H", "H202H", "N101H", "RBV", "REN", "RPY", "RQF", "S116H", "T101H"]);
    expect(directory.byCode("RPY")?.cancerCentre?.url).toMatch(/^https:\/\/www\.royalmarsden\.nhs\.uk\//);
  });
});

describe("reading ODS's capitals", () => {
  it.each([
    ["THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS FOUNDATION TRUST", "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust"],
    ["UNIVERSITY HOSPITALS OF NORTH MIDLANDS NHS TRUST", "University Hospitals of North Midlands NHS Trust"],
    ["GUY'S AND ST THOMAS' NHS FOUNDATION TRUST", "Guy's and St Thomas' NHS Foundation Trust"],
    ["STOKE-ON-TRENT", "Stoke-on-Trent"],
    ["MOUNT MCKINLEY", "Mount McKinley"],
    ["4TH FLOOR, EAST WING", "4th Floor, East Wing"],
    ["UNIT 1A HOWARD COURT", "Unit 1A Howard Court"],
  ])("%s → %s", (ods, ours) => expect(titleCase(ods)).toBe(ours));
});

describe("finding an organisation", () => {
  it("by its code, whatever its case", () => {
    expect(directory.byCode("rbv")?.name).toBe("The Christie NHS Foundation Trust");
  });

  it("by a name or other name typed exactly, case and punctuation aside", () => {
    expect(directory.named("perth royal infirmary.")?.code).toBe("T202H");
    expect(directory.named("The Christie")?.code).toBe("RBV");
    expect(directory.named("christie")?.code).toBe("RBV");
    expect(directory.named("Velindre Cancer Centre")?.code).toBe("RQF");
    expect(directory.named("Velindre University NHS Trust")?.code).toBe("RQF");
    // Not a name of one organisation: none.
    expect(directory.named("Royal Infirmary")).toBeUndefined();
  });

  it("names the body whose teams act for a Scottish hospital: its health board", () => {
    const perth = directory.byCode("T202H")!;
    expect(directory.actingBody(perth).name).toBe("NHS Tayside");
    const christie = directory.byCode("RBV")!;
    expect(directory.actingBody(christie)).toBe(christie);
  });

  it("by the first letters of its name's words or its town, best first", () => {
    expect(directory.search("clatter").map((o) => o.code)).toContain("REN");
    expect(directory.search("perth roy")[0]?.code).toBe("T202H");
    expect(directory.search("marsden")[0]?.code).toBe("RPY");
    expect(directory.search("royal marsden")[0]?.code).toBe("RPY");
    expect(directory.search("beatson")[0]?.code).toBe("G517H");
    // By town: Dundee's hospitals and its board.
    expect(directory.search("dundee").map((o) => o.code)).toContain("T101H");
    expect(directory.search("")).toEqual([]);
    expect(directory.search("zzzz")).toEqual([]);
  });
});
