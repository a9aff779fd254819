/** What the command line says. It is used by support workers and developers, in English first. */
export const cli = {
  usage: `Usage:
  npm run letter -- [--template <id>] --answers <file or -> --format pdf|docx|txt --out <file> [--date YYYY-MM-DD]
  (--template may be left out when the answers file names its letter)
  npm run letter -- --list      one template id a line, then its title
  npm run letter -- --schema    the answers file's JSON Schema`,
  missingOptions: "Missing {options}",
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
  pdfMissing: "Warning: the PDF's lettering does not have {characters}, which will show as empty boxes. The docx and txt formats keep them.",
};
