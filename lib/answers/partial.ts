import type * as z from "zod/mini";
import { type Problem, ZAnswersSchema, nationOf, problemsOf } from "./answers";
import { type AnswerWords, answerMessage, termFor } from "./messages";

/**
 * Answers that may be only partly there (a draft, or a file saved part way through), read by
 * walking the answers schema itself: no second description of the shape. Each answer that is
 * present is read on its own; answers not given yet are not asked for.
 *
 * - "shape": only whether each answer is the right kind of value (text, a list, true or false).
 *   For drafts read back from this device: what the pages wrote, checked for damage.
 * - "checked": each answer is also checked as the letter would check it (a real NHS number, a
 *   postcode), with the problem in words. For answers files a user loads.
 */
export type ReadMode = "shape" | "checked";

export interface PartialRead {
  /** What could be read: in "checked" mode cleaned as the letter cleans it (no spaces in an NHS number). */
  value: Record<string, unknown>;
  /** What is wrong, by path ("checked" mode words every problem; "shape" mode says which path and that it is damaged). */
  problems: Problem[];
  /** Paths of answers that were there but could not be read, and so were left out of `value`. */
  damaged: string[];
  /** Paths of answers the schema does not know. */
  unknown: string[];
  /** Each damaged answer as it was, for keeping aside: what `damaged` names, with its value. */
  damagedValues: { path: string; value: unknown }[];
  /** For each unknown path, the keys the schema does know in that place (for "did you mean"). */
  knownBeside: Map<string, readonly string[]>;
}

export interface ReadOptions {
  /** Keep answers the schema does not know in `value`, as they are: a newer version may have written them. */
  keepUnknown?: boolean;
}

type Schema = z.ZodMiniType;
type Def = { type: string; [key: string]: unknown };
const defOf = (schema: Schema) => (schema as unknown as { def: Def }).def;
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

/** The kind of value a schema takes, for "shape" mode: its base type, past the checks. */
function rightKind(schema: Schema, value: unknown): boolean {
  const def = defOf(schema);
  switch (def.type) {
    case "optional":
      return value === undefined || rightKind(def.innerType as Schema, value);
    case "string":
    case "enum":
      return typeof value === "string";
    case "boolean":
      return typeof value === "boolean";
    case "literal":
      return (def.values as unknown[]).includes(value);
    case "array":
      return Array.isArray(value) && value.every((item) => rightKind(def.element as Schema, item));
    case "object": {
      // A list's items (the log's notes): known keys only, each of the right kind.
      const shape = def.shape as Record<string, Schema>;
      return isRecord(value) && Object.entries(value).every(([key, child]) => Object.hasOwn(shape, key) && rightKind(shape[key]!, child));
    }
    default:
      return false;
  }
}

class Reader {
  readonly problems: Problem[] = [];
  readonly damaged: string[] = [];
  readonly unknown: string[] = [];
  readonly damagedValues: { path: string; value: unknown }[] = [];
  readonly knownBeside = new Map<string, readonly string[]>();
  constructor(
    private readonly mode: ReadMode,
    private readonly words: AnswerWords | undefined,
    private readonly term: string,
    private readonly keepUnknown: boolean,
  ) {}

  /** Reads `value` at `path` with `schema`; undefined when nothing there could be read. */
  read(schema: Schema, value: unknown, path: string): unknown {
    const def = defOf(schema);
    if (def.type === "optional") return value === undefined ? undefined : this.read(def.innerType as Schema, value, path);
    if (def.type === "object") return this.object(def.shape as Record<string, Schema>, schema, value, path);
    if (def.type === "union" && typeof def.discriminator === "string") return this.discriminated(def, schema, value, path);
    if (def.type === "array" && this.mode === "shape" && defOf(def.element as Schema).type === "object")
      return this.items(def.element as Schema, schema, value, path);
    return this.leaf(schema, value, path);
  }

  /** A list of sets of answers (the log's notes), from this device: a damaged item is left out, the others kept. */
  private items(element: Schema, schema: Schema, value: unknown, path: string): unknown {
    if (!Array.isArray(value)) return this.fail(schema, value, path);
    return value.filter((item, index) => rightKind(element, item) || this.fail(element, item, join(path, index)));
  }

  private object(shape: Record<string, Schema>, schema: Schema, value: unknown, path: string): unknown {
    if (!isRecord(value)) return this.fail(schema, value, path);
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) {
      if (child === undefined) continue;
      // Own keys only: an answer named "__proto__" or "constructor" is not a field of ours.
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      if (!field) {
        this.unknown.push(join(path, key));
        this.knownBeside.set(join(path, key), Object.keys(shape));
        // A plain data property even for "__proto__": assignment would set the prototype instead.
        if (this.keepUnknown) Object.defineProperty(out, key, { value: structuredClone(child), enumerable: true, writable: true, configurable: true });
        continue;
      }
      const read = this.read(field, child, join(path, key));
      if (read !== undefined) out[key] = read;
    }
    return out;
  }

  /** Who is writing: the discriminator picks which set of answers goes with it. */
  private discriminated(def: Def, schema: Schema, value: unknown, path: string): unknown {
    const key = def.discriminator as string;
    const option = isRecord(value)
      ? (def.options as Schema[]).find((o) => ((defOf((defOf(o).shape as Record<string, Schema>)[key]!).values as unknown[]) ?? []).includes(value[key]))
      : undefined;
    if (!option) return this.fail(schema, value, path);
    return this.object(defOf(option).shape as Record<string, Schema>, option, value, path);
  }

  private leaf(schema: Schema, value: unknown, path: string): unknown {
    if (this.mode === "shape") return rightKind(schema, value) ? structuredClone(value) : this.fail(schema, value, path);
    const result = schema.safeParse(value, { error: (issue) => this.message(issue, path) });
    if (result.success) return result.data;
    this.damaged.push(path);
    this.damagedValues.push({ path, value: structuredClone(value) });
    this.problems.push(...problemsOf(result.error.issues).map((p) => ({ path: p.path ? join(path, p.path) : path, message: p.message })));
    return undefined;
  }

  private fail(schema: Schema, value: unknown, path: string): undefined {
    this.damaged.push(path);
    this.damagedValues.push({ path, value: structuredClone(value) });
    if (this.mode === "checked") {
      const result = schema.safeParse(value, { error: (issue) => this.message(issue, path) });
      const first = result.success ? undefined : problemsOf(result.error.issues)[0];
      // At the answer the problem is in: a writer we do not know is named by its role.
      this.problems.push({ path: first?.path ? join(path, first.path) : path, message: first?.message ?? "" });
    } else {
      this.problems.push({ path, message: "" });
    }
    return undefined;
  }

  private message(issue: z.core.$ZodRawIssue, path: string): string {
    if (!this.words) return "";
    const full = [...(path ? path.split(".") : []), ...(issue.path ?? [])].map((p) => (typeof p === "string" && /^\d+$/.test(p) ? Number(p) : p));
    return answerMessage({ ...issue, path: full }, { words: this.words, term: this.term, voice: "helper" });
  }
}

/** Reads answers that may be only partly there. Never throws. */
export function readPartialAnswers(input: unknown, mode: ReadMode, words?: AnswerWords, options: ReadOptions = {}): PartialRead {
  const reader = new Reader(mode, words, words ? termFor(nationOf(input), words) : "", options.keepUnknown === true);
  const value = reader.read(ZAnswersSchema, input, "");
  return {
    value: isRecord(value) ? value : {},
    problems: reader.problems,
    damaged: reader.damaged,
    unknown: reader.unknown,
    damagedValues: reader.damagedValues,
    knownBeside: reader.knownBeside,
  };
}
