import type { Field } from "@/lib/journey/kit";
import type { PageDefinition, StepContext } from "./context";
import { kindOf } from "./field-kinds";

/** Every field of a page, the ones inside groups and reveals too, in page order. */
export function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((field) => [field, ...allFields(childrenOf(field))]);
}

/** The fields shown inside this one: a group's lines, or the questions its choices reveal. */
export function childrenOf(field: Field): readonly Field[] {
  return [...partsOf(field), ...Object.values(revealsOf(field)).flat()];
}

/** The questions always shown with this one (a group's lines). */
export function partsOf(field: Field): readonly Field[] {
  return kindOf(field).parts?.(field) ?? [];
}

/** The questions each of its choices shows while it is chosen. */
export function revealsOf(field: Field): Readonly<Record<string, readonly Field[]>> {
  return kindOf(field).reveals?.(field) ?? {};
}

/** The questions this choice shows (none for a value that is no choice of the field's). */
export function revealedBy(field: Field, chosen: unknown): readonly Field[] {
  const reveals = revealsOf(field);
  return typeof chosen === "string" && Object.hasOwn(reveals, chosen) ? reveals[chosen]! : [];
}

/** The choices a field offers, each with its words. */
export function optionsOf(field: Field): readonly string[] {
  return kindOf(field).options?.(field) ?? [];
}

/** Whether the field has an input of its own, and so a form value (a group's lines have theirs; it has none). */
export function hasInput(field: Field): boolean {
  return kindOf(field).input !== null;
}

/** What the field's input holds when its question is not answered. */
export function blankOf(field: Field): unknown {
  return kindOf(field).input?.blank();
}

/** Whether this letter, and this writer, are asked the field at all (some questions are only for letters to a GP). */
export function isAsked(field: Field, ctx: Pick<StepContext, "letter" | "voice">): boolean {
  const when = field.when;
  if (!when) return true;
  if (when.recipient && !(ctx.letter !== undefined && when.recipient.includes(ctx.letter.recipient))) return false;
  if (when.needs && !(ctx.letter !== undefined && (ctx.letter.needs as readonly string[]).includes(when.needs))) return false;
  if (when.writer && when.writer !== (ctx.voice === "self" ? "patient" : "helper")) return false;
  return true;
}

/** Where a field's answer goes for this writer: a helper's own contact details are theirs, not the patient's. */
export function pathOf(field: Field, ctx: Pick<StepContext, "voice">): string {
  return ctx.voice !== "self" && field.helperPath ? field.helperPath : field.path;
}

/** Whether another answer on the page hides this question (`hiddenWhen`), reading answers by field name. */
export function hiddenBy(field: Field, answerOf: (name: string) => unknown): boolean {
  const when = field.hiddenWhen;
  if (!when) return false;
  const answer = answerOf(when.field);
  if ("filled" in when) return typeof answer === "string" && answer.trim() !== "";
  return typeof answer === "string" && when.is.includes(answer);
}

/**
 * The fields a page shows for these form values, in page order: those the letter asks, and the
 * questions a choice reveals only while that choice is made.
 */
export function shownFields(fields: readonly Field[], values: Record<string, unknown>, ctx: Pick<StepContext, "letter" | "voice">): Field[] {
  const out: Field[] = [];
  for (const field of fields) {
    if (!isAsked(field, ctx) || hiddenBy(field, (name) => values[name])) continue;
    out.push(field, ...shownFields(partsOf(field), values, ctx), ...shownFields(revealedBy(field, values[field.name]), values, ctx));
  }
  return out;
}

/** The answers paths a page writes, for any writer: where a problem with an answer is put right. */
export function pathsOf(step: PageDefinition): string[] {
  return allFields(step.fields).flatMap((field) => (field.helperPath ? [field.path, field.helperPath] : [field.path]));
}
