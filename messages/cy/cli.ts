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
  npm run letter -- [--template <id>] --answers <ffeil neu -> --format pdf|docx|txt --out <ffeil neu -> [--date BBBB-MM-DD]
  (gellir gadael --template allan pan fydd y ffeil atebion yn enwi ei llythyr; mae --format text yr un peth â txt;
  mae --out - yn ysgrifennu'r llythyr i'r allbwn safonol; mae --describe-files yn rhoi teitl a
  phwnc i'r ffeil sy'n dweud am beth mae'r llythyr, lle mae rheolwyr ffeiliau a negeseuon e-bost yn eu dangos; hebddo
  "Llythyr" yw'r teitl; mae --language cy yn ysgrifennu'r llythyr yn Gymraeg, en-GB yn Saesneg; hebddo,
  letterLanguage y ffeil atebion, ar gyfer gofal yng Nghymru, ac fel arall Saesneg)
  npm run letter -- [--template <id>] --batch <ffolder o ffeiliau atebion> --format pdf|docx|txt --out <ffolder> [--date BBBB-MM-DD]
  (llythyr pob ffeil ei hun, oni bai bod --template yn enwi un ar gyfer pob un)
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
  badFormat: 'Rhaid i --format fod yn pdf, docx, txt neu text, nid "{format}"',
  badLanguage: 'Rhaid i --language fod yn un o {languages}, nid "{language}"',
  badDate: 'Rhaid i --date fod yn ddyddiad go iawn wedi\'i ysgrifennu fel BBBB-MM-DD, nid "{date}"',
  cannotRead: 'Nid oedd modd darllen y ffeil atebion "{file}": {reason}',
  /** Why a path is not read or written: it is not a regular file (cli/read-bounded.ts). */
  notAFile: {
    symlink: "cyswllt symbolaidd yw, ac nid ydym yn ei ddilyn",
    fifo: "pibell a enwir (FIFO) yw, nid ffeil",
    device: "dyfais yw, nid ffeil",
    socket: "soced yw, nid ffeil",
    folder: "ffolder yw, nid ffeil",
    other: "nid yw'n ffeil reolaidd",
  },
  tooSlow: "ni chyrhaeddodd o fewn {seconds} eiliad",
  /** JSON that does not parse: where, as an editor counts, then the parser's own words. */
  notJson: "Nid yw'r ffeil atebion yn JSON dilys ar linell {line}, colofn {column} ({reason})",
  /** An answer that must be one of a fixed set: the problem, then the values the file may hold there. */
  allowed: "{message}. Gall y ffeil gynnwys {values}",
  /** A file that names its letter, given another with --template. */
  templateOverride: "mae'r ffeil ar gyfer {file}: yn ysgrifennu {template}, fel y dywed --template",
  /** A section with problems the letter does not read (a concern's dates, for a GP letter). */
  notUsed: "nid yw'r llythyr hwn yn ei ddefnyddio, felly ni chafodd ei wirio",
  /** --out names something that is not a regular file. */
  cannotWrite: 'Ni fyddwn yn ysgrifennu\'r llythyr i "{file}": {reason}',
  /** --out - for a PDF or Word file while standard output is a terminal. */
  binaryToTerminal: "Byddai --out - yn argraffu ffeil {format} ar y derfynell: anfonwch yr allbwn safonol i ffeil neu raglen yn lle hynny",
  /** An interrupt (Ctrl-C) before the letter was written. */
  interrupted: 'Wedi stopio cyn i\'r llythyr gael ei ysgrifennu: ni ysgrifennwyd dim i "{file}"',
  /** Printed on stderr for what the command line reads but does not stop for. */
  warning: "Rhybudd: {message}",
  missingTemplate: "--template ar goll: nid yw'r ffeil atebion yn dweud ar gyfer pa lythyr y mae",
  /** A problem with the answers: its dotted path (or "atebion" for the whole file), then what is wrong. */
  problem: "{path}: {message}",
  wholeFile: "atebion",
  failed: "Nid oedd modd gwneud y llythyr: {reason}",
  /** A reworded part of the letter whose own wording has moved on since (lib/letter/stale.ts). */
  staleRewording: "cafodd yr aileirio hwn ei ysgrifennu o atebion sydd wedi newid ers hynny: gwiriwch ef yn erbyn geiriad y llythyr ei hun",
  pdfMissing:
    "Rhybudd: nid oes gan lythrennau'r PDF y nodau hyn: {characters}, felly mae'r PDF yn argraffu pob un fel �. Mae'r fformatau docx a txt yn eu cadw.",
  /** `--batch`: a letter for every answers file in a folder. */
  batch: {
    bothSources: "Defnyddiwch --answers ar gyfer un llythyr neu --batch ar gyfer ffolder o ffeiliau atebion, nid y ddau",
    noFiles: 'Nid oes ffeiliau atebion (*.json) yn "{folder}"',
    outIsStdout: "Mae --batch yn ysgrifennu llythyr ar gyfer pob ffeil atebion i ffolder: rhowch ffolder i --out, nid -",
    /** An entry of the folder that is not read: its name, then why. */
    notRead: "heb ei darllen: {reason}",
    notAnswers: "nid ffeil atebion yw hon (dim ond ffeiliau *.json sy'n cael eu darllen)",
    /** An interrupt (Ctrl-C) part way through: how far it got. */
    interrupted: 'Wedi stopio: {done} o {total} llythyr wedi\'u hysgrifennu i "{folder}"; ni adawyd unrhyw ran o lythyr',
    /** A problem with one file of the batch: its name, then the problem as a single letter reports it. */
    fileProblem: "{file}: {problem}",
    skipped,
    /** The progress line, kept up to date on a terminal. */
    progress: "{done} o {total} llythyr wedi'u hysgrifennu",
    written,
  },
  /**
   * \`--schema\`: the title and description of the answers file's parts that no question page
   * asks as such, by their dotted path (the rest come from the question pages and answers.fields).
   */
  schema: {
    "currentTeam.organisationCode": {
      description:
        "Cod yr ysbyty yn ein rhestr o sefydliadau'r GIG, fel RBV neu T202H (mae --organisations yn ei ganfod). Mae'n llenwi'r hyn y mae'r atebion yn ei adael allan: yr enw, y cyfeiriad a'r wlad",
    },
    "preferred.organisationCode": {
      description:
        "Cod yr ysbyty yn ein rhestr o sefydliadau'r GIG, fel RBV neu T202H (mae --organisations yn ei ganfod). Mae'n llenwi'r hyn y mae'r atebion yn ei adael allan: yr enw, y cyfeiriad a'r wlad",
    },
    "backup.organisationCode": {
      description:
        "Cod yr ysbyty yn ein rhestr o sefydliadau'r GIG, fel RBV neu T202H (mae --organisations yn ei ganfod). Mae'n llenwi'r hyn y mae'r atebion yn ei adael allan: yr enw, y cyfeiriad a'r wlad",
    },
    "concern.organisationCode": {
      description:
        "Cod y sefydliad yn ein rhestr o sefydliadau'r GIG, fel RBV neu T202H (mae --organisations yn ei ganfod). Mae'n llenwi'r hyn y mae'r atebion yn ei adael allan: yr enw, y cyfeiriad a'r wlad",
    },
    "records.organisationCode": {
      description:
        "Cod y sefydliad yn ein rhestr o sefydliadau'r GIG, fel RBV neu T202H (mae --organisations yn ei ganfod). Mae'n llenwi'r hyn y mae'r atebion yn ei adael allan: yr enw, y cyfeiriad a'r wlad",
    },
    "log[].sent": { description: "Wedi'i osod pan fydd y nodyn yn cofnodi anfon llythyr: pa lythyr, a sut yr aeth" },
    "backup.why": { description: "Pam yr hoffai'r claf gael y tîm hwn, os na all eu dewis cyntaf eu gweld" },
    enclosures: { description: "Beth sy'n cael ei anfon gyda'r llythyr: copïau o lythyrau clinig, canlyniadau ac ati" },
    letter: { title: "Y llythyr", description: "Y llythyr a ddewiswyd, ac aileirio pob llythyr, fel y mae'r wefan yn eu cadw" },
    "letter.templateId": {
      title: "Y llythyr a ddewiswyd",
      description: "Id y llythyr (mae --list yn eu dangos). Mae'r llinell orchymyn yn ysgrifennu'r llythyr hwn pan fydd --template wedi'i adael allan",
    },
    "letter.edits": {
      title: "Aileirio",
      description:
        "Aileirio pob llythyr, yn ôl id y llythyr, yna yn ôl id y rhan a aileiriwyd: y testun newydd, hyd at 2,000 o nodau. Mae testun gwag yn gadael y rhan allan",
    },
    "letter.basis": {
      title: "Ein geiriad pan gafodd ei aileirio",
      description:
        "Ein geiriad ar gyfer pob rhan a aileiriwyd pan gafodd ei haileirio, yn yr un siâp â'r aileirio. Pan fydd yn newid, caiff y rhan ei marcio i'w gwirio",
    },
    progress: { title: "Cynnydd", description: "Y tudalennau cwestiynau a atebwyd ar y wefan. Nid yw'r llinell orchymyn yn ei ddefnyddio" },
    "progress.answered": {
      title: "Tudalennau a atebwyd",
      description: "Ids y tudalennau cwestiynau a atebwyd, fel nad yw tudalen ddewisol a atebwyd â na yn cael ei gofyn eto",
    },
  },
};
