import { REQUEST_RECIPIENTS } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

export default defineStep({
  id: "concern-request",
  asked: { section: "concern" },
  section: "concern",
  heading: "title",
  fields: [
    { kind: "date", name: "requestedOn", path: "concern.requestedOn", size: "m" },
    { kind: "radios", name: "requestedFrom", path: "concern.requestedFrom", options: REQUEST_RECIPIENTS, size: "m" },
    { kind: "text", name: "requestedFromName", path: "concern.requestedFromName", optional: true, spellCheck: false },
  ],
});
