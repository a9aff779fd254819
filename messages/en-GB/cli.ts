/** What the command line says. It is used by support workers and developers, in English first. */
export const cli = {
  usage: `Usage:
  npm run letter -- [--template <id>] --answers <file or -> --format pdf|docx|txt --out <file> [--date YYYY-MM-DD]
  (--template may be left out when the answers file names its letter)
  npm run letter -- --template <id> --batch <folder of answers files> --format pdf|docx|txt --out <folder> [--date YYYY-MM-DD]
  npm run letter -- --list      one template id a line, then its title
  npm run letter -- --schema    the answers file's JSON Schema
  npm run letter -- --organisations <words>
                                NHS organisations whose names or towns start with the words: their codes for an answers file`,
  missingOptions: "Missing {options}",
  /** \`--organisations\`: one organisation a line. */
  organisations: {
    /** Its code, name, kind, nation and town, tab-separated; then its health board's code when another body acts for it. */
    row: "{code}\t{name}\t{kind}\t{nation}\t{town} {postcode}",
    actsFor: "{row}\tits health board: {board}",
    none: 'No NHS organisation in our list has a name or town starting with "{words}"',
    kinds: {
      trust: "NHS trust",
      "health-board": "health board",
      "special-health-board": "special health board",
      hospital: "hospital",
      "hsc-trust": "health and social care trust",
      "complaints-team": "complaints team",
    },
  },
  unknownTemplate: 'Unknown template "{template}". Run with --list to see the templates',
  badFormat: '--format must be pdf, docx or txt, not "{format}"',
  badDate: '--date must be a real date written as YYYY-MM-DD, not "{date}"',
  cannotRead: 'Could not read the answers file "{file}": {reason}',
  notJson: "The answers file is not valid JSON ({reason})",
  /** Printed on stderr for what the command line reads but does not stop for. */
  warning: "Warning: {message}",
  missingTemplate: "Missing --template: the answers file does not say which letter it is for",
  /** A problem with the answers: its dotted path (or "answers" for the whole file), then what is wrong. */
  problem: "{path}: {message}",
  wholeFile: "answers",
  failed: "Could not make the letter: {reason}",
  /** A reworded part of the letter whose own wording has moved on since (lib/letter/stale.ts). */
  staleRewording: "this rewording was written from answers that have changed since: check it against the letter's own wording",
  pdfMissing: "Warning: the PDF's lettering does not have {characters}, which will show as empty boxes. The docx and txt formats keep them.",
  /** `--batch`: a letter for every answers file in a folder. */
  batch: {
    bothSources: "Use --answers for one letter or --batch for a folder of answers files, not both",
    noFiles: 'There are no answers files (*.json) in "{folder}"',
    /** A problem with one file of the batch: its name, then the problem as a single letter reports it. */
    fileProblem: "{file}: {problem}",
    skipped: {
      one: "{count} answers file has problems: no letter was made for it",
      other: "{count} answers files have problems: no letter was made for them",
    },
    /** The progress line, kept up to date on a terminal. */
    progress: "{done} of {total} letters written",
    written: { one: '{count} letter written to "{folder}"', other: '{count} letters written to "{folder}"' },
  },
};
