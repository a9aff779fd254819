import { ENCLOSURES } from "@/lib/answers/vocabulary";
import { YES_NO, defineStep } from "../kit";

export default defineStep({
  id: "enclosures",
  asked: "optional",
  section: "finish",
  heading: "title",
  fields: [
    { kind: "checkboxes", name: "items", path: "enclosures.items", options: ENCLOSURES, size: "m" },
    { kind: "text", name: "other", path: "enclosures.other", optional: true },
    // Only a GP can be asked to copy the letter to the team treating the patient.
    { kind: "radios", name: "copy", path: "copyToCurrentTeam", options: YES_NO, boolean: true, size: "m", when: { recipient: ["gp"] } },
  ],
});
