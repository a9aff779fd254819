import { LETTER_LANGUAGES, NATIONS } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

/**
 * Where the patient gets their NHS care: the names, services and rules the letter uses follow it.
 * Care in Wales asks, once, which language the letter is in (issue 24).
 */
export default defineStep({
  id: "nation",
  asked: "always",
  section: "about",
  heading: "field",
  fields: [
    {
      kind: "radios",
      name: "nation",
      path: "nation",
      options: NATIONS,
      reveals: { wales: [{ kind: "radios", name: "letterLanguage", path: "letterLanguage", optional: true, options: LETTER_LANGUAGES, size: "m" }] },
    },
  ],
});
