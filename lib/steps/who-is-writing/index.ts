import { checkBasis } from "@/lib/answers/writer";
import { PRONOUNS, REPRESENTATIVE_BASES, WRITER_ROLES } from "@/lib/answers/vocabulary";
import { defineStep, within } from "@/lib/journey/kit";

/**
 * Who is writing: the patient; someone helping them with their agreement; or someone acting for a
 * patient who cannot agree themselves, who says on what basis (letters.md, "When the patient
 * cannot agree"). The helper and the representative are asked the same things about themselves,
 * each under their own choice (a field's name is its input's id, so theirs are named apart), and
 * only the helper confirms the patient's agreement.
 */
export default defineStep({
  id: "who-is-writing",
  asked: "always",
  section: "about",
  heading: "field",
  fields: [
    {
      kind: "radios",
      name: "role",
      path: "writer.role",
      options: WRITER_ROLES,
      reveals: {
        helper: [
          { kind: "text", name: "fullName", path: "writer.fullName", autoComplete: "name", spellCheck: false },
          { kind: "text", name: "relationship", path: "writer.relationship", width: 20 },
          { kind: "radios", name: "refersTo", path: "writer.refersTo", options: PRONOUNS, size: "m" },
          { kind: "tick", name: "consent", path: "writer.consent" },
        ],
        representative: [
          { kind: "radios", name: "basis", path: "writer.basis", options: REPRESENTATIVE_BASES, size: "m" },
          { kind: "text", name: "actingFullName", path: "writer.fullName", autoComplete: "name", spellCheck: false },
          { kind: "text", name: "actingRelationship", path: "writer.relationship", width: 20 },
          { kind: "radios", name: "actingRefersTo", path: "writer.refersTo", options: PRONOUNS, size: "m" },
        ],
      },
    },
  ],
  // Once the nation is known (coming back to this page), a basis its law does not give is a problem here.
  rule: (answers, ctx) => checkBasis(ctx.nation, (answers.writer ?? {}) as Parameters<typeof checkBasis>[1], within("writer", ctx)),
});
