import { CONCERN_OUTCOMES } from "@/lib/answers/vocabulary";
import { LIMITS, YES_NO, defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "concern-help",
  asked: { section: "concern" },
  section: "concern",
  heading: "title",
  fields: [
    { kind: "checkboxes", name: "outcomes", path: "concern.outcomes", options: CONCERN_OUTCOMES, min: 1, size: "m" },
    { kind: "radios", name: "permission", path: "concern.permissionToContactTeam", options: YES_NO, boolean: true, size: "m" },
    { kind: "textarea", name: "extraHelp", path: "concern.extraHelp", optional: true, rows: 3, max: LIMITS.note, size: "m" },
  ],
});
