import { parseArgs } from "node:util";
import { isRealIsoDate } from "@/lib/answers";
import type { LetterFormat } from "@/lib/render";
import { isTemplateId } from "@/templates";
import type { TemplateId } from "@/lib/letter/model";

export type Command =
  | { kind: "help" }
  | { kind: "list" }
  | { kind: "schema" }
  | { kind: "letter"; template: TemplateId; answers: string; format: LetterFormat; out: string; date?: string };

export const USAGE = `Usage:
  npm run letter -- --template <id> --answers <file or -> --format pdf|docx|txt --out <file> [--date YYYY-MM-DD]
  npm run letter -- --list      one template id a line, then its title
  npm run letter -- --schema    the answers file's JSON Schema`;

export class UsageError extends Error {}

const FORMATS = ["pdf", "docx", "txt"] as const;

/** Reads the command line; a mistake throws UsageError with a message for the user. */
export function parseCommand(argv: string[]): Command {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        template: { type: "string" },
        answers: { type: "string" },
        format: { type: "string" },
        out: { type: "string" },
        date: { type: "string" },
        list: { type: "boolean" },
        schema: { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { kind: "help" };
  if (values.list) return { kind: "list" };
  if (values.schema) return { kind: "schema" };

  const missing = (["template", "answers", "format", "out"] as const).filter((k) => !values[k]);
  if (missing.length) throw new UsageError(`Missing ${missing.map((m) => `--${m}`).join(", ")}`);
  if (!isTemplateId(values.template)) throw new UsageError(`Unknown template "${values.template}". Run with --list to see the templates`);
  if (!(FORMATS as readonly string[]).includes(values.format!)) throw new UsageError(`--format must be pdf, docx or txt, not "${values.format}"`);
  if (values.date !== undefined && !isRealIsoDate(values.date)) throw new UsageError(`--date must be a real date written as YYYY-MM-DD, not "${values.date}"`);
  return {
    kind: "letter",
    template: values.template,
    answers: values.answers!,
    format: values.format as LetterFormat,
    out: values.out!,
    date: values.date,
  };
}
