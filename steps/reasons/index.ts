import { checkReasons } from "@/lib/answers/reasons";
import { REASONS } from "@/lib/answers/vocabulary";
import { LIMITS, defineStep, within } from "../kit";

export default defineStep({
  id: "reasons",
  asked: { section: "reasons" },
  section: "request",
  heading: "field",
  fields: [
    { kind: "checkboxes", name: "selected", path: "reasons.selected", options: REASONS },
    { kind: "textarea", name: "ownWords", path: "reasons.ownWords", optional: true, max: LIMITS.reason, size: "m" },
  ],
  rule: (answers, ctx) => checkReasons((answers.reasons ?? {}) as Parameters<typeof checkReasons>[0], within("reasons", ctx)),
});
