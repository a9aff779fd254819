import { SURGERY_OUTCOMES } from "@/lib/answers/vocabulary";
import { LIMITS, defineStep } from "@/lib/journey/kit";

const NOT_DISCUSSED = { field: "toldWhat", is: ["not-discussed"] } as const;

/** One thing: what was said about surgery. What to ask about it is on the reasons page. */
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
  ],
});
