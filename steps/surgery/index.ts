import { SURGERY_OUTCOMES } from "@/lib/answers/vocabulary";
import { LIMITS, YES_NO, defineStep } from "../kit";

const NOT_DISCUSSED = { field: "toldWhat", is: ["not-discussed"] } as const;

export default defineStep({
  id: "surgery",
  asked: { section: "surgery" },
  section: "care",
  heading: "title",
  fields: [
    { kind: "radios", name: "toldWhat", path: "surgery.toldWhat", options: SURGERY_OUTCOMES, size: "m" },
    // Nothing to ask about when surgery has not been talked about.
    { kind: "textarea", name: "reasonGiven", path: "surgery.reasonGiven", optional: true, rows: 3, max: LIMITS.note, hiddenWhen: NOT_DISCUSSED },
    { kind: "date", name: "toldOn", path: "surgery.toldOn", size: "m", hiddenWhen: NOT_DISCUSSED },
    // Optional in an answers file, but a Yes/No question has no "skip" on the page.
    { kind: "radios", name: "askAboutTreatmentFirst", path: "surgery.askAboutTreatmentFirst", options: YES_NO, boolean: true, size: "m" },
  ],
});
