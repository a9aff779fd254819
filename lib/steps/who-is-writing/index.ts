import { PRONOUNS } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

/** Who is writing: the patient, or someone helping them with their agreement. */
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
      options: ["patient", "helper"],
      reveals: {
        helper: [
          { kind: "text", name: "fullName", path: "writer.fullName", autoComplete: "name", spellCheck: false },
          { kind: "text", name: "relationship", path: "writer.relationship", width: 20 },
          { kind: "radios", name: "refersTo", path: "writer.refersTo", options: PRONOUNS, size: "m" },
          { kind: "tick", name: "consent", path: "writer.consent" },
        ],
      },
    },
  ],
});
