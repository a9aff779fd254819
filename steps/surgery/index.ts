import { SURGERY_OUTCOMES } from "@/lib/answers/vocabulary";
import { LIMITS, YES_NO, defineStep } from "../kit";

export default defineStep({
  id: "surgery",
  asked: { section: "surgery" },
  heading: "title",
  fields: [
    { kind: "radios", name: "toldWhat", path: "surgery.toldWhat", options: SURGERY_OUTCOMES, size: "m" },
    { kind: "textarea", name: "reasonGiven", path: "surgery.reasonGiven", optional: true, rows: 3, max: LIMITS.note },
    { kind: "date", name: "toldOn", path: "surgery.toldOn", size: "m" },
    // Optional in an answers file, but a Yes/No question has no "skip" on the page.
    { kind: "radios", name: "askAboutTreatmentFirst", path: "surgery.askAboutTreatmentFirst", options: YES_NO, boolean: true, size: "m" },
  ],
});
