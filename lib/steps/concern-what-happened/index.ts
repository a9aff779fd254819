import { WHAT_HAPPENED } from "@/lib/answers/vocabulary";
import { LIMITS, defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "concern-what-happened",
  asked: { section: "concern" },
  section: "concern",
  heading: "field",
  fields: [
    { kind: "radios", name: "whatHappened", path: "concern.whatHappened", options: WHAT_HAPPENED },
    { kind: "textarea", name: "details", path: "concern.details", optional: true, max: LIMITS.ownWords, size: "m" },
  ],
});
