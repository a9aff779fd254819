import { LIMITS, defineStep } from "../kit";

export default defineStep({
  id: "preferred-team",
  asked: { section: "preferred" },
  heading: "title",
  fields: [
    { kind: "text", name: "hospital", path: "preferred.hospital" },
    { kind: "text", name: "team", path: "preferred.team", optional: true },
    { kind: "text", name: "clinician", path: "preferred.clinician", optional: true, spellCheck: false },
    { kind: "textarea", name: "why", path: "preferred.why", optional: true, rows: 3, max: LIMITS.teamWhy },
  ],
});
