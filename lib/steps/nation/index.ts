import { NATIONS } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

/** Where the patient gets their NHS care: the names, services and rules the letter uses follow it. */
export default defineStep({
  id: "nation",
  asked: "always",
  section: "about",
  heading: "field",
  fields: [{ kind: "radios", name: "nation", path: "nation", options: NATIONS }],
});
