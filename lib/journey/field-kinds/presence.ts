import type { PresenceField } from "../kit";
import type { FieldKind } from "./types";

/**
 * "Do you have a back-up?": "yes" shows the section's questions, "no" leaves the section out. It
 * has no answer of its own: a section in the answers is a yes, none on an answered page a no.
 */
export const presence: FieldKind<PresenceField> = {
  input: {
    blank: () => null,
    read: (_, answer, page) => (answer !== undefined ? "yes" : page.answered ? "no" : null),
  },
  reveals: (field) => ({ yes: field.reveals }),
  options: () => ["yes", "no"],
  summary: (field, answer, s) => (answer !== undefined ? s.rows(field.reveals) : [s.row(s.answered ? s.option("no") : undefined)]),
};
