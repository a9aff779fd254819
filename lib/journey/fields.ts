import type { Field } from "@/lib/journey/kit";
import type { PageDefinition, StepContext } from "./context";

/** Every field of a page, the ones inside groups and reveals too, in page order. */
export function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap((field) => [field, ...allFields(childrenOf(field))]);
}

/** The fields shown inside this one: a group's lines, or the questions its choices reveal. */
export function childrenOf(field: Field): readonly Field[] {
  if (field.kind === "group") return field.fields;
  if (field.kind === "presence") return field.reveals;
  if (field.kind === "radios" && field.reveals) return Object.values(field.reveals).flat();
  return [];
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
    out.push(field);
    if (field.kind === "group") out.push(...shownFields(field.fields, values, ctx));
    if (field.kind === "presence" && values[field.name] === "yes") out.push(...shownFields(field.reveals, values, ctx));
    if (field.kind === "radios" && field.reveals) {
      const chosen = values[field.name];
      if (typeof chosen === "string" && field.reveals[chosen]) out.push(...shownFields(field.reveals[chosen], values, ctx));
    }
  }
  return out;
}

/** The answers paths a page writes, for any writer: where a problem with an answer is put right. */
export function pathsOf(step: PageDefinition): string[] {
  return allFields(step.fields).flatMap((field) => (field.helperPath ? [field.path, field.helperPath] : [field.path]));
}
