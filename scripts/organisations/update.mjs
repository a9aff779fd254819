// What a newly downloaded source file changes, for a maintainer to review before replacing the kept
// copy in lib/organisations/sources/ (run by hand: CI has no network). It prints what opened,
// closed, moved (a new postcode or address) or was renamed, and changes nothing.
//
//   node scripts/organisations/update.mjs etr path/to/new/etr.csv
//   node scripts/organisations/update.mjs phs-hospitals path/to/new/hospital_codes.csv
import { readFileSync } from "node:fs";
import { isMain } from "../is-main.mjs";
import { hospitalsFrom, parseCsv, SOURCES_DIR, trustsFrom } from "./build.mjs";

const KINDS = {
  etr: { kept: "etr.csv", read: (text) => trustsFrom(parseCsv(text)) },
  "phs-hospitals": { kept: "phs-hospital-codes.csv", read: (text) => hospitalsFrom(parseCsv(text)) },
};

const addressOf = (o) => [...o.lines, o.town, o.postcode].join(", ");

/** The changes between two lists of organisations, by code. */
export function changesBetween(before, after) {
  const old = new Map(before.map((o) => [o.code, o]));
  const now = new Map(after.map((o) => [o.code, o]));
  const opened = after.filter((o) => !old.has(o.code));
  const closed = before.filter((o) => !now.has(o.code));
  const renamed = [];
  const moved = [];
  for (const o of after) {
    const was = old.get(o.code);
    if (!was) continue;
    if (was.name !== o.name) renamed.push({ code: o.code, from: was.name, to: o.name });
    if (addressOf(was) !== addressOf(o)) moved.push({ code: o.code, name: o.name, from: addressOf(was), to: addressOf(o) });
  }
  return { opened, closed, renamed, moved };
}

/** The changes as lines to read. */
export function report({ opened, closed, renamed, moved }) {
  const lines = [];
  for (const o of opened) lines.push(`opened   ${o.code}  ${o.name}, ${addressOf(o)}`);
  for (const o of closed) lines.push(`closed   ${o.code}  ${o.name}`);
  for (const r of renamed) lines.push(`renamed  ${r.code}  ${r.from} → ${r.to}`);
  for (const m of moved) lines.push(`moved    ${m.code}  ${m.name}: ${m.from} → ${m.to}`);
  lines.push(`${opened.length} opened, ${closed.length} closed, ${renamed.length} renamed, ${moved.length} moved`);
  return lines.join("\n");
}

if (isMain(import.meta.url)) {
  const [kind, file] = process.argv.slice(2);
  const source = KINDS[kind];
  if (!source || !file) {
    console.error(`Usage: node scripts/organisations/update.mjs ${Object.keys(KINDS).join("|")} <newly downloaded file>`);
    process.exit(1);
  }
  const before = source.read(readFileSync(`${SOURCES_DIR}/${source.kept}`, "utf8"));
  const after = source.read(readFileSync(file, "utf8"));
  console.log(report(changesBetween(before, after)));
}
