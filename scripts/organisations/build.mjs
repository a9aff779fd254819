// Writes lib/organisations/directory.data.ts: the directory of NHS organisations, made from the
// published files kept in lib/organisations/sources/ (their provenance is that folder's README)
// and the entries entered by hand there (hand-entered.json, each with its source and the date it
// was checked). Run it after replacing a source file: `node scripts/organisations/build.mjs`.
// A unit test fails while the generated file differs from what these sources make.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { isMain } from "../is-main.mjs";

export const SOURCES_DIR = fileURLToPath(new URL("../../lib/organisations/sources/", import.meta.url));
const OUT = fileURLToPath(new URL("../../lib/organisations/directory.data.ts", import.meta.url));

/** RFC 4180 CSV: quoted fields may hold commas, quotes doubled; a leading byte-order mark is dropped. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== "");
}

const SMALL = new Set(["and", "of", "the", "upon", "on", "in", "for", "at", "under"]);
const UPPER = new Set(["NHS", "FT", "HQ", "UK", "ICB", "CTR"]);

/**
 * ODS writes names and addresses in capitals: "THE QUEEN ELIZABETH HOSPITAL, KING'S LYNN, NHS
 * FOUNDATION TRUST" → "The Queen Elizabeth Hospital, King's Lynn, NHS Foundation Trust". Small
 * words stay small inside a name ("University Hospitals of North Midlands", "Stoke-on-Trent"),
 * "NHS" stays as it is, "MC" names keep their capital ("Mount McKinley").
 */
export function titleCase(text) {
  let first = true;
  return text
    .toLowerCase()
    .split(/(\s+|-|\/)/)
    .map((part) => {
      if (/^\s+$|^-$|^\/$/.test(part) || part === "") return part;
      const upper = part.toUpperCase().replace(/[,.]$/, "");
      let word;
      if (UPPER.has(upper)) word = part.toUpperCase();
      else if (/\d/.test(part) && !/^\d+(st|nd|rd|th)$/.test(part)) word = part.toUpperCase();
      else if (!first && SMALL.has(part)) word = part;
      else if (/^mc[a-z]/.test(part)) word = `Mc${part[2].toUpperCase()}${part.slice(3)}`;
      else word = part.charAt(0).toUpperCase() + part.slice(1);
      first = false;
      return word;
    })
    .join("");
}

const dateOf = (yyyymmdd) => `${yyyymmdd.slice(0, 4)}-${yyyymmdd.slice(4, 6)}-${yyyymmdd.slice(6, 8)}`;

/** England's (and three Welsh) NHS trusts from ODS's etr file: the open ones (no close date). */
export function trustsFrom(rows) {
  return rows
    .filter((r) => r[11] === "")
    .map((r) => {
      const address = r.slice(4, 9).filter(Boolean).map(titleCase);
      return {
        code: r[0],
        name: titleCase(r[1]),
        nation: r[23] === "W" ? "wales" : "england",
        kind: "trust",
        lines: address.slice(0, -1),
        town: address.at(-1) ?? "",
        postcode: r[9],
        source: "ods-etr",
      };
    });
}

/** The file's newest open date: how recent ODS's copy is. */
export const newestOpenDate = (rows) =>
  dateOf(
    rows
      .map((r) => r[10])
      .sort()
      .at(-1),
  );

/** Scotland's current health boards (no archived date), named as Public Health Scotland names them. */
export function boardsFrom(rows) {
  const [header, ...body] = rows;
  const at = (name) => header.indexOf(name);
  return body.filter((r) => r[at("HBDateArchived")] === "").map((r) => ({ code: r[at("HB")], name: r[at("HBName")] }));
}

/** Scotland's hospitals, each with its health board (whose teams act for it). "Foresterhill Road, Aberdeen": the last part is the town. */
export function hospitalsFrom(rows) {
  const [header, ...body] = rows;
  const at = (name) => header.indexOf(name);
  return body.map((r) => {
    const parts = r[at("AddressLine")]
      .split(",")
      .map((p) => p.trim())
      .filter(Boolean);
    return {
      code: r[at("Location")],
      name: r[at("LocationName")],
      nation: "scotland",
      kind: "hospital",
      lines: parts.slice(0, -1),
      town: parts.at(-1) ?? "",
      postcode: r[at("Postcode")],
      parent: r[at("HB")],
      source: "phs-hospitals",
    };
  });
}

