import * as z from "zod/mini";
import "@/lib/answers/locale";
import { isRealIsoDate, partsToIso, todayIso, type DateParts } from "@/lib/answers/dates";

/**
 * Building blocks for question-page schemas. Form inputs stay strings (radios and checkboxes as
 * the form gives them); each step's schema checks them with the engine's own field schemas
 * and turns them into answers. Page-specific wording ("Enter your full name") comes first; the
 * engine's checks (length, NHS number, postcode, real date) follow.
 */

/** What the form (components/form/useForm.ts) gives for a text input, a radio group (null until chosen) or a checkbox. */
export const ZFormText = z.nullish(z.string());
export const ZFormChoice = z.nullish(z.string());
export const ZFormChecks = z.nullish(z.union([z.array(z.string()), z.string(), z.boolean()]));
export const ZFormTick = z.nullish(z.union([z.boolean(), z.string()]));
export const ZFormDate = z.object({ day: ZFormText, month: ZFormText, year: ZFormText });

export type FormText = z.input<typeof ZFormText>;

/** Where a step's problems go: the parse payload of the step's transform. */
type Ctx = { value: unknown; issues: z.core.$ZodRawIssue[] };

/** Collects answers and problems for one step, in the order of the page. */
export class Checker {
  ok = true;
  constructor(private readonly ctx: Ctx) {}

  problem(path: string, message: string): void {
    this.ok = false;
    this.ctx.issues.push({ code: "custom", path: path.split("."), message, input: this.ctx.value });
  }

  /** Runs an engine field schema; its first problem is reported at `path`. */
  field<T>(path: string, schema: z.ZodMiniType<T>, value: unknown): T | undefined {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    this.problem(path, result.error.issues[0]?.message ?? "Check this answer");
    return undefined;
  }

  /** A text answer that must be given, with the page's own "Enter …" message. */
  required<T>(path: string, schema: z.ZodMiniType<T>, value: FormText, missing: string): T | undefined {
    if (!value || value.trim() === "") {
      this.problem(path, missing);
      return undefined;
    }
    return this.field(path, schema, value);
  }

  /** A text answer that may be left blank (blank becomes undefined). */
  optional<T>(path: string, schema: z.ZodMiniType<T>, value: FormText): T | undefined {
    if (!value || value.trim() === "") return undefined;
    return this.field(path, schema, value);
  }

  /** One of a set of radios. */
  choice<const T extends readonly string[]>(path: string, values: T, value: unknown, missing: string): T[number] | undefined {
    if (typeof value === "string" && (values as readonly string[]).includes(value)) return value as T[number];
    this.problem(path, missing);
    return undefined;
  }

  /** Ticked checkboxes, as a list of the known values. */
  checks<const T extends readonly string[]>(value: unknown, values: T): T[number][] {
    const list = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
    return (values as readonly string[]).filter((v) => list.includes(v)) as T[number][];
  }

  /**
   * An NHS date input. Missing or impossible parts get the NHS service manual's messages; then the
   * engine's date schema (past, future) has the last word.
   */
  date(path: string, schema: z.ZodMiniType<string>, parts: z.input<typeof ZFormDate> | undefined, opts: DateMessages): string | undefined {
    const p: DateParts = { day: (parts?.day ?? "").trim(), month: (parts?.month ?? "").trim(), year: (parts?.year ?? "").trim() };
    const missing = (["day", "month", "year"] as const).filter((k) => p[k] === "");
    if (missing.length === 3) {
      if (opts.required) this.problem(path, opts.required);
      return undefined;
    }
    if (missing.length > 0) {
      this.problem(path, `${opts.label} must include a ${joinParts(missing)}`);
      return undefined;
    }
    if (!/^\d{1,2}$/.test(p.day) || !/^\d{1,2}$/.test(p.month) || !/^\d+$/.test(p.year)) {
      this.problem(path, `${opts.label} must be a real date`);
      return undefined;
    }
    if (p.year.length !== 4) {
      this.problem(path, "Year must include 4 numbers");
      return undefined;
    }
    const iso = partsToIso(p);
    if (!isRealIsoDate(iso)) {
      this.problem(path, `${opts.label} must be a real date`);
      return undefined;
    }
    if (opts.after === "today" && iso <= todayIso()) {
      this.problem(path, `${opts.label} must be after today`);
      return undefined;
    }
    return this.field(path, schema, iso);
  }
}

export interface DateMessages {
  /** The date's name at the start of a sentence, e.g. "Date of birth". */
  label: string;
  /** Message when all parts are blank; omit for an optional date. */
  required?: string;
  after?: "today";
}

function joinParts(parts: readonly string[]): string {
  return parts.length === 2 ? `${parts[0]} and ${parts[1]}` : parts.join("");
}
