import { defineStep } from "@/lib/journey/kit";

/** One thing: the GP the letter greets. Their practice, where it goes, is the next page. */
export default defineStep({
  id: "gp",
  asked: { section: "gp" },
  section: "care",
  heading: "title",
  fields: [
    { kind: "text", name: "name", path: "gp.name", spellCheck: false },
    { kind: "text", name: "greeting", path: "gp.greeting", optional: true, spellCheck: false, greetingFrom: "name" },
  ],
});
