import * as z from "zod/mini";
import { answerMessage, type MessageContext, termFor } from "@/lib/answers/messages";
import "@/lib/answers/zod-settings";
import type { DraftAnswers } from "@/lib/draft/format";
import { formatFor } from "@/messages/format";
import type { Text } from "@/messages/types";
import type { Field, StepDefinition } from "@/lib/journey/kit";
import { schemaAt } from "./answer-schemas";
import type { StepContext } from "./context";
import { checkOf } from "./field-kinds/checks";
import type { FieldChecker } from "./field-kinds/types";
import { allFields, hasInput, isAsked, partsOf, pathOf, revealsOf, shownFields } from "./fields";
import type { PageWords } from "./words";

/**
 * How a question page's answers are checked and saved: the zod schema its form is checked with
 * (the resolver of the page's useForm), built from the page's fields. Each answer is checked by
 * the answers schema's own check for its path (./answer-schemas.ts), after the page's own rules
 * for its inputs (blank, a date's parts: each kind's check, lib/journey/field-kinds/*.check.ts);
 * then the page's rule across its answers, if it has one.
 * Loaded after the page has shown itself (./checks.ts).
 */

/** What a page writes: each answer by its path; undefined takes the answer out. */
export interface PageAnswers {
  writes: [path: string, value: unknown][];
}

type Issue = { field: Field; message: string };

function setPath(root: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = root;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node = node[key] = next && typeof next === "object" && !Array.isArray(next) ? { ...(next as Record<string, unknown>) } : {};
  }
  node[keys[keys.length - 1]!] = value;
}

function deletePath(root: Record<string, unknown>, path: string): void {
  const keys = path.split(".");
  let node: Record<string, unknown> | undefined = root;
  for (const key of keys.slice(0, -1)) {
    const next: unknown = node[key];
    if (!next || typeof next !== "object") return;
    node = node[key] = { ...(next as Record<string, unknown>) };
  }
  delete node[keys[keys.length - 1]!];
}

