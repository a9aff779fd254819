import type { cli as en } from "../en-GB/cli";
import type { Plural } from "../types";

// Welsh plural forms: "llythyr" (masculine) mutates after 2 ("dau lythyr"); "ffeil" (feminine) does not change.
const skipped: Plural = {
  zero: "{count} ffeil atebion â phroblemau: ni wnaed llythyr ar eu cyfer",
  one: "{count} ffeil atebion â phroblemau: ni wnaed llythyr ar ei chyfer",
  two: "{count} ffeil atebion â phroblemau: ni wnaed llythyrau ar eu cyfer",
  few: "{count} ffeil atebion â phroblemau: ni wnaed llythyrau ar eu cyfer",
  many: "{count} ffeil atebion â phroblemau: ni wnaed llythyrau ar eu cyfer",
  other: "{count} ffeil atebion â phroblemau: ni wnaed llythyrau ar eu cyfer",
};
const written: Plural = {
  zero: 'Ysgrifennwyd {count} llythyr i "{folder}"',
  one: 'Ysgrifennwyd {count} llythyr i "{folder}"',
  two: 'Ysgrifennwyd {count} lythyr i "{folder}"',
  few: 'Ysgrifennwyd {count} llythyr i "{folder}"',
  many: 'Ysgrifennwyd {count} llythyr i "{folder}"',
  other: 'Ysgrifennwyd {count} llythyr i "{folder}"',
};

/** What the command line says, in Welsh (`--language cy`). Options and file formats stay as they are typed. */
export const cli: typeof en = {
  usage: `Defnydd:
  npm run letter -- [--template <id>] --answers <ffeil neu -> --format pdf|docx|txt --out <ffeil> [--date BBBB-MM-DD]
  (gellir gadael --template allan pan fydd y ffeil atebion yn enwi ei llythyr)
  npm run letter -- --template <id> --batch <ffolder o ffeiliau atebion> --format pdf|docx|txt --out <ffolder> [--date BBBB-MM-DD]
  npm run letter -- --list      un id templed ar bob llinell, yna ei deitl
  npm run letter -- --schema    JSON Schema y ffeil atebion
  npm run letter -- --organisations <geiriau>
                                sefydliadau'r GIG y mae eu henwau neu eu trefi'n dechrau gyda'r geiriau: eu codau ar gyfer ffeil atebion`,
  missingOptions: "Ar goll: {options}",
  /** \`--organisations\`: one organisation a line. */
  organisations: {
    /** Its code, name, kind, nation and town, tab-separated; then its health board's code when another body acts for it. */
    row: "{code}\t{name}\t{kind}\t{nation}\t{town} {postcode}",
    actsFor: "{row}\tei fwrdd iechyd: {board}",
    none: 'Nid oes gan unrhyw sefydliad GIG yn ein rhestr enw neu dref sy\'n dechrau gyda "{words}"',
    kinds: {
      trust: "ymddiriedolaeth GIG",
      "health-board": "bwrdd iechyd",
      "special-health-board": "bwrdd iechyd arbennig",
      hospital: "ysbyty",
      "hsc-trust": "ymddiriedolaeth iechyd a gofal cymdeithasol",
      "complaints-team": "tîm cwynion",
    },
  },
  unknownTemplate: 'Templed anhysbys "{template}". Rhedwch gyda --list i weld y templedi',
  badFormat: 'Rhaid i --format fod yn pdf, docx neu txt, nid "{format}"',
  badDate: 'Rhaid i --date fod yn ddyddiad go iawn wedi\'i ysgrifennu fel BBBB-MM-DD, nid "{date}"',
  cannotRead: 'Nid oedd modd darllen y ffeil atebion "{file}": {reason}',
  notJson: "Nid yw'r ffeil atebion yn JSON dilys ({reason})",
  /** Printed on stderr for what the command line reads but does not stop for. */
  warning: "Rhybudd: {message}",
  missingTemplate: "--template ar goll: nid yw'r ffeil atebion yn dweud ar gyfer pa lythyr y mae",
  /** A problem with the answers: its dotted path (or "atebion" for the whole file), then what is wrong. */
  problem: "{path}: {message}",
  wholeFile: "atebion",
  failed: "Nid oedd modd gwneud y llythyr: {reason}",
  /** A reworded part of the letter whose own wording has moved on since (lib/letter/stale.ts). */
  staleRewording: "cafodd yr aileirio hwn ei ysgrifennu o atebion sydd wedi newid ers hynny: gwiriwch ef yn erbyn geiriad y llythyr ei hun",
  pdfMissing: "Rhybudd: nid oes gan lythrennau'r PDF y nodau hyn: {characters}. Byddant yn ymddangos fel blychau gwag. Mae'r fformatau docx a txt yn eu cadw.",
  /** `--batch`: a letter for every answers file in a folder. */
  batch: {
    bothSources: "Defnyddiwch --answers ar gyfer un llythyr neu --batch ar gyfer ffolder o ffeiliau atebion, nid y ddau",
    noFiles: 'Nid oes ffeiliau atebion (*.json) yn "{folder}"',
    /** A problem with one file of the batch: its name, then the problem as a single letter reports it. */
    fileProblem: "{file}: {problem}",
    skipped,
    /** The progress line, kept up to date on a terminal. */
    progress: "{done} o {total} llythyr wedi'u hysgrifennu",
    written,
  },
};
