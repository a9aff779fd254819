import { defineMeta } from "../types";

/**
 * Letter 5: asks again, by a new date, for what a referral letter asked, to whoever it went to,
 * and says a concern comes next. Which letter, and when and how it was sent, are its only
 * questions: the rest are the first letter's answers.
 */
export const meta = defineMeta({
  id: "follow-up-no-reply",
  kind: "follow-up",
  recipient: "first-letter",
  surgical: false,
  needs: ["currentTeam", "preferred", "followUp"],
  asks: ["reply-by"],
});
