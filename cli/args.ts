import { parseArgs } from "node:util";
import { isRealIsoDate } from "@/lib/answers/dates";
import type { LetterFormat } from "@/lib/render";
import { isLetterId, type LetterId } from "@/templates";
import type { Catalogue } from "@/messages";
import { fill } from "@/messages/format";

export type Command =
  | { kind: "help" }
  | { kind: "list" }
  | { kind: "schema" }
  /** Organisations in the directory whose names or towns start with these words. */
  | { kind: "organisations"; words: string }
  /** No template: the answers file names its letter. `out` "-" is standard output. */
  | {
      kind: "letter";
      template?: LetterId;
      answers: string;
      format: LetterFormat;
      out: string;
      date?: string;
      describeFiles?: boolean;
      language?: LetterLanguage;
    }
  /** No template: each file's own letter. */
  | {
      kind: "batch";
      template?: LetterId;
      folder: string;
      format: LetterFormat;
      out: string;
      date?: string;
      describeFiles?: boolean;
      language?: LetterLanguage;
    };

/** The languages a letter can be written in: a catalogue's tag (the pseudo-locale is for tests of the site). */
export const LETTER_LANGUAGES = ["en-GB", "cy"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];
const isLetterLanguage = (value: string): value is LetterLanguage => (LETTER_LANGUAGES as readonly string[]).includes(value);

export class UsageError extends Error {}

/** The formats by the names `--format` takes: "text" is the plain-text letter, as "txt" is. */
const FORMATS: Readonly<Record<string, LetterFormat>> = { pdf: "pdf", docx: "docx", txt: "txt", text: "txt" };

const OPTIONS = {
  template: { type: "string" },
  answers: { type: "string" },
  batch: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  date: { type: "string" },
  "describe-files": { type: "boolean" },
  language: { type: "string" },
  list: { type: "boolean" },
  schema: { type: "boolean" },
  organisations: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function readOptions(argv: string[]) {
  try {
    return parseArgs({ args: argv, strict: true, allowPositionals: false, options: OPTIONS }).values;
  } catch (error) {
    // Node's own words for an unknown option: it says which.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Reads the command line; a mistake throws UsageError with a message for the user. */
export function parseCommand(argv: string[], words: Catalogue["cli"]): Command {
  const values = readOptions(argv);
  if (values.help) return { kind: "help" };
  if (values.list) return { kind: "list" };
  if (values.schema) return { kind: "schema" };
  if (values.organisations !== undefined) return { kind: "organisations", words: values.organisations };

  if (values.batch !== undefined && values.answers !== undefined) throw new UsageError(words.batch.bothSources);
  const source = values.batch !== undefined ? "batch" : "answers";
  // A letter's answers file may name its letter, and so may each file of a batch.
  const missing = ([source, "format", "out"] as const).filter((k) => !values[k]);
  if (missing.length) throw new UsageError(fill(words.missingOptions, { options: missing.map((m) => `--${m}`).join(", ") }));
  if (values.template !== undefined && !isLetterId(values.template)) throw new UsageError(fill(words.unknownTemplate, { template: values.template }));
  const format = Object.hasOwn(FORMATS, values.format!) ? FORMATS[values.format!]! : null;
  if (!format) throw new UsageError(fill(words.badFormat, { format: values.format ?? "" }));
  if (values.date !== undefined && !isRealIsoDate(values.date)) throw new UsageError(fill(words.badDate, { date: values.date }));
  if (values.language !== undefined && !isLetterLanguage(values.language))
    throw new UsageError(fill(words.badLanguage, { language: values.language, languages: LETTER_LANGUAGES.join(", ") }));
  const template = {
    ...(values.template !== undefined ? { template: values.template as LetterId } : {}),
    // The letter's language, apart from the language the command line speaks in.
    ...(values.language !== undefined ? { language: values.language as LetterLanguage } : {}),
    // The files' title and subject say what the letter is about only when asked (LetterContext.fileProperties).
    ...(values["describe-files"] ? { describeFiles: true } : {}),
  };
  if (source === "batch") {
    if (values.out === "-") throw new UsageError(words.batch.outIsStdout);
    return { kind: "batch", ...template, folder: values.batch!, format, out: values.out!, date: values.date };
  }
  return { kind: "letter", ...template, answers: values.answers!, format, out: values.out!, date: values.date };
}