/** A section left with nothing in it but empty lists is no answer at all (no copies to send). */
function isEmptySection(value: unknown): boolean {
  if (value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (value && typeof value === "object") return Object.values(value).every(isEmptySection);
  return false;
}

/** The page's answers written into the draft's. */
export function applyPage(answers: DraftAnswers, out: PageAnswers): DraftAnswers {
  const next = structuredClone(answers) as Record<string, unknown>;
  for (const [path, value] of out.writes) {
    if (value === undefined) deletePath(next, path);
    else setPath(next, path, value);
  }
  for (const section of new Set(out.writes.map(([path]) => path.split(".")[0]!))) {
    if (isEmptySection(next[section])) delete next[section];
  }
  return next as DraftAnswers;
}

class PageChecker implements FieldChecker {
  readonly issues: Issue[] = [];
  readonly writes: [string, unknown][] = [];
  /** The page's answers as a rule sees them: what was read, or what was typed where it was wrong. */
  readonly seen: Record<string, unknown> = {};
  /** Questions another has answered for, left unchecked. */
  readonly settled = new Set<Field>();
  private readonly format;

  constructor(
    private readonly ctx: StepContext,
    private readonly words: PageWords | undefined,
  ) {
    this.format = words ? formatFor(words.meta) : undefined;
  }

  get form() {
    return this.words?.form;
  }

  t(text: Text | undefined, params: Record<string, string | number> = {}): string {
    if (!this.format || text === undefined || !this.words) return "";
    return this.format.t(text, { term: termFor(this.ctx.nation, this.words), ...params }, this.ctx.voice);
  }

  /** Where this field's answer goes for this writer. */
  path(field: Field): string {
    return pathOf(field, this.ctx);
  }

  private fieldWords(field: Field) {
    return this.words?.step.fields[field.name];
  }

  list(items: readonly string[]): string {
    return this.format ? this.format.list(items) : "";
  }

  /** The field's name inside other messages: its own for the page, or the answer's. */
  label(field: Field): string {
    const words = this.fieldWords(field);
    const answerLabel = (this.words?.answers.fields as Record<string, { label: string } | undefined> | undefined)?.[this.path(field)]?.label;
    return this.t(words?.errorLabel ?? answerLabel ?? words?.label);
  }

  messageContext(field?: Field): MessageContext | undefined {
    if (!this.words) return undefined;
    const words = field ? this.fieldWords(field) : undefined;
    return {
      words: this.words,
      term: termFor(this.ctx.nation, this.words),
      voice: this.ctx.voice,
      field: field ? { label: words?.errorLabel ? this.t(words.errorLabel) : undefined, required: words?.required } : undefined,
    };
  }

  problem(field: Field, message: string): void {
    this.issues.push({ field, message });
  }

  required(field: Field): void {
    const words = this.fieldWords(field);
    const context = this.messageContext(field);
    // The page's own words first, then the answers' words for the same answer.
    this.problem(
      field,
      words?.required
        ? this.t(words.required)
        : context
          ? answerMessage({ code: "invalid_type", expected: "string", input: undefined, path: this.path(field).split(".") } as never, context)
          : "",
    );
  }

  write(field: Field, value: unknown): void {
    this.writes.push([this.path(field), value]);
    if (value !== undefined) setPath(this.seen, this.path(field), value);
  }

  settle(field: Field): void {
    this.settled.add(field);
  }

  /** Checks an answer with the answers schema's own check for its path. */
  answer(field: Field, value: unknown): void {
    const schema = schemaAt(this.path(field));
    if (!schema) {
      this.write(field, value);
      return;
    }
    const context = this.messageContext(field);
    const result = schema.safeParse(value, { error: (issue) => (context ? answerMessage({ ...issue, path: this.path(field).split(".") }, context) : "") });
    if (result.success) {
      this.write(field, result.data);
      return;
    }
    this.problem(field, result.error.issues[0]?.message ?? "");
    setPath(this.seen, this.path(field), value);
  }
}

/**
 * The zod schema a page's form is checked with: the form's values in, the page's answers out,
 * every problem at the field it belongs to, in the order of the page. Without words (progress
 * checks) the problems have no messages.
 */
export function pageSchema(step: StepDefinition, ctx: StepContext, words?: PageWords) {
  return z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((values: Record<string, unknown>, payload) => {
      const c = new PageChecker(ctx, words);
      const shown = shownFields(step.fields, values, ctx);
      for (const field of shown) if (!c.settled.has(field)) checkOf(field)(field, values, c);
      // A question the page asks only on a condition keeps no answer while it is not shown: one a
      // choice no longer reveals (a helper's name after "I am the patient"), or one another answer
      // hides (no date for surgery that was never talked about).
      // Another choice's question for the same answer (a representative's name, where a helper's
      // is hidden) keeps it.
      const written = new Set(shown.map((field) => c.path(field)));
      for (const field of conditional(step.fields.filter((f) => isAsked(f, ctx)))) {
        if (!shown.includes(field) && !written.has(c.path(field))) c.writes.push([c.path(field), undefined]);
      }
      step.rule?.(c.seen, {
        helper: ctx.voice !== "self",
        nation: ctx.nation,
        addIssue(issue) {
          const path = (issue.path ?? []).map(String).join(".");
          const field = shown.find((f) => c.path(f) === path);
          const context = c.messageContext(field);
          if (field && !c.issues.some((i) => i.field === field)) c.problem(field, context ? answerMessage({ ...issue, path: path.split(".") }, context) : "");
        },
      });
      if (c.issues.length === 0) return { writes: c.writes } satisfies PageAnswers;
      const order = (field: Field) => shown.indexOf(field);
      for (const issue of [...c.issues].sort((a, b) => order(a.field) - order(b.field))) {
        payload.issues.push({ code: "custom", path: [issue.field.name], message: issue.message, input: values });
      }
      return z.NEVER;
    }),
  );
}

/** The questions a page shows only on a condition: those a choice reveals, and those another answer can hide. */
function conditional(fields: readonly Field[]): Field[] {
  const found = new Set([...revealed(fields), ...allFields(fields).filter((field) => field.hiddenWhen)]);
  return [...found].filter(hasInput);
}

/** Every question a choice reveals (at any depth), in page order. */
function revealed(fields: readonly Field[]): Field[] {
  return fields.flatMap((field) => [...allFields(Object.values(revealsOf(field)).flat()), ...revealed(partsOf(field))]);
}