/** Reads the sources and makes the directory: its sources (with dates) and its organisations, sorted by code. */
export function buildDirectory(dir = SOURCES_DIR) {
  const read = (name) => readFileSync(`${dir}/${name}`, "utf8");
  const hand = JSON.parse(read("hand-entered.json"));
  const etr = parseCsv(read("etr.csv"));
  const hospitals = hospitalsFrom(parseCsv(read("phs-hospital-codes.csv")));
  const boards = boardsFrom(parseCsv(read("phs-health-boards.csv")));

  const sources = {
    "ods-etr": { title: "NHS England Organisation Data Service, NHS trusts (etr)", date: newestOpenDate(etr), url: hand.published["ods-etr"].url },
    "phs-hospitals": { title: "Public Health Scotland, Hospital Codes", date: hand.published["phs-hospitals"].date, url: hand.published["phs-hospitals"].url },
    "phs-boards": {
      title: "Public Health Scotland, Health Board 2014 - Health Board 2019",
      date: hand.published["phs-boards"].date,
      url: hand.published["phs-boards"].url,
    },
    ...hand.sources,
  };

  const byCode = new Map();
  const add = (entry) => {
    if (byCode.has(entry.code)) throw new Error(`Two organisations have the code ${entry.code}`);
    byCode.set(entry.code, entry);
  };
  for (const trust of trustsFrom(etr)) add(trust);
  for (const hospital of hospitals) add(hospital);
  // Scotland's boards: Public Health Scotland's names, the boards' own addresses (entered by hand).
  for (const board of boards) {
    const address = hand.boardAddresses[board.code];
    if (!address) throw new Error(`No address entered for ${board.code} ${board.name} (hand-entered.json, boardAddresses)`);
    add({
      code: board.code,
      name: board.name,
      nation: "scotland",
      kind: "health-board",
      lines: address.lines,
      town: address.town,
      postcode: address.postcode,
      source: address.source,
    });
  }
  for (const entry of hand.organisations) add({ ...entry });
  // Corrections to a published entry (a name changed since the file), each with its source.
  for (const [code, correction] of Object.entries(hand.corrections)) {
    const entry = byCode.get(code);
    if (!entry) throw new Error(`A correction for ${code}, which no source has`);
    const { source: _source, ...fields } = correction;
    Object.assign(entry, fields);
  }
  for (const [code, aliases] of Object.entries(hand.aliases)) {
    const entry = byCode.get(code);
    if (!entry) throw new Error(`Other names for ${code}, which no source has`);
    entry.aliases = aliases;
  }
  for (const [code, centre] of Object.entries(hand.cancerCentres)) {
    const entry = byCode.get(code);
    if (!entry) throw new Error(`A cancer centre mark for ${code}, which no source has`);
    entry.cancerCentre = centre.url ?? "";
  }
  // A hospital whose board is not in the directory stands for itself.
  for (const entry of byCode.values()) if (entry.parent && !byCode.has(entry.parent)) delete entry.parent;
  const organisations = [...byCode.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { sources, organisations };
}

const row = (o) => [
  o.code,
  o.name,
  o.nation,
  o.kind,
  (o.lines ?? []).join("|"),
  o.town,
  o.postcode,
  o.parent ?? "",
  (o.aliases ?? []).join("|"),
  o.cancerCentre ?? null,
  o.source,
];

export function directoryModule({ sources, organisations }) {
  return [
    "// Generated by scripts/organisations/build.mjs from lib/organisations/sources/: do not edit by hand.",
    "// Contains public sector information licensed under the Open Government Licence v3.0.",
    'import type { DirectoryData } from "./directory";',
    "",
    "export const DIRECTORY: DirectoryData = {",
    `  sources: ${JSON.stringify(sources)},`,
    "  rows: [",
    ...organisations.map((o) => `    ${JSON.stringify(row(o))},`),
    "  ],",
    "};",
    "",
  ].join("\n");
}

if (isMain(import.meta.url)) {
  const directory = buildDirectory();
  writeFileSync(OUT, directoryModule(directory));
  const count = (key) => {
    const counts = new Map();
    for (const o of directory.organisations) counts.set(o[key], (counts.get(o[key]) ?? 0) + 1);
    return [...counts].map(([k, n]) => `${k} ${n}`);
  };
  console.log(`Wrote ${OUT}: ${directory.organisations.length} organisations (${count("nation").join(", ")}; ${count("kind").join(", ")})`);
}
