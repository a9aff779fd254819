import { ENCLOSURES } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

/** One thing: the copies sent with the letter. A copy of the letter itself is asked with the current team. */
export default defineStep({
  id: "enclosures",
  asked: "optional",
  section: "finish",
  heading: "title",
  fields: [
    { kind: "checkboxes", name: "items", path: "enclosures.items", options: ENCLOSURES, size: "m" },
    { kind: "text", name: "other", path: "enclosures.other", optional: true },
  ],
});
