import type { CodeField, OrganisationField } from "../kit";
import { asText } from "./text";
import type { FieldKind } from "./types";

/** The name of the hidden input that keeps a picked organisation's code: the organisation's own name, then "Code". */
export const codeNameOf = (field: OrganisationField) => `${field.name}Code`;

const codes = new WeakMap<OrganisationField, readonly CodeField[]>();

/** Its code, kept beside it (the same object each time, so a page's questions compare as themselves). */
export function codePart(field: OrganisationField): readonly CodeField[] {
  let part = codes.get(field);
  if (!part) {
    part = [{ kind: "code", name: codeNameOf(field), path: field.codePath, optional: true, ...(field.when ? { when: field.when } : {}) }];
    codes.set(field, part);
  }
  return part;
}

/** An organisation's name, typed or picked from the list, with its code beside it; one row on check answers, its name. */
export const organisation: FieldKind<OrganisationField> = {
  input: { blank: () => "", read: (_, answer) => asText(answer) },
  parts: codePart,
  summary: (_, answer, s) => [s.row(typeof answer === "string" ? answer : undefined)],
};

/** A code the page keeps without asking (a hidden input): no row of its own on check answers. */
export const code: FieldKind<CodeField> = {
  input: { blank: () => "", read: (_, answer) => asText(answer) },
  hidden: true,
  summary: () => [],
};
