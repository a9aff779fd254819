import type { DescribeField } from "@/lib/draft/answers-file";
import { allFields } from "@/lib/journey/fields";
import { STEPS } from "@/lib/steps";
import { messages } from "@/messages";
import { fill, pick } from "@/messages/format";
import type { Text } from "@/messages/types";

/**
 * The words `--schema` gives each property of the answers file, from the catalogue: its title
 * is the answer's name (`answers.fields`); its description is what the question page asks of
 * someone writing for the patient (the field's hint, or its question), or, for an answer no page
 * asks as such (a whole section, the draft's own parts), the command line's own words
 * (`cli.schema`), else what the answers' checks ask for.
 */
export function schemaWords(): DescribeField {
  const term = messages.answers.identifierTerms.england;
  const say = (text: Text) => fill(pick(text, "helper"), { term });
  const asked = new Map<string, string>();
  for (const step of STEPS) {
    const words = messages.steps[step.id].fields as Record<string, { label: Text; hint?: Text } | undefined>;
    for (const field of allFields(step.fields)) {
      const own = words[field.name];
      if (!own) continue;
      for (const path of field.helperPath ? [field.path, field.helperPath] : [field.path]) {
        if (!asked.has(path)) asked.set(path, say(own.hint ?? own.label));
      }
    }
  }
  const fields = messages.answers.fields as Record<string, { label: Text; required?: Text; invalid?: Text } | undefined>;
  const own = messages.cli.schema as Record<string, { title?: string; description: string } | undefined>;
  return (path) => {
    const field = fields[path];
    const title = own[path]?.title ?? (field ? say(field.label) : undefined);
    const description = own[path]?.description ?? asked.get(path) ?? (field?.required ? say(field.required) : field?.invalid ? say(field.invalid) : undefined);
    return title !== undefined && description !== undefined ? { title, description } : undefined;
  };
}
