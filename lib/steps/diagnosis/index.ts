import { TREATMENT_STAGES } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "diagnosis",
  asked: { section: "diagnosis" },
  section: "care",
  heading: "title",
  fields: [
    { kind: "text", name: "condition", path: "diagnosis.condition", size: "m" },
    { kind: "radios", name: "stage", path: "diagnosis.stage", options: TREATMENT_STAGES, size: "m" },
  ],
});
