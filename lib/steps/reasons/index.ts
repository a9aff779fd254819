import { checkReasons } from "@/lib/answers/reasons";
import { REASONS } from "@/lib/answers/vocabulary";
import { LIMITS, YES_NO, defineStep, within } from "@/lib/journey/kit";

/** What the user wants from a second opinion: their reasons, and for a surgical letter, one more question to ask. */
export default defineStep({
  id: "reasons",
  asked: { section: "reasons" },
  section: "request",
  heading: "field",
  fields: [
    { kind: "checkboxes", name: "selected", path: "reasons.selected", options: REASONS },
    { kind: "textarea", name: "ownWords", path: "reasons.ownWords", optional: true, max: LIMITS.reason, size: "m" },
    // Optional in an answers file, but a Yes/No question has no "skip" on the page.
    {
      kind: "radios",
      name: "askAboutTreatmentFirst",
      path: "surgery.askAboutTreatmentFirst",
      options: YES_NO,
      boolean: true,
      size: "m",
      when: { needs: "surgery" },
    },
  ],
  rule: (answers, ctx) => checkReasons((answers.reasons ?? {}) as Parameters<typeof checkReasons>[0], within("reasons", ctx)),
});
