import type { TNation } from "@/lib/answers/vocabulary";

/**
 * The NHS's organisations as data (issue 19): England's NHS trusts from NHS ODS, Wales's health
 * boards and trusts, Scotland's health boards and hospitals from Public Health Scotland, Northern
 * Ireland's health and social care trusts and the SPPG complaints team. The rows are generated
 * from the published files kept in ./sources/ by scripts/organisations/build.mjs
 * (./directory.data.ts); this module reads them. No zod and no words: a question page loads it
 * (lazily) to offer a list, the command line and the letters to resolve a code.
 *
 * An address is the organisation's postal address (usually its headquarters), not a department's.
 */

export const ORGANISATION_KINDS = ["trust", "health-board", "special-health-board", "hospital", "hsc-trust", "complaints-team"] as const;
export type TOrganisationKind = (typeof ORGANISATION_KINDS)[number];

export interface Organisation {
  /** The publisher's code: ODS (England, Wales, Northern Ireland) or Public Health Scotland's. */
  code: string;
  name: string;
  nation: TNation;
  kind: TOrganisationKind;
  /** The street lines of its postal address, before the town. */
  lines: readonly string[];
  town: string;
  postcode: string;
  /** A Scottish hospital's health board: the board's teams act for it. */
  parent?: string;
  /** Other names people know it by ("The Christie", "Velindre Cancer Centre"). */
  aliases: readonly string[];
  /** A specialist cancer centre: its own page about referrals or second opinions, when it has one. */
  cancerCentre?: { url?: string };
  /** Which published file (or hand-entered source) it comes from, and that source's date. */
  source: string;
  sourceDate: string;
}

/** One generated row: the fields above in a fixed order, lists joined by "|" (small to ship). */
export type OrganisationRow = readonly [
  code: string,
  name: string,
  nation: TNation,
  kind: TOrganisationKind,
  lines: string,
  town: string,
  postcode: string,
  parent: string,
  aliases: string,
  cancerCentreUrl: string | null,
  source: string,
];

export interface DirectorySource {
  /** What it is, for the README and the about page. */
  title: string;
  /** The publisher's date of the file, or the date a hand-entered entry was checked: ISO. */
  date: string;
  url: string;
  /** Entered by hand from the organisation's own page or a government page; false for a secondary source (to check first when the address matters). */
  official?: boolean;
}

export interface DirectoryData {
  sources: Readonly<Record<string, DirectorySource>>;
  rows: readonly OrganisationRow[];
}

/** Case, accents, punctuation and "&" set aside, so "Perth Royal Infirmary" and "perth royal infirmary." are one name. */
export function normaliseName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’‘`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(/^the /, "");
}

const split = (joined: string) => (joined ? joined.split("|") : []);

export function organisationOf(row: OrganisationRow, sources: DirectoryData["sources"]): Organisation {
  const [code, name, nation, kind, lines, town, postcode, parent, aliases, cancerCentreUrl, source] = row;
  return {
    code,
    name,
    nation,
    kind,
    lines: split(lines),
    town,
    postcode,
    ...(parent ? { parent } : {}),
    aliases: split(aliases),
    ...(cancerCentreUrl !== null ? { cancerCentre: cancerCentreUrl ? { url: cancerCentreUrl } : {} } : {}),
    source,
    sourceDate: sources[source]?.date ?? "",
  };
}

export interface Directory {
  readonly all: readonly Organisation[];
  byCode(code: string): Organisation | undefined;
  /** The one organisation whose name or alias is this name (case and punctuation aside), if exactly one. */
  named(name: string): Organisation | undefined;
  /** The body whose teams act for it: a Scottish hospital's health board, otherwise itself. */
  actingBody(organisation: Organisation): Organisation;
  /** Organisations whose name, other names or town start with the words typed, best first. */
  search(query: string, limit?: number): Organisation[];
}

export function directoryOf(data: DirectoryData): Directory {
  const all = data.rows.map((row) => organisationOf(row, data.sources));
  const byCode = new Map(all.map((o) => [o.code.toUpperCase(), o]));
  const byName = new Map<string, Organisation[]>();
  for (const o of all) {
    for (const name of new Set([o.name, ...o.aliases].map(normaliseName))) byName.set(name, [...(byName.get(name) ?? []), o]);
  }
  const words = all.map((o) => ({
    organisation: o,
    name: normaliseName(o.name).split(" "),
    others: [...o.aliases, o.town].flatMap((text) => normaliseName(text).split(" ")),
  }));
  return {
    all,
    byCode: (code) => byCode.get(code.trim().toUpperCase()),
    named(name) {
      const found = byName.get(normaliseName(name));
      return found?.length === 1 ? found[0] : undefined;
    },
    actingBody: (organisation) => (organisation.parent ? (byCode.get(organisation.parent) ?? organisation) : organisation),
    search(query, limit = 12) {
      const typed = normaliseName(query).split(" ").filter(Boolean);
      if (typed.length === 0) return [];
      const scored: { organisation: Organisation; score: number }[] = [];
      for (const entry of words) {
        const inName = typed.every((t) => entry.name.some((w) => w.startsWith(t)));
        const anywhere = inName || typed.every((t) => entry.name.some((w) => w.startsWith(t)) || entry.others.some((w) => w.startsWith(t)));
        if (!anywhere) continue;
        // The name's own words first, then a name that starts with what was typed, then cancer centres.
        const startsWith = normaliseName(entry.organisation.name).startsWith(typed.join(" "));
        const score = (inName ? 4 : 0) + (startsWith ? 2 : 0) + (entry.organisation.cancerCentre ? 1 : 0);
        scored.push({ organisation: entry.organisation, score });
      }
      scored.sort((a, b) => b.score - a.score || a.organisation.name.localeCompare(b.organisation.name, "en-GB"));
      return scored.slice(0, limit).map((s) => s.organisation);
    },
  };
}
