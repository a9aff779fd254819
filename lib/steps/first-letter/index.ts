import { FOLLOWED_UP_LETTERS, SEND_METHODS } from "@/lib/answers/vocabulary";
import { defineStep } from "@/lib/journey/kit";

/**
 * The letter a follow-up chases. Which letter it was is chosen already when the user comes from
 * that letter's page; when and how it was sent are the only new questions (issue 13).
 */
export default defineStep({
  id: "first-letter",
  asked: { section: "followUp" },
  section: "request",
  heading: "title",
  fields: [
    { kind: "radios", name: "letter", path: "followUp.letter", options: FOLLOWED_UP_LETTERS, size: "m" },
    { kind: "date", name: "sentOn", path: "followUp.sentOn", size: "m" },
    { kind: "radios", name: "sentBy", path: "followUp.sentBy", options: SEND_METHODS, size: "m" },
  ],
});
