/** What the command line says. It is used by support workers and developers, in English first. */
export const cli = {
  usage: `Usage:
  npm run letter -- [--template <id>] --answers <file or -> --format pdf|docx|txt --out <file or -> [--date YYYY-MM-DD]
  (--template may be left out when the answers file names its letter; --format text is txt;
  --out - writes the letter to standard output; --describe-files gives the file a title and
  subject that say what the letter is about, where file managers and mail show them; without
  it the title is "Letter"; --language cy writes the letter in Welsh, en-GB in English; without it,
  the answers file's letterLanguage, for care in Wales, and otherwise English)
  npm run letter -- [--template <id>] --batch <folder of answers files> --format pdf|docx|txt --out <folder> [--date YYYY-MM-DD]
  (each file's own letter, unless --template names one for all)
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
  badFormat: '--format must be pdf, docx, txt or text, not "{format}"',
  badLanguage: '--language must be one of {languages}, not "{language}"',
  badDate: '--date must be a real date written as YYYY-MM-DD, not "{date}"',
  cannotRead: 'Could not read the answers file "{file}": {reason}',
  /** Why a path is not read or written: it is not a regular file (cli/read-bounded.ts). */
  notAFile: {
    symlink: "it is a symbolic link, which is not followed",
    fifo: "it is a named pipe (FIFO), not a file",
    device: "it is a device, not a file",
    socket: "it is a socket, not a file",
    folder: "it is a folder, not a file",
    other: "it is not a regular file",
  },
  tooSlow: "it did not arrive within {seconds} seconds",
  /** JSON that does not parse: where, as an editor counts, then the parser's own words. */
  notJson: "The answers file is not valid JSON at line {line}, column {column} ({reason})",
  /** An answer that must be one of a fixed set: the problem, then the values the file may hold there. */
  allowed: "{message}. The file may hold {values}",
  /** A file that names its letter, given another with --template. */
  templateOverride: "the file is for {file}: writing {template}, as --template says",
  /** A section with problems the letter does not read (a concern's dates, for a GP letter). */
  notUsed: "not used by this letter, so not checked",
  /** --out names something that is not a regular file. */
  cannotWrite: 'Will not write the letter to "{file}": {reason}',
  /** --out - for a PDF or Word file while standard output is a terminal. */
  binaryToTerminal: "--out - would print a {format} file on the terminal: send standard output to a file or a program instead",
  /** An interrupt (Ctrl-C) before the letter was written. */
  interrupted: 'Stopped before the letter was written: nothing was written to "{file}"',
  /** Printed on stderr for what the command line reads but does not stop for. */
  warning: "Warning: {message}",
  missingTemplate: "Missing --template: the answers file does not say which letter it is for",
  /** A problem with the answers: its dotted path (or "answers" for the whole file), then what is wrong. */
  problem: "{path}: {message}",
  wholeFile: "answers",
  failed: "Could not make the letter: {reason}",
  /** A reworded part of the letter whose own wording has moved on since (lib/letter/stale.ts). */
  staleRewording: "this rewording was written from answers that have changed since: check it against the letter's own wording",
  pdfMissing: "Warning: the PDF's lettering does not have {characters}, so the PDF prints each as �. The docx and txt formats keep them.",
  /** `--batch`: a letter for every answers file in a folder. */
  batch: {
    bothSources: "Use --answers for one letter or --batch for a folder of answers files, not both",
    noFiles: 'There are no answers files (*.json) in "{folder}"',
    outIsStdout: "--batch writes a letter for each answers file into a folder: give --out a folder, not -",
    /** An entry of the folder that is not read: its name, then why. */
    notRead: "not read: {reason}",
    notAnswers: "not an answers file (only *.json files are read)",
    /** An interrupt (Ctrl-C) part way through: how far it got. */
    interrupted: 'Stopped: {done} of {total} letters written to "{folder}"; no part of a letter was left',
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
  /**
   * \`--schema\`: the title and description of the answers file's parts that no question page
   * asks as such, by their dotted path (the rest come from the question pages and answers.fields).
   */
  schema: {
    "currentTeam.organisationCode": {
      description:
        "The hospital's code in our list of NHS organisations, like RBV or T202H (--organisations finds it). It fills in what the answers leave out: the name, the address and the country",
    },
    "preferred.organisationCode": {
      description:
        "The hospital's code in our list of NHS organisations, like RBV or T202H (--organisations finds it). It fills in what the answers leave out: the name, the address and the country",
    },
    "backup.organisationCode": {
      description:
        "The hospital's code in our list of NHS organisations, like RBV or T202H (--organisations finds it). It fills in what the answers leave out: the name, the address and the country",
    },
    "concern.organisationCode": {
      description:
        "The organisation's code in our list of NHS organisations, like RBV or T202H (--organisations finds it). It fills in what the answers leave out: the name, the address and the country",
    },
    "records.organisationCode": {
      description:
        "The organisation's code in our list of NHS organisations, like RBV or T202H (--organisations finds it). It fills in what the answers leave out: the name, the address and the country",
    },
    "log[].sent": { description: "Set when the note records a letter being sent: which letter, and how it went" },
    "backup.why": { description: "Why the patient would like this team, if their first choice cannot see them" },
    enclosures: { description: "What is sent with the letter: copies of clinic letters, results and the like" },
    letter: { title: "The letter", description: "The letter chosen, and the rewording of each letter, as the website saves them" },
    "letter.templateId": {
      title: "The letter chosen",
      description: "The letter's id (--list shows them). The command line writes this letter when --template is left out",
    },
    "letter.edits": {
      title: "Rewording",
      description:
        "The rewording of each letter, by the letter's id, then by the id of the part reworded: the new text, at most 2,000 characters. Empty text leaves the part out",
    },
    "letter.basis": {
      title: "Our wording when reworded",
      description:
        "Our wording of each reworded part when it was reworded, in the same shape as the rewording. When it changes, the part is marked for checking",
    },
    progress: { title: "Progress", description: "The question pages answered on the website. The command line does not use it" },
    "progress.answered": { title: "Pages answered", description: "The ids of the question pages answered, so an optional page answered no is not asked again" },
  },
};
