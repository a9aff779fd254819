import { NATIONS } from "@/lib/answers/vocabulary";
import { defineStep } from "../kit";

/** A back-up choice, because national centres may not take patients from outside their area (letters.md). */
export default defineStep({
  id: "backup-team",
  asked: "optional",
  heading: "field",
  fields: [
    {
      kind: "presence",
      name: "has",
      path: "backup",
      reveals: [
        { kind: "text", name: "hospital", path: "backup.hospital" },
        { kind: "text", name: "team", path: "backup.team", optional: true },
        { kind: "text", name: "clinician", path: "backup.clinician", optional: true, spellCheck: false },
        // As for the first choice: a team in another country of the UK is referred to another way.
        { kind: "radios", name: "hospitalNation", path: "backup.nation", options: NATIONS, optional: true, size: "m" },
      ],
    },
  ],
});
