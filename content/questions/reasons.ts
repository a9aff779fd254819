/** The words of the "reasons" question page. See ./index.ts for how the wording is written. */
import type { Voice } from "@/lib/journey/voice";

export const REASONS = {
  title: (v: Voice) => v.pick("Why do you want a second opinion?", "Why does the patient want a second opinion?"),
  hint: "Select all that apply. Keep it short: the letter only needs the main reasons.",
  options: (v: Voice) => ({
    "turning-point": v.pick("I am at a turning point in my treatment", "They are at a turning point in their treatment"),
    "disagree-next-step": v.pick("I do not agree with my team about what to do next", "They do not agree with their team about what to do next"),
    "confirm-plan": v.pick("I want another specialist to confirm my treatment plan", "They want another specialist to confirm their treatment plan"),
    "particular-expertise": v.pick(
      "I want to see someone with particular experience of my type of cancer",
      "They want to see someone with particular experience of their type of cancer",
    ),
    "options-not-explored": v.pick("I think there may be options that have not been looked at", "We think there may be options that have not been looked at"),
  }),
  turningPointHint: "For example, deciding what to do after the first treatment",
  ownWords: "Anything else about why (optional)",
  ownWordsHint: "This goes into your letter as you write it.",
  errors: {
    selected: "Select at least one reason, or give your reasons in your own words",
  },
};
