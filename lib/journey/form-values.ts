import { valueAt } from "@/lib/dotted-path";
import type { DraftAnswers } from "@/lib/draft/format";
import type { PageDefinition, StepContext } from "./context";
import { kindOf } from "./field-kinds";
import { allFields, pathOf } from "./fields";

/**
 * A page's form values read back from the answers, with no zod: question pages show their saved
 * answers before their checks have loaded. Inputs hold strings, so each kind of field is read as
 * its inputs hold it (its `input.read`, lib/journey/field-kinds/); anything of the wrong kind
 * reads as not answered.
 */
export type FormValues = Record<string, unknown>;

/** Every field's starting value, by the field's name. */
export function formValues(step: PageDefinition, answers: DraftAnswers, ctx: StepContext): FormValues {
  const values: FormValues = {};
  const page = { answered: ctx.answered.includes(step.id) };
  for (const field of allFields(step.fields)) {
    const input = kindOf(field).input;
    if (input) values[field.name] = input.read(field, valueAt(answers, pathOf(field, ctx)), page);
  }
  return values;
}
